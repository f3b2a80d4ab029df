namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

// The same-item groups, formed from the recorded trades alone (a trade is recorded before it can be
// rated): per counterpart and item, the scored trades in creation order (then trade id); a group begins
// at the earliest and holds every trade created less than the policy's same-item days after its first;
// the next trade begins the next group. Ratings never move a group, so a positive cannot split or merge
// groups; recording a trade created before trades already recorded can re-form the later groups of its
// pair and item, and the ratings of the trades that change group are taken out of their old groups and
// counted again in their new ones.
public sealed partial class FeedbackCredit
{
    private readonly Dictionary<(PartyId Counterpart, Sku Item), List<FeedbackEntry>> lines = [];

    // Places a newly recorded trade among its pair's trades of the item, re-forming the groups from
    // the one it falls into.
    internal void Record(FeedbackEntry entry)
    {
        if (entry.Trade.Price <= policy.MinimumScoredPrice)
        {
            return;
        }

        var key = (entry.Counterpart, entry.Trade.Item);
        if (!lines.TryGetValue(key, out var line))
        {
            line = [];
            lines.Add(key, line);
        }

        var index = ~line.BinarySearch(entry, ByCreation);
        line.Insert(index, entry);

        // The groups that begin before the trade's predecessor's group stay as they are.
        var from = index == 0 ? 0 : line.BinarySearch(line[index - 1].GroupFirst!, ByCreation);
        Regroup(line, from);
    }

    private void Regroup(List<FeedbackEntry> line, int from)
    {
        var window = Duration.FromDays(policy.SameItemPeriodDays);
        List<FeedbackEntry>? moved = null;
        FeedbackEntry? first = null;
        for (var i = from; i < line.Count; i++)
        {
            var entry = line[i];
            if (first is null || entry.Trade.CreatedAt - first.Trade.CreatedAt >= window)
            {
                first = entry;
            }

            if (ReferenceEquals(entry.GroupFirst, first))
            {
                continue;
            }

            // Out of the old group (and its month) before the group and month change.
            if (entry.InGroup)
            {
                Withdraw(entry);
                (moved ??= []).Add(entry);
            }

            entry.GroupFirst = first;
            entry.Month = ReferenceEquals(entry, first) ? MonthOf(entry) : first.Month;
        }

        if (moved is not null)
        {
            foreach (var entry in moved)
            {
                Place(entry);
            }

            Settle();
        }
    }

    private YearMonth MonthOf(FeedbackEntry entry) => entry.Trade.CreatedAt.InZone(policy.Zone).Date.ToYearMonth();
}
