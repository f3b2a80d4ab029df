namespace RetailCrm.Points;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Cancel the active redemptions of an order (the order was cancelled) and return their points
/// to the lots they came from; points whose lot has expired meanwhile expire at once.
/// </summary>
public sealed record CancelRedemption : PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="orderId">The order whose redemptions are cancelled.</param>
    public CancelRedemption(IdempotencyKey key, OrderId orderId)
        : base(key) => OrderId = IdArgument.Require(orderId, nameof(orderId));

    /// <summary>The order whose redemptions are cancelled.</summary>
    public OrderId OrderId { get; }

    /// <inheritdoc />
    public override PointsKeys Touches() => new(Key, null, OrderId, null);

    /// <inheritdoc />
    public override string Describe() => $"cancel redemption of order {OrderId}";

    /// <inheritdoc />
    public override string ToCanonicalString() => CanonicalContent.Of("cancel-redemption").Add("order", OrderId.Value).ToString();
}
