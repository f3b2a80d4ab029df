namespace RetailCrm.Segmentation;

using NodaTime;

/// <summary>The lifecycle stages of a population at an evaluation date: every customer's stage and the counts and shares per stage.</summary>
public sealed class LifecycleReport
{
    internal LifecycleReport(LocalDate evaluationDate, IReadOnlyList<CustomerLifecycle> customers, PyramidReport stages)
    {
        EvaluationDate = evaluationDate;
        Customers = customers;
        Stages = stages;
    }

    /// <summary>The date the stages hold at.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>Every customer with an order on or before the evaluation date, once, ordered by customer id (ordinal).</summary>
    public IReadOnlyList<CustomerLifecycle> Customers { get; }

    /// <summary>
    /// Counts and shares per stage (shares to a hundredth of a percent, adding up to exactly 100%),
    /// as a pyramid whose levels run from Lost at the bottom to Acquisition at the top, so that it
    /// reads top down in lifecycle order; render it with <see cref="PyramidReport.ToSvg"/>.
    /// </summary>
    public PyramidReport Stages { get; }

    /// <summary>The count and share of one stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The row of the stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a defined stage.</exception>
    public LevelCount this[LifecycleStage stage] => Stages[LifecycleModel.LevelOf(stage).Id];
}
