namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>A completed trade was recorded in a party's profile; its rating window is open.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Trade">The trade.</param>
/// <param name="WindowClosesAt">When the rating window closes.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackTradeRecorded(PartyId Party, FeedbackRole Role, CompletedTrade Trade, Instant WindowClosesAt, Instant RecordedAt) : DomainEvent(RecordedAt)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
