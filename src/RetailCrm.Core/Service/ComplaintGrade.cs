namespace RetailCrm.Service;

using NodaTime;

/// <summary>A complaint's grade: the handling level, its deadlines, the score and the reasons for them.</summary>
/// <param name="Level">Who handles the complaint.</param>
/// <param name="Score">The score the level was read from: the sum of the reasons' points.</param>
/// <param name="Deadlines">How soon the complaint must be answered and solved.</param>
/// <param name="Reasons">Why: one reason per factor, in the order of <see cref="GradeFactor"/>.</param>
public sealed record ComplaintGrade(HandlingLevel Level, int Score, LevelDeadlines Deadlines, IReadOnlyList<GradeReason> Reasons)
{
    /// <summary>The time to the first answer.</summary>
    public Duration ResponseWithin => Deadlines.Response;

    /// <summary>The time to the solution.</summary>
    public Duration ResolutionWithin => Deadlines.Resolution;

    /// <summary>The level and the reasons, e.g. "SeniorAgent (score 4: ...)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Level} (score {Score}: {string.Join("; ", Reasons.Where(r => r.Points != 0).Select(r => r.Explanation))})";
}
