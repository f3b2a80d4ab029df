namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A party's credit score in a role changed.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The role.</param>
/// <param name="From">The score before.</param>
/// <param name="To">The score after.</param>
/// <param name="ChangedAt">When.</param>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackScoreChanged(PartyId Party, FeedbackRole Role, long From, long To, Instant ChangedAt) : DomainEvent(ChangedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
