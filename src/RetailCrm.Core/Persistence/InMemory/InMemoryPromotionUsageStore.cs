namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// Keeps promotion usage in memory, thread-safe: counters, each order's uses and the history, in
/// separate maps under one lock, never a snapshot of a promotion. A commit checks the keyed records
/// and the increments' limits and then writes everything, with its events in the outbox, while it
/// holds the lock; counters carry no version, so orders of different customers never conflict.
/// The zero-configuration default, and the store tests and samples use. Lost when the process ends.
/// </summary>
public sealed class InMemoryPromotionUsageStore : IPromotionUsageStore
{
    private readonly Dictionary<UsageCounter, long> counters = [];
    private readonly Dictionary<OrderId, Dictionary<PromotionId, PromotionUse>> usesByOrder = [];
    private readonly Dictionary<PromotionId, List<PromotionUsageEntry>> history = [];
    private readonly Lock gate = new();
    private long sequence;

    /// <summary>Creates an empty store.</summary>
    /// <param name="outbox">The outbox the store appends its events to, shared with the other in-memory stores; a new one when omitted.</param>
    public InMemoryPromotionUsageStore(InMemoryEventOutbox? outbox = null) => Outbox = outbox ?? new InMemoryEventOutbox();

    /// <summary>The outbox the store's events go to, in commit order.</summary>
    public InMemoryEventOutbox Outbox { get; }

    /// <inheritdoc />
    public Task<LoadedPromotionUsage> LoadAsync(PromotionUsageKeys keys, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var values = new Dictionary<UsageCounter, long>();
        var uses = new List<OrderUse>();
        lock (gate)
        {
            foreach (var counter in keys.Counters)
            {
                if (counters.TryGetValue(counter, out var value))
                {
                    values.Add(counter, value);
                }
            }

            if (keys.Order is { } order && usesByOrder.TryGetValue(order, out var ofOrder))
            {
                uses.AddRange(ofOrder.Select(u => new OrderUse(u.Key, u.Value)));
            }
        }

        return Task.FromResult(new LoadedPromotionUsage(values, uses));
    }

    /// <inheritdoc />
    public Task<UsageCommitResult> CommitAsync(PromotionUsageChange change, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(change);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            CheckKeyedRecords(change);
            foreach (var increment in change.Increments)
            {
                var value = counters.GetValueOrDefault(increment.Counter);
                if (!increment.FitsOn(value))
                {
                    return Task.FromResult(increment.Amount > 0
                        ? UsageCommitResult.RefusedBy(increment, value)
                        : throw new InvariantViolationException($"{increment} would take the counter at {value} below zero."));
                }
            }

            Apply(change);
            return Task.FromResult(UsageCommitResult.Committed);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PromotionUsageEntry>> ReadHistoryAsync(PromotionId promotion, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(promotion, nameof(promotion));
        Paging.Require(afterSequence, maxCount, nameof(afterSequence));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!history.TryGetValue(promotion, out var entries))
            {
                return Task.FromResult<IReadOnlyList<PromotionUsageEntry>>([]);
            }

            // Entries are in sequence order: find the first after the one given, then take a page.
            var start = entries.BinarySearch(new PromotionUsageEntry(afterSequence + 1, entries[0].Event), BySequence.Instance);
            start = start < 0 ? ~start : start;
            return Task.FromResult<IReadOnlyList<PromotionUsageEntry>>(entries.GetRange(start, Math.Min(maxCount, entries.Count - start)).ToArray());
        }
    }

    private void CheckKeyedRecords(PromotionUsageChange change)
    {
        foreach (var inserted in change.Inserted)
        {
            if (usesByOrder.TryGetValue(inserted.Order, out var ofOrder) && ofOrder.ContainsKey(inserted.Promotion))
            {
                throw new ConcurrencyConflictException($"use of promotion {inserted.Promotion} by order {inserted.Order}", 0, 1);
            }
        }

        foreach (var removed in change.Removed)
        {
            if (!usesByOrder.TryGetValue(removed.Order, out var ofOrder) || !ofOrder.TryGetValue(removed.Promotion, out var stored) || stored != removed.Use)
            {
                throw new ConcurrencyConflictException($"use of promotion {removed.Promotion} by order {removed.Order}", 1, null);
            }
        }
    }

    private void Apply(PromotionUsageChange change)
    {
        foreach (var inserted in change.Inserted)
        {
            if (!usesByOrder.TryGetValue(inserted.Order, out var ofOrder))
            {
                usesByOrder[inserted.Order] = ofOrder = [];
            }

            ofOrder.Add(inserted.Promotion, inserted.Use);
        }

        foreach (var removed in change.Removed)
        {
            var ofOrder = usesByOrder[removed.Order];
            ofOrder.Remove(removed.Promotion);
            if (ofOrder.Count == 0)
            {
                usesByOrder.Remove(removed.Order);
            }
        }

        foreach (var increment in change.Increments)
        {
            var value = counters.GetValueOrDefault(increment.Counter) + increment.Amount;
            if (value == 0)
            {
                counters.Remove(increment.Counter);
            }
            else
            {
                counters[increment.Counter] = value;
            }
        }

        foreach (var e in change.Events)
        {
            if (!history.TryGetValue(e.Promotion, out var entries))
            {
                history[e.Promotion] = entries = [];
            }

            entries.Add(new PromotionUsageEntry(++sequence, e));
        }

        Outbox.Append(change.Events);
    }

    private sealed class BySequence : IComparer<PromotionUsageEntry>
    {
        public static readonly BySequence Instance = new();

        public int Compare(PromotionUsageEntry? x, PromotionUsageEntry? y) => (x?.Sequence ?? 0).CompareTo(y?.Sequence ?? 0);
    }
}
