namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

// The counting rules, kept incrementally. Decisions depend only on the set of recorded trades and the
// set of ratings (ordered by the trades' creation, then trade id), never on the order they arrive in,
// and adding a positive to a recorded trade never lowers the score: 1. a rating on a trade at or below
// the minimum price, or flagged, does not count; 2. one pair's scored trades of one item form same-item
// groups in creation order, each holding the trades created less than the policy's same-item days after
// its first; of a group's eligible ratings the first positive, the first neutral and the first negative
// count, the others do not; 3. the pair's net points in a calendar month (of each group's first trade)
// are held to ±cap: when they pass it, the month's latest positives (or negatives) do not count. A
// rating that arrives last in its month is settled in constant time; one that arrives out of order
// re-settles only its pair's month; a trade recorded before trades already recorded re-settles the
// rated trades whose group it re-forms.
public sealed partial class FeedbackCredit
{
    private static readonly IComparer<FeedbackEntry> ByCreation = Comparer<FeedbackEntry>.Create(static (a, b) =>
    {
        var order = a.Trade.CreatedAt.CompareTo(b.Trade.CreatedAt);
        return order != 0 ? order : string.CompareOrdinal(a.Trade.Id.Value, b.Trade.Id.Value);
    });

    private readonly Dictionary<(PartyId Counterpart, Sku Item, OrderId First), List<FeedbackEntry>> groups = [];
    private readonly Dictionary<(PartyId Counterpart, YearMonth Month), PairMonth> months = [];
    private readonly List<PairMonth> dirty = [];

    // Settles a newly rated entry.
    internal void Add(FeedbackEntry entry)
    {
        rated.Add(entry);
        if (entry.Fraud is { } flag)
        {
            Decide(entry, Fraudulent(flag));
        }
        else if (entry.Trade.Price <= policy.MinimumScoredPrice)
        {
            Decide(entry, CountDecision.Uncounted(
                UncountedReason.BelowMinimumPrice,
                $"Trades of {policy.MinimumScoredPrice} or less are not scored; this one was {entry.Trade.Price}."));
        }
        else
        {
            Place(entry);
            Settle();
        }
    }

    // Takes a rated entry out of the count once it is flagged.
    internal void Flag(FeedbackEntry entry)
    {
        if (entry.Decision is { Reason: UncountedReason.BelowMinimumPrice })
        {
            Decide(entry, Fraudulent(entry.Fraud!));
            return;
        }

        if (entry.InGroup)
        {
            Withdraw(entry);
        }

        Settle();
        Decide(entry, Fraudulent(entry.Fraud!));
    }

    private static CountDecision Fraudulent(FraudFlag flag) =>
        CountDecision.Uncounted(UncountedReason.Fraudulent, $"Flagged as fraudulent: {flag.Reason}");

    private static FeedbackEntry? FirstOf(List<FeedbackEntry> items, RatingValue value)
    {
        foreach (var item in items)
        {
            if (item.Rating!.Value == value)
            {
                return item;
            }
        }

        return null;
    }

    private static FeedbackEntry? CandidateOf(List<FeedbackEntry> items, RatingValue value)
    {
        foreach (var item in items)
        {
            if (item.IsCandidate && item.Rating!.Value == value)
            {
                return item;
            }
        }

        return null;
    }

    // Puts an eligible rating into its same-item group: the first of its value there counts.
    private void Place(FeedbackEntry entry)
    {
        var items = GroupOf(entry);
        items.Insert(~items.BinarySearch(entry, ByCreation), entry);
        entry.InGroup = true;
        var first = FirstOf(items, entry.Rating!.Value);
        if (ReferenceEquals(first, entry))
        {
            // It goes before the one that counted so far, which now gives way.
            if (CandidateOf(items, entry.Rating.Value) is { } previous)
            {
                Leave(previous);
            }

            Join(entry);
            ReferTo(items, entry);
        }
        else
        {
            Decide(entry, SameItem(entry, first!));
        }
    }

    // Takes a rating out of its same-item group: the next of its value there counts instead.
    private void Withdraw(FeedbackEntry entry)
    {
        if (entry.IsCandidate)
        {
            Leave(entry);
        }

        var key = GroupKey(entry);
        var items = groups[key];
        items.Remove(entry);
        entry.InGroup = false;
        if (items.Count == 0)
        {
            groups.Remove(key);
        }
        else if (FirstOf(items, entry.Rating!.Value) is { IsCandidate: false } next)
        {
            Join(next);
            ReferTo(items, next);
        }
    }

    // The group's other ratings of the counted one's value name it as the one that counts.
    private void ReferTo(List<FeedbackEntry> items, FeedbackEntry counted)
    {
        foreach (var item in items)
        {
            if (!ReferenceEquals(item, counted) && item.Rating!.Value == counted.Rating!.Value)
            {
                Decide(item, SameItem(item, counted));
            }
        }
    }

    private CountDecision SameItem(FeedbackEntry entry, FeedbackEntry counted) =>
        CountDecision.Uncounted(
            UncountedReason.SameItemInPeriod,
            $"The {entry.Rating!.Value.ToString().ToLowerInvariant()} rating of the earlier trade {counted.Trade.Id} already counts: trade {entry.Trade.Id}, of the same item from {entry.Counterpart}, was created within {policy.SameItemPeriodDays} days of trade {entry.GroupFirst!.Trade.Id}, the first of the group.");

    private static (PartyId Counterpart, Sku Item, OrderId First) GroupKey(FeedbackEntry entry) =>
        (entry.Counterpart, entry.Trade.Item, entry.GroupFirst!.Trade.Id);

    private List<FeedbackEntry> GroupOf(FeedbackEntry entry)
    {
        var key = GroupKey(entry);
        if (!groups.TryGetValue(key, out var items))
        {
            items = [];
            groups.Add(key, items);
        }

        return items;
    }

    // The entry becomes the counted one of its value in its group: it enters its pair's month.
    private void Join(FeedbackEntry entry)
    {
        entry.IsCandidate = true;
        var key = (entry.Counterpart, entry.Month);
        if (!months.TryGetValue(key, out var month))
        {
            month = new PairMonth();
            months.Add(key, month);
        }

        var index = ~month.Items.BinarySearch(entry, ByCreation);
        month.Items.Insert(index, entry);
        var points = (int)entry.Rating!.Value;
        var net = month.Net;
        month.Net += points;

        // Last of a month whose cap leaves out nothing of the other sign: only this rating is decided.
        if (index == month.Items.Count - 1 && !month.IsDirty && (points == 0 || policy.MaxPointsPerPairPerMonth is null || -points * net <= policy.MaxPointsPerPairPerMonth))
        {
            Decide(entry, points != 0 && Math.Abs(net + points) > policy.MaxPointsPerPairPerMonth ? Capped(entry, net + points) : CountDecision.Counted(entry.Rating.Value));
        }
        else
        {
            MarkDirty(month);
        }
    }

    private void Leave(FeedbackEntry entry)
    {
        entry.IsCandidate = false;
        var month = months[(entry.Counterpart, entry.Month)];
        month.Items.RemoveAt(month.Items.BinarySearch(entry, ByCreation));
        month.Net -= (int)entry.Rating!.Value;
        MarkDirty(month);
    }

    private void MarkDirty(PairMonth month)
    {
        if (!month.IsDirty)
        {
            month.IsDirty = true;
            dirty.Add(month);
        }
    }

    // Decides each month touched again: the latest ratings of the sign that passes the cap are left out.
    private void Settle()
    {
        foreach (var month in dirty)
        {
            var cap = policy.MaxPointsPerPairPerMonth ?? long.MaxValue;
            var over = Math.Abs(month.Net) > cap ? Math.Abs(month.Net) - cap : 0;
            var sign = Math.Sign(month.Net);
            for (var i = month.Items.Count - 1; i >= 0; i--)
            {
                var entry = month.Items[i];
                var points = (int)entry.Rating!.Value;
                if (over > 0 && points == sign)
                {
                    Decide(entry, Capped(entry, month.Net));
                    over--;
                }
                else
                {
                    Decide(entry, CountDecision.Counted(entry.Rating.Value));
                }
            }

            month.IsDirty = false;
        }

        dirty.Clear();
    }

    private CountDecision Capped(FeedbackEntry entry, long net) =>
        CountDecision.Uncounted(
            UncountedReason.MonthlyPairCap,
            $"Ratings from {entry.Counterpart} on trades created in {entry.Month} (a same-item group in the month of its first trade) come to {net:+0;-0;0} points; one pair adds at most {policy.MaxPointsPerPairPerMonth:+0} or {-policy.MaxPointsPerPairPerMonth} in a month, so the latest are left out.");

    // Records the decision, moving the score and the counted totals by the difference.
    private void Decide(FeedbackEntry entry, CountDecision decision)
    {
        if (entry.Decision is { Counts: true } old)
        {
            if (decision.Counts)
            {
                return;
            }

            Score -= old.Points;
            Count(entry.Rating!.Value, -1);
        }

        if (decision.Counts)
        {
            Score += decision.Points;
            Count(entry.Rating!.Value, 1);
        }

        entry.Decision = decision;
    }

    private void Count(RatingValue value, int delta)
    {
        switch (value)
        {
            case RatingValue.Positive: Positives += delta; break;
            case RatingValue.Negative: Negatives += delta; break;
            default: Neutrals += delta; break;
        }
    }

    private sealed class PairMonth
    {
        public List<FeedbackEntry> Items { get; } = [];

        public long Net { get; set; }

        public bool IsDirty { get; set; }
    }
}
