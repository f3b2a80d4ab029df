namespace RetailCrm.Credit;

/// <summary>
/// A party's credit counters in one role, as the store keeps them live: the score, the level it
/// reaches and the counted ratings by value. Bounded: four numbers and a level, whatever the history.
/// </summary>
/// <param name="Role">The role.</param>
/// <param name="Score">The credit score: the sum of the points of every counted rating.</param>
/// <param name="Level">The level the score reaches on the policy's ladder.</param>
/// <param name="Positives">The counted positive ratings.</param>
/// <param name="Neutrals">The counted neutral ratings.</param>
/// <param name="Negatives">The counted negative ratings.</param>
public sealed record FeedbackCreditTotals(FeedbackRole Role, long Score, FeedbackLevel Level, int Positives, int Neutrals, int Negatives);
