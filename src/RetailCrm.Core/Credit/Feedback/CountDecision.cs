namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// How one rating enters the credit score: the points it adds (+1, 0 or -1) when it counts, or
/// the reason it does not, with a sentence for the rated party.
/// </summary>
public readonly record struct CountDecision
{
    private CountDecision(int points, UncountedReason? reason, string explanation)
    {
        Points = points;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>The points the rating adds to the score: its value when counted, 0 when not.</summary>
    public int Points { get; }

    /// <summary>Why the rating does not count, or <see langword="null"/> when it counts.</summary>
    public UncountedReason? Reason { get; }

    /// <summary>Whether the rating counts (a counted neutral adds 0 points but enters the positive-feedback rate).</summary>
    public bool Counts => Reason is null;

    /// <summary>A sentence explaining the decision, e.g. "The pair already added 6 points in 2026-03."</summary>
    public string Explanation { get => field ?? string.Empty; }

    /// <summary>The decision for a rating that counts.</summary>
    /// <param name="value">The rating's value.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public static CountDecision Counted(RatingValue value) => ArgumentRange.Defined(value) switch
    {
        RatingValue.Positive => new(1, null, "Counted: positive, +1 point."),
        RatingValue.Negative => new(-1, null, "Counted: negative, -1 point."),
        _ => new(0, null, "Counted: neutral, 0 points."),
    };

    /// <summary>The decision for a rating that does not count.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="explanation">A sentence for the rated party.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="explanation"/> is blank.</exception>
    public static CountDecision Uncounted(UncountedReason reason, string explanation) =>
        new(0, ArgumentRange.Defined(reason), Guard.Against.NullOrWhiteSpace(explanation));

    /// <summary>The decision and its explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason is { } reason ? $"{reason}: {Explanation}" : Explanation;
}
