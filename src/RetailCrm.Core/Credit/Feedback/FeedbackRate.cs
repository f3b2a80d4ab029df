namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>The counted ratings of one role over a window and the positive-feedback rate they give.</summary>
/// <param name="Window">How far back (e.g. 6 months), or <see langword="null"/> for all time.</param>
/// <param name="Positives">Counted positive ratings.</param>
/// <param name="Neutrals">Counted neutral ratings.</param>
/// <param name="Negatives">Counted negative ratings.</param>
/// <param name="PositiveRate">Positives over positives and negatives (plus neutrals when the policy includes them), or <see langword="null"/> when there is none.</param>
public sealed record FeedbackRate(Period? Window, int Positives, int Neutrals, int Negatives, Percentage? PositiveRate);
