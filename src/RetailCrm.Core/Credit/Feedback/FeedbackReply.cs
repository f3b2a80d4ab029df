namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A reply added to a rating, which itself stays as given: the rated party's explanation or the rater's follow-up.</summary>
/// <param name="Trade">The trade whose rating is answered.</param>
/// <param name="Author">The rated party or the rater.</param>
/// <param name="Text">The reply.</param>
/// <param name="At">When it was added.</param>
public sealed record FeedbackReply(OrderId Trade, FeedbackReplyAuthor Author, string Text, Instant At)
{
    /// <summary>The trade whose rating is answered.</summary>
    public OrderId Trade { get; init => field = IdArgument.Require(value, nameof(Trade)); } = IdArgument.Require(Trade, nameof(Trade));
}
