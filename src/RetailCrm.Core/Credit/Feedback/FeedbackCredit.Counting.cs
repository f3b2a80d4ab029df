namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The counting rules, kept incrementally. Decisions depend only on the set of ratings, ordered by
/// the trades' creation (then trade id), never on the order ratings arrive in:
/// 1. a rating on a trade at or below the minimum price, or flagged, does not count;
/// 2. the eligible ratings of one pair and item form groups: a group starts at a trade and takes
///    every later trade created within the same-item window of it; in each group only the first
///    positive, the first neutral and the first negative count (so a group adds +1, -1, 0, or 0
///    for a positive and a negative);
/// 3. the ratings left of one pair in one calendar month of creation count in order while the
///    pair's running total stays within the cap (±6): a rating that would pass it does not count.
/// A rating that arrives last in its group and its month is settled in constant time; one that
/// arrives out of order re-settles only its pair's groups for that item and the months touched.
/// </summary>
public sealed partial class FeedbackCredit
{
    private static readonly IComparer<FeedbackEntry> ByCreation = Comparer<FeedbackEntry>.Create(static (a, b) =>
    {
        var order = a.Trade.CreatedAt.CompareTo(b.Trade.CreatedAt);
        return order != 0 ? order : string.CompareOrdinal(a.Trade.Id.Value, b.Trade.Id.Value);
    });

    private readonly Dictionary<(PartyId Counterpart, Sku Item), List<FeedbackEntry>> chains = [];
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
            Include(entry);
        }
    }

    // Takes a rated entry out of the count once it is flagged.
    internal void Flag(FeedbackEntry entry)
    {
        if (entry.InChain)
        {
            var chain = chains[(entry.Counterpart, entry.Trade.Item)];
            var index = chain.BinarySearch(entry, ByCreation);
            chain.RemoveAt(index);
            entry.InChain = false;
            if (entry.IsCandidate)
            {
                Leave(entry);
            }

            Regroup(chain, index == 0 ? 0 : chain.BinarySearch(chain[index - 1].GroupHead!, ByCreation));
            Settle();
        }

        Decide(entry, Fraudulent(entry.Fraud!));
    }

    private static CountDecision Fraudulent(FraudFlag flag) =>
        CountDecision.Uncounted(UncountedReason.Fraudulent, $"Flagged as fraudulent: {flag.Reason}");

    private void Include(FeedbackEntry entry)
    {
        var key = (entry.Counterpart, entry.Trade.Item);
        if (!chains.TryGetValue(key, out var chain))
        {
            chain = [];
            chains.Add(key, chain);
        }

        var index = ~chain.BinarySearch(entry, ByCreation);
        chain.Insert(index, entry);
        entry.InChain = true;

        // Appended: the groups before it stand. Inserted: its group is settled again from its head on.
        var from = index == chain.Count - 1 || index == 0 ? index : chain.BinarySearch(chain[index - 1].GroupHead!, ByCreation);
        Regroup(chain, from);
        Settle();
    }

    // Re-forms the same-item groups of one pair and item from position `from` (a group's head, or
    // the last entry) to the end, and moves entries in or out of their months as they become or
    // stop being the counted one of their value in their group.
    private void Regroup(List<FeedbackEntry> chain, int from)
    {
        var head = from > 0 ? chain[from - 1].GroupHead : null;
        for (var i = from; i < chain.Count; i++)
        {
            var entry = chain[i];
            var value = entry.Rating!.Value;
            if (head is not null && entry.Trade.CreatedAt < head.Trade.CreatedAt + policy.SameItemWindow)
            {
                entry.GroupHead = head;
            }
            else
            {
                head = entry;
                entry.GroupHead = entry;
                entry.ClearFirsts();
            }

            var first = head.FirstOf(value);
            if (first is null)
            {
                head.SetFirst(value, entry);
                first = entry;
            }

            if (ReferenceEquals(first, entry))
            {
                if (!entry.IsCandidate)
                {
                    Join(entry);
                }
            }
            else
            {
                if (entry.IsCandidate)
                {
                    Leave(entry);
                }

                Decide(entry, CountDecision.Uncounted(
                    UncountedReason.SameItemWithinWindow,
                    $"The {value.ToString().ToLowerInvariant()} rating of trade {first.Trade.Id}, of the same item with {entry.Counterpart} within {policy.SameItemWindow.Days} days, already counts."));
            }
        }
    }

    // The entry becomes its group's counted one of its value: it enters its pair's month.
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
        if (index == month.Items.Count - 1 && !month.IsDirty)
        {
            month.Sum += Step(entry, month.Sum);
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

    // Re-counts each month touched, in creation order, against the cap.
    private void Settle()
    {
        foreach (var month in dirty)
        {
            long sum = 0;
            foreach (var entry in month.Items)
            {
                sum += Step(entry, sum);
            }

            month.Sum = sum;
            month.IsDirty = false;
        }

        dirty.Clear();
    }

    // Decides a month's next rating given the pair's running total; returns the points it adds.
    private int Step(FeedbackEntry entry, long sum)
    {
        var value = entry.Rating!.Value;
        var points = (int)value;
        if (points != 0 && policy.MaxPointsPerPairPerMonth is { } cap && Math.Abs(sum + points) > cap)
        {
            Decide(entry, CountDecision.Uncounted(
                UncountedReason.MonthlyPairCap,
                $"Ratings from {entry.Counterpart} on trades created in {entry.Month} already add {sum:+0;-0;0} points, the most one pair may add in a month."));
            return 0;
        }

        Decide(entry, CountDecision.Counted(value));
        return points;
    }

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

        public long Sum { get; set; }

        public bool IsDirty { get; set; }
    }
}
