namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Points spent on an order, with the lots they came from (also on its
/// <see cref="PointsEntryKind.Redeemed"/> entries), so a cancellation returns them without reading the ledger.
/// </summary>
/// <param name="Id">The redemption's number in its account, from 1.</param>
/// <param name="OrderId">The order the points paid for.</param>
/// <param name="Points">The points spent.</param>
/// <param name="Value">What they paid, in money.</param>
/// <param name="RedeemedAt">When.</param>
/// <param name="CancelledAt">When the redemption was cancelled and its points returned, or null.</param>
/// <param name="Taken">The lots the points came from and how many each gave, in the order taken.</param>
public sealed record PointsRedemption(int Id, OrderId OrderId, Points Points, Money Value, Instant RedeemedAt, Instant? CancelledAt, IReadOnlyList<PointsTaken> Taken)
{
    /// <summary>The order the points paid for.</summary>
    public OrderId OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));

    /// <summary>The lots the points came from and how many each gave, in the order taken.</summary>
    public IReadOnlyList<PointsTaken> Taken { get; init => field = value ?? []; } = Taken ?? [];

    /// <summary>Whether the redemption still stands.</summary>
    public bool IsActive => CancelledAt is null;

    /// <summary>Whether <paramref name="other"/> is the same redemption, taken lots compared element by element.</summary>
    /// <param name="other">The other redemption.</param>
    /// <returns><c>true</c> when every field is equal.</returns>
    public bool Equals(PointsRedemption? other) =>
        other is not null && Id == other.Id && OrderId == other.OrderId && Points == other.Points && Value == other.Value
        && RedeemedAt == other.RedeemedAt && CancelledAt == other.CancelledAt && Taken.SequenceEqual(other.Taken);

    /// <summary>A hash over the fields compared by <see cref="Equals(PointsRedemption?)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, OrderId, Points, Value, RedeemedAt, CancelledAt, Taken.Count);
}
