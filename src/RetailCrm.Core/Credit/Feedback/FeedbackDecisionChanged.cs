namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>How an earlier rating counts changed because of another rating, flag or trade of its pair (a same-item group or a month's cap settled again).</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Trade">The trade whose rating counts differently.</param>
/// <param name="Decision">How it counts now.</param>
/// <param name="ChangedAt">When.</param>
/// <exception cref="ArgumentException"><paramref name="Party"/> or <paramref name="Trade"/> is <c>default</c>.</exception>
public sealed record FeedbackDecisionChanged(PartyId Party, FeedbackRole Role, OrderId Trade, CountDecision Decision, Instant ChangedAt) : DomainEvent(ChangedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The trade.</summary>
    public OrderId Trade { get; init => field = IdArgument.Require(value, nameof(Trade)); } = IdArgument.Require(Trade, nameof(Trade));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
