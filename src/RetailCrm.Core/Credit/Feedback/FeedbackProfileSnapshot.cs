namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// A feedback profile as plain data, for stores: the facts only (trades, ratings, replies, flags).
/// Scores, levels and count decisions are derived again on load, so a store never holds a score
/// that disagrees with its ratings.
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="Trades">The completed trades, in the order recorded.</param>
/// <param name="Ratings">The ratings received, in the order given (default ratings included).</param>
/// <param name="Replies">The replies, in the order added.</param>
/// <param name="FraudFlags">The fraud flags, in the order flagged.</param>
/// <param name="Version">The profile's version.</param>
public sealed record FeedbackProfileSnapshot(
    PartyId Party,
    IReadOnlyList<CompletedTrade> Trades,
    IReadOnlyList<FeedbackRating> Ratings,
    IReadOnlyList<FeedbackReply> Replies,
    IReadOnlyList<FraudFlag> FraudFlags,
    long Version)
{
    /// <summary>The party.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));
}
