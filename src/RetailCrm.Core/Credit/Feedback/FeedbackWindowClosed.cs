namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A trade's rating window closed without a rating and the policy gives none: it no longer awaits one.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Trade">The trade.</param>
/// <param name="ClosedAt">When the window closed.</param>
/// <exception cref="ArgumentException"><paramref name="Party"/> or <paramref name="Trade"/> is <c>default</c>.</exception>
public sealed record FeedbackWindowClosed(PartyId Party, FeedbackRole Role, OrderId Trade, Instant ClosedAt) : DomainEvent(ClosedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The trade.</summary>
    public OrderId Trade { get; init => field = IdArgument.Require(value, nameof(Trade)); } = IdArgument.Require(Trade, nameof(Trade));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
