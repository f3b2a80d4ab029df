namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A marketplace's finding that the rating of a trade is fraudulent (brushing, a fake trade): it no longer counts.</summary>
/// <param name="Trade">The trade.</param>
/// <param name="Reason">Why, for the record.</param>
/// <param name="At">When it was flagged.</param>
public sealed record FraudFlag(OrderId Trade, string Reason, Instant At)
{
    /// <summary>The trade.</summary>
    public OrderId Trade { get; init => field = IdArgument.Require(value, nameof(Trade)); } = IdArgument.Require(Trade, nameof(Trade));
}
