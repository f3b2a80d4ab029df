namespace RetailCrm.Service;

/// <summary>One reason behind a complaint's grade: the factor, the points it added and why, in words.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Points">The points it added to the score (zero when it added none).</param>
/// <param name="Explanation">Why, e.g. "2 earlier complaints in 30 days: +2".</param>
public sealed record GradeReason(GradeFactor Factor, int Points, string Explanation);
