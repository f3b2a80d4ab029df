namespace RetailCrm.Segmentation;

// The two ways a model turns measures into scores, as structs so the scoring loops inline them.
public sealed partial class RfmModel
{
    // Scores by fixed thresholds.
    private readonly struct ByThresholds(RfmThresholds thresholds) : IRfmScorer
    {
        public int Pack(long days, long orders, long minor) =>
            (thresholds.ScoreRecency(days) << 6) | (thresholds.ScoreFrequency(orders) << 3) | thresholds.ScoreMonetary(minor);
    }

    // Scores by the twelve quintile cuts (recency, frequency, monetary, four each): a score is one more
    // than the number of cuts the value is better than.
    private readonly struct ByQuintiles(ReadOnlySpan<long> cuts) : IRfmScorer
    {
        private readonly long r1 = cuts[0], r2 = cuts[1], r3 = cuts[2], r4 = cuts[3];
        private readonly long f1 = cuts[4], f2 = cuts[5], f3 = cuts[6], f4 = cuts[7];
        private readonly long m1 = cuts[8], m2 = cuts[9], m3 = cuts[10], m4 = cuts[11];

        public int Pack(long days, long orders, long minor)
        {
            unchecked
            {
                var r = 1 + (days < r1 ? 1 : 0) + (days < r2 ? 1 : 0) + (days < r3 ? 1 : 0) + (days < r4 ? 1 : 0);
                var f = 1 + (orders > f1 ? 1 : 0) + (orders > f2 ? 1 : 0) + (orders > f3 ? 1 : 0) + (orders > f4 ? 1 : 0);
                var m = 1 + (minor > m1 ? 1 : 0) + (minor > m2 ? 1 : 0) + (minor > m3 ? 1 : 0) + (minor > m4 ? 1 : 0);
                return (r << 6) | (f << 3) | m;
            }
        }
    }
}
