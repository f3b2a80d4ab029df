namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;

// The trend rule and the order dates, per customer without decimal or calendar arithmetic.
public sealed partial class LifecycleModel
{
    // The trend rule on minor units: growth when recent - previous exceeds fraction x |previous|,
    // decline when previous - recent does. When the fraction has at most nine digits (20% is 2/10),
    // the decimal product is exact, and so is the same comparison in 128-bit integers scaled by the
    // fraction's power of ten; other fractions are compared in decimal, as the rule reads.
    private readonly struct TrendTest
    {
        private readonly decimal fraction;
        private readonly Int128 numerator;
        private readonly Int128 denominator;
        private readonly bool exact;

        public TrendTest(decimal fraction)
        {
            this.fraction = fraction;
            Span<int> bits = stackalloc int[4];
            exact = DecimalDigits.TryRead(fraction, bits, out var mantissa, out var digits, out var negative)
                && mantissa < 1_000_000_000UL && digits < DecimalDigits.PowersOfTen.Length;
            numerator = negative ? -(Int128)mantissa : mantissa;
            denominator = exact ? DecimalDigits.PowersOfTen[digits] : 1;
        }

        public LifecycleStage Stage(long recent, long previous)
        {
            if (exact)
            {
                var change = ((Int128)recent - previous) * denominator;
                var margin = numerator * Int128.Abs(previous);
                return change > margin ? LifecycleStage.Growth : -change > margin ? LifecycleStage.Decline : LifecycleStage.Maturity;
            }

            var delta = (decimal)recent - previous;
            var bound = fraction * Math.Abs((decimal)previous);
            return delta > bound ? LifecycleStage.Growth : -delta > bound ? LifecycleStage.Decline : LifecycleStage.Maturity;
        }
    }

    // The date some days before the evaluation date: looked up when the tallies span at most 2^16 days, each date computed once.
    private readonly struct DaysAgo
    {
        private const int Tabled = 1 << 16;
        private readonly LocalDate evaluationDate;
        private readonly LocalDate[] dates;

        public DaysAgo(LocalDate evaluationDate, Tally[] tallies)
        {
            this.evaluationDate = evaluationDate;
            var span = 0;
            foreach (ref readonly var tally in tallies.AsSpan())
            {
                span = Math.Max(span, tally.FirstAgo);
            }

            dates = new LocalDate[Math.Min(span + 1, Tabled)];
            var date = evaluationDate;
            for (var d = 0; d < dates.Length; d++)
            {
                dates[d] = date;
                date = d + 1 < dates.Length ? date.PlusDays(-1) : date;
            }
        }

        public LocalDate this[int daysAgo] => daysAgo < dates.Length ? dates[daysAgo] : evaluationDate.PlusDays(-daysAgo);
    }

    // Orders up to the evaluation date count: the first and last one's days, how many, spend in the two trend periods.
    private readonly struct UpToDate(int trendDays) : IOrderTally<Tally>
    {
        public bool Counts(int daysAgo) => daysAgo >= 0;

        public void Add(ref Tally tally, bool added, int daysAgo, long minor)
        {
            if (added)
            {
                tally.FirstAgo = daysAgo;
                tally.LastAgo = daysAgo;
            }
            else if (daysAgo > tally.FirstAgo)
            {
                tally.FirstAgo = daysAgo;
            }
            else if (daysAgo < tally.LastAgo)
            {
                tally.LastAgo = daysAgo;
            }

            tally.Orders++;
            if (daysAgo < trendDays)
            {
                tally.Recent = checked(tally.Recent + minor);
            }
            else if (daysAgo < 2 * trendDays)
            {
                tally.Previous = checked(tally.Previous + minor);
            }
        }
    }
}
