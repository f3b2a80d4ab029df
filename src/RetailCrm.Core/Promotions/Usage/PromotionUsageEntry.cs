namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>One entry of a promotion's usage history: a use or a release, with its place in the store's commit order.</summary>
public sealed record PromotionUsageEntry
{
    /// <summary>Creates the entry.</summary>
    /// <param name="sequence">Its place in the store's commit order, from 1; strictly increasing across promotions.</param>
    /// <param name="event">What happened.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public PromotionUsageEntry(long sequence, PromotionUsageEvent @event)
    {
        Sequence = Guard.Against.NegativeOrZero(sequence);
        Event = Guard.Against.Null(@event);
    }

    /// <summary>Its place in the store's commit order: read the next page after it.</summary>
    public long Sequence { get; }

    /// <summary>What happened.</summary>
    public PromotionUsageEvent Event { get; }
}
