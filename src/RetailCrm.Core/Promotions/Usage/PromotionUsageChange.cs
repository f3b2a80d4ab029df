namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>
/// What one command writes, for a store to apply atomically (all or nothing): the order's uses to
/// insert (each unique by promotion and order) or remove, the counters to move by bounded increments,
/// and the events raised. Recording an order makes one change for all its promotions; cancelling it,
/// one change that gives all of them back.
/// </summary>
/// <remarks>
/// It maps to a few statements: an <c>INSERT</c> per use (the unique key refuses a second writer), a
/// <c>DELETE ... WHERE</c> the stored use is exactly the one removed, one conditional <c>UPDATE</c> per
/// counter, and an <c>INSERT</c> per event into the outbox and the history. There is no version: the
/// keyed records and the increments' limits are the only conditions.
/// </remarks>
public sealed class PromotionUsageChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="inserted">Uses to insert; none may exist yet.</param>
    /// <param name="removed">Uses to remove; each must be stored exactly so.</param>
    /// <param name="increments">Counter moves, applied in this order (the first that does not fit is reported).</param>
    /// <param name="events">Events raised, appended to the outbox and the history in this order.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">A use is inserted or removed twice, or a counter is moved twice.</exception>
    public PromotionUsageChange(IEnumerable<OrderUse> inserted, IEnumerable<OrderUse> removed, IEnumerable<CounterIncrement> increments, IEnumerable<PromotionUsageEvent> events)
    {
        Inserted = NoNulls(inserted, nameof(inserted));
        Removed = NoNulls(removed, nameof(removed));
        Increments = NoNulls(increments, nameof(increments));
        Events = NoNulls(events, nameof(events));
        if (Inserted.Concat(Removed).Select(u => (u.Promotion, u.Order)).Distinct().Count() != Inserted.Count + Removed.Count)
        {
            throw new ArgumentException("A change inserts or removes the use of a promotion by an order once.", nameof(inserted));
        }

        if (Increments.Select(i => i.Counter).Distinct().Count() != Increments.Count)
        {
            throw new ArgumentException("A change moves each counter once.", nameof(increments));
        }
    }

    /// <summary>Uses to insert, unique by (promotion, order).</summary>
    public IReadOnlyList<OrderUse> Inserted { get; }

    /// <summary>Uses to remove, each as stored.</summary>
    public IReadOnlyList<OrderUse> Removed { get; }

    /// <summary>Counter moves, in the order they are checked.</summary>
    public IReadOnlyList<CounterIncrement> Increments { get; }

    /// <summary>Events raised, in order.</summary>
    public IReadOnlyList<PromotionUsageEvent> Events { get; }

    /// <summary>Whether the change writes nothing at all.</summary>
    public bool IsEmpty => Inserted.Count == 0 && Removed.Count == 0 && Increments.Count == 0 && Events.Count == 0;

    private static T[] NoNulls<T>(IEnumerable<T> items, string name)
        where T : class =>
        [.. Guard.Against.Null(items, name).Select(i => i ?? throw new ArgumentNullException(name, "An element is null."))];
}
