namespace RetailCrm.Credit;

/// <summary>The counted ratings of one role given in a span of time, by value, as a store counts them for a positive-feedback rate.</summary>
/// <param name="Positives">Counted positive ratings.</param>
/// <param name="Neutrals">Counted neutral ratings.</param>
/// <param name="Negatives">Counted negative ratings.</param>
public sealed record FeedbackRatingCounts(int Positives, int Neutrals, int Negatives);
