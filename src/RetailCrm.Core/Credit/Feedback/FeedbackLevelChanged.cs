namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A party's credit level in a role changed: a storefront shows another mark.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The role.</param>
/// <param name="From">The level before.</param>
/// <param name="To">The level after.</param>
/// <param name="ChangedAt">When.</param>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackLevelChanged(PartyId Party, FeedbackRole Role, FeedbackLevel From, FeedbackLevel To, Instant ChangedAt) : DomainEvent(ChangedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
