namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One side's rating of the other on one trade, as given: it is never changed afterwards. A rating
/// the policy gave because the side did not rate within the window is marked <see cref="IsDefault"/>.
/// </summary>
/// <param name="Trade">The trade rated.</param>
/// <param name="Value">Positive, neutral or negative.</param>
/// <param name="Comment">The rater's comment, if any.</param>
/// <param name="RatedAt">When the rating was given (for a default rating, when the window closed).</param>
/// <param name="IsDefault">Whether the policy gave it because the side did not rate in time.</param>
public sealed record FeedbackRating(OrderId Trade, RatingValue Value, string? Comment, Instant RatedAt, bool IsDefault = false)
{
    /// <summary>The trade rated.</summary>
    public OrderId Trade { get; init => field = IdArgument.Require(value, nameof(Trade)); } = IdArgument.Require(Trade, nameof(Trade));
}
