namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A party received a rating on a trade (given by the other side, or the policy's default when the window closed).</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Rating">The rating.</param>
/// <param name="Decision">How it counts.</param>
/// <exception cref="ArgumentNullException"><paramref name="Rating"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackRated(PartyId Party, FeedbackRole Role, FeedbackRating Rating, CountDecision Decision) : DomainEvent((Rating ?? throw new ArgumentNullException(nameof(Rating))).RatedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
