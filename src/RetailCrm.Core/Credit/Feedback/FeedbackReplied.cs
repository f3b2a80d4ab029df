namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A reply was added to the rating of a trade.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Reply">The reply.</param>
/// <exception cref="ArgumentNullException"><paramref name="Reply"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackReplied(PartyId Party, FeedbackRole Role, FeedbackReply Reply) : DomainEvent((Reply ?? throw new ArgumentNullException(nameof(Reply))).At)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
