namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>The value pyramid of a population: the level counts, each customer's level (most valuable first), and the Pareto share.</summary>
public sealed class ValuePyramidReport
{
    internal ValuePyramidReport(PyramidReport pyramid, IReadOnlyList<(CustomerId Customer, PyramidLevel Level)> ranked, Percentage topFifthShare, Money totalValue)
    {
        Pyramid = pyramid;
        Ranked = ranked;
        TopFifthShare = topFifthShare;
        TotalValue = totalValue;
    }

    /// <summary>The counts and shares per level, bottom to top, with <see cref="PyramidReport.ToSvg"/>.</summary>
    public PyramidReport Pyramid { get; }

    /// <summary>Every customer with their level, most valuable first.</summary>
    public IReadOnlyList<(CustomerId Customer, PyramidLevel Level)> Ranked { get; }

    /// <summary>The share of all value the top 20% of customers (rounded up) bring: the 80/20 check, to a hundredth of a percent.</summary>
    public Percentage TopFifthShare { get; }

    /// <summary>The value of the whole population.</summary>
    public Money TotalValue { get; }
}
