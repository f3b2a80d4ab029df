namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// The keyed records a points command touches, which a store loads beside the live state
/// (<see cref="IPointsAccountStore.LoadAsync"/>): the record under its idempotency key, an order's
/// earning, an order's redemptions, a refund already clawed back. The store adds the closed lots
/// those records name. <see cref="None"/> loads the live state alone (expiry, balances).
/// </summary>
/// <param name="Command">The idempotency key whose first outcome is looked up, or null.</param>
/// <param name="Earning">The order whose earning (and clawback progress) is loaded, or null.</param>
/// <param name="Redemptions">The order whose redemptions (with the lots they took from) are loaded, or null.</param>
/// <param name="Refund">The refund looked up among those already clawed back, or null.</param>
public sealed record PointsKeys(IdempotencyKey? Command, OrderId? Earning, OrderId? Redemptions, RefundId? Refund)
{
    /// <summary>No keyed record: the live state alone.</summary>
    public static PointsKeys None { get; } = new(null, null, null, null);

    /// <summary>The idempotency key whose first outcome is looked up, or null.</summary>
    public IdempotencyKey? Command { get; init => field = IdArgument.Require(value, nameof(Command)); } = IdArgument.Require(Command, nameof(Command));

    /// <summary>The order whose earning is loaded, or null.</summary>
    public OrderId? Earning { get; init => field = IdArgument.Require(value, nameof(Earning)); } = IdArgument.Require(Earning, nameof(Earning));

    /// <summary>The order whose redemptions are loaded, or null.</summary>
    public OrderId? Redemptions { get; init => field = IdArgument.Require(value, nameof(Redemptions)); } = IdArgument.Require(Redemptions, nameof(Redemptions));

    /// <summary>The refund looked up, or null.</summary>
    public RefundId? Refund { get; init => field = IdArgument.Require(value, nameof(Refund)); } = IdArgument.Require(Refund, nameof(Refund));
}
