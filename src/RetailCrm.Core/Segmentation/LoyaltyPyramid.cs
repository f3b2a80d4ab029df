namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The satisfaction-to-loyalty pyramid: each five-point satisfaction answer maps onto a level.
/// The default mapping is the JD survey's: very satisfied customers are committed (the top),
/// satisfied ones have formed a preference, fairly satisfied ones are satisfied or habitual buyers,
/// and dissatisfied or very dissatisfied ones have no loyalty.
/// </summary>
public sealed class LoyaltyPyramid
{
    private readonly int[] levelOf = new int[6];

    /// <summary>Creates a pyramid with a mapping of every satisfaction answer to a level.</summary>
    /// <param name="title">The title of its reports.</param>
    /// <param name="levels">The levels from bottom to top.</param>
    /// <param name="mapping">The level of every one of the five answers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The title is blank, levels repeat an id, an answer is unmapped or maps to a level not listed.</exception>
    public LoyaltyPyramid(string title, IReadOnlyList<PyramidLevel> levels, IReadOnlyDictionary<Satisfaction, PyramidLevel> mapping)
    {
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Guard.Against.Null(levels);
        Guard.Against.Null(mapping);
        if (levels.Count == 0 || levels.Any(l => l is null) || levels.DistinctBy(l => l.Id).Count() != levels.Count)
        {
            throw new ArgumentException("A pyramid has levels, each id once.", nameof(levels));
        }

        foreach (var answer in Enum.GetValues<Satisfaction>())
        {
            var index = mapping.TryGetValue(answer, out var level) ? IndexOf(levels, level) : -1;
            levelOf[(int)answer] = index >= 0 ? index : throw new ArgumentException($"The answer {answer} must map to one of the levels.", nameof(mapping));
        }

        Levels = [.. levels];
    }

    /// <summary>The JD survey's pyramid (500 customers; 4% very satisfied, 13% satisfied).</summary>
    public static LoyaltyPyramid Jd { get; } = CreateJd();

    /// <summary>The title of its reports.</summary>
    public string Title { get; }

    /// <summary>The levels from bottom to top.</summary>
    public IReadOnlyList<PyramidLevel> Levels { get; }

    /// <summary>The level of an answer.</summary>
    /// <param name="answer">The satisfaction answer.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not one of the five answers.</exception>
    public PyramidLevel LevelOf(Satisfaction answer) => Levels[levelOf[(int)ArgumentRange.Defined(answer)]];

    /// <summary>How a population's answers spread over the levels; one pass, nothing allocated per answer.</summary>
    /// <param name="answers">The answers, one per customer.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer is not one of the five.</exception>
    public PyramidReport Report(IEnumerable<Satisfaction> answers)
    {
        Guard.Against.Null(answers);

        // Each answer counted first (an array read directly), then each answer's count added to its level.
        Span<long> byAnswer = stackalloc long[(int)Satisfaction.VerySatisfied + 1];
        byAnswer.Clear();
        if (answers is Satisfaction[] array)
        {
            foreach (var answer in array)
            {
                Count(answer, byAnswer, nameof(answers));
            }
        }
        else
        {
            foreach (var answer in answers)
            {
                Count(answer, byAnswer, nameof(answers));
            }
        }

        var counts = new long[Levels.Count];
        for (var answer = (int)Satisfaction.VeryDissatisfied; answer <= (int)Satisfaction.VerySatisfied; answer++)
        {
            counts[levelOf[answer]] += byAnswer[answer];
        }

        return new PyramidReport(Title, Levels, counts);
    }

    private static void Count(Satisfaction answer, Span<long> byAnswer, string paramName)
    {
        if (answer is < Satisfaction.VeryDissatisfied or > Satisfaction.VerySatisfied)
        {
            throw new ArgumentOutOfRangeException(paramName, answer, "An answer is one of the five satisfaction levels.");
        }

        unchecked
        {
            byAnswer[(int)answer]++;
        }
    }

    private static int IndexOf(IReadOnlyList<PyramidLevel> levels, PyramidLevel? level)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    private static LoyaltyPyramid CreateJd()
    {
        var none = new PyramidLevel("no-loyalty", "No loyalty (indifferent)");
        var habitual = new PyramidLevel("satisfied-habitual", "Satisfied or habitual");
        var preference = new PyramidLevel("preference", "Preference");
        var committed = new PyramidLevel("committed", "Committed");
        return new LoyaltyPyramid(
            "Satisfaction and loyalty",
            [none, habitual, preference, committed],
            new Dictionary<Satisfaction, PyramidLevel>
            {
                [Satisfaction.VeryDissatisfied] = none,
                [Satisfaction.Dissatisfied] = none,
                [Satisfaction.FairlySatisfied] = habitual,
                [Satisfaction.Satisfied] = preference,
                [Satisfaction.VerySatisfied] = committed,
            });
    }
}
