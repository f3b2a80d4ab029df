namespace RetailCrm.Credit;

/// <summary>What a storefront shows of a party in one role: score, level, the score of the next level and the positive-feedback rates.</summary>
/// <param name="Role">The role.</param>
/// <param name="Score">The credit score.</param>
/// <param name="Level">The level it reaches.</param>
/// <param name="NextThreshold">The score of the next level, or <see langword="null"/> at the top.</param>
/// <param name="LastMonth">Counts and rate over the last month.</param>
/// <param name="LastSixMonths">Counts and rate over the last 6 months (Taobao's headline rate).</param>
/// <param name="LastTwelveMonths">Counts and rate over the last 12 months.</param>
/// <param name="AllTime">Counts and rate over all time.</param>
public sealed record FeedbackStanding(
    FeedbackRole Role,
    long Score,
    FeedbackLevel Level,
    long? NextThreshold,
    FeedbackRate LastMonth,
    FeedbackRate LastSixMonths,
    FeedbackRate LastTwelveMonths,
    FeedbackRate AllTime);
