namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Aaker's brand-loyalty pyramid, read from satisfaction and repeat purchase: customers who do
/// not buy again are switchers; repeat buyers are habitual (dissatisfied or worse), satisfied with
/// switching costs (fairly satisfied), likers of the shop (satisfied) or committed (very satisfied).
/// </summary>
public sealed class BrandLoyaltyPyramid
{
    private static readonly PyramidLevel[] AakerLevels =
    [
        new("switcher", "Switcher (price sensitive)"),
        new("habitual", "Habitual buyer"),
        new("switching-costs", "Satisfied, with switching costs"),
        new("likes", "Likes the shop"),
        new("committed", "Committed"),
    ];

    /// <summary>Creates the pyramid.</summary>
    /// <param name="repeatBuyerFrom">The fewest purchases in the window that make a repeat buyer, at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeatBuyerFrom"/> is below 2.</exception>
    public BrandLoyaltyPyramid(int repeatBuyerFrom = 2) =>
        RepeatBuyerFrom = Guard.Against.OutOfRange(repeatBuyerFrom, nameof(repeatBuyerFrom), 2, 10_000);

    /// <summary>The default pyramid: repeat buyers from two purchases.</summary>
    public static BrandLoyaltyPyramid Default { get; } = new();

    /// <summary>The fewest purchases that make a repeat buyer.</summary>
    public int RepeatBuyerFrom { get; }

    /// <summary>The levels from bottom (switcher) to top (committed).</summary>
    public static IReadOnlyList<PyramidLevel> Levels => AakerLevels;

    /// <summary>The level of one customer.</summary>
    /// <param name="evidence">The customer's attitude and behaviour.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The satisfaction is not one of the five answers, or purchases are negative.</exception>
    public PyramidLevel LevelOf(LoyaltyEvidence evidence) => AakerLevels[Rank(evidence)];

    /// <summary>How a population spreads over the five levels.</summary>
    /// <param name="population">One piece of evidence per customer.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A piece of evidence is out of range.</exception>
    public PyramidReport Report(IEnumerable<LoyaltyEvidence> population)
    {
        Guard.Against.Null(population);
        var counts = new long[AakerLevels.Length];
        foreach (var evidence in population)
        {
            counts[Rank(evidence)]++;
        }

        return new PyramidReport("Brand loyalty", AakerLevels, counts);
    }

    private int Rank(LoyaltyEvidence evidence)
    {
        ArgumentRange.Defined(evidence.Satisfaction, nameof(evidence));
        ArgumentRange.NotNegative(evidence.Purchases, nameof(evidence));
        if (evidence.Purchases < RepeatBuyerFrom)
        {
            return 0;
        }

        return evidence.Satisfaction switch
        {
            Satisfaction.VerySatisfied => 4,
            Satisfaction.Satisfied => 3,
            Satisfaction.FairlySatisfied => 2,
            _ => 1,
        };
    }
}
