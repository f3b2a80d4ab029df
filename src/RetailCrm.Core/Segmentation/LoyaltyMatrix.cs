namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Places customers in the attitude x behaviour matrix: attitude is high from a satisfaction
/// answer (satisfied by default), behaviour is high from a number of purchases in the window
/// (2 by default: a repeat buyer).
/// </summary>
public sealed class LoyaltyMatrix
{
    private static readonly PyramidLevel[] QuadrantLevels =
    [
        new("no-loyalty", "No loyalty"),
        new("spurious", "Spurious loyalty"),
        new("latent", "Latent loyalty"),
        new("true", "True loyalty"),
    ];

    /// <summary>Creates a matrix.</summary>
    /// <param name="highAttitudeFrom">The lowest satisfaction that counts as a positive attitude.</param>
    /// <param name="repeatBuyerFrom">The fewest purchases in the window that count as repeat behaviour, at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public LoyaltyMatrix(Satisfaction highAttitudeFrom = Satisfaction.Satisfied, int repeatBuyerFrom = 2)
    {
        HighAttitudeFrom = ArgumentRange.Defined(highAttitudeFrom);
        RepeatBuyerFrom = Guard.Against.OutOfRange(repeatBuyerFrom, nameof(repeatBuyerFrom), 2, 10_000);
    }

    /// <summary>The default matrix: satisfied or better, and at least two purchases.</summary>
    public static LoyaltyMatrix Default { get; } = new();

    /// <summary>The lowest satisfaction that counts as a positive attitude.</summary>
    public Satisfaction HighAttitudeFrom { get; }

    /// <summary>The fewest purchases that count as repeat behaviour.</summary>
    public int RepeatBuyerFrom { get; }

    /// <summary>Where one customer sits.</summary>
    /// <param name="evidence">The customer's attitude and behaviour.</param>
    /// <returns>The quadrant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The satisfaction is not one of the five answers, or purchases are negative.</exception>
    public LoyaltyQuadrant Classify(LoyaltyEvidence evidence)
    {
        ArgumentRange.Defined(evidence.Satisfaction, nameof(evidence));
        ArgumentRange.NotNegative(evidence.Purchases, nameof(evidence));
        var attitude = evidence.Satisfaction >= HighAttitudeFrom;
        var behaviour = evidence.Purchases >= RepeatBuyerFrom;
        return (attitude, behaviour) switch
        {
            (true, true) => LoyaltyQuadrant.True,
            (true, false) => LoyaltyQuadrant.Latent,
            (false, true) => LoyaltyQuadrant.Spurious,
            _ => LoyaltyQuadrant.NoLoyalty,
        };
    }

    /// <summary>How a population spreads over the four quadrants, from no loyalty up to true loyalty.</summary>
    /// <param name="population">One piece of evidence per customer.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="population"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A piece of evidence is out of range.</exception>
    public PyramidReport Report(IEnumerable<LoyaltyEvidence> population)
    {
        Guard.Against.Null(population);
        var counts = new long[4];
        foreach (var evidence in population)
        {
            counts[(int)Classify(evidence)]++;
        }

        return new PyramidReport("Attitude and behaviour", QuadrantLevels, counts);
    }
}
