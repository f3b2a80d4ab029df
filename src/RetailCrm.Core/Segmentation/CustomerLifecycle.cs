namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>One customer's lifecycle stage at an evaluation date, with the facts the stage was read from.</summary>
/// <param name="Customer">The customer.</param>
/// <param name="Stage">The stage.</param>
/// <param name="FirstOrder">The date of the customer's first order (on or before the evaluation date).</param>
/// <param name="LastOrder">The date of the customer's last order on or before the evaluation date.</param>
/// <param name="RecentSpend">Spend in the recent trend period: the <see cref="LifecycleModel.TrendDays"/> days up to and including the evaluation date.</param>
/// <param name="PreviousSpend">Spend in the trend period of the same length just before the recent one.</param>
public readonly record struct CustomerLifecycle(CustomerId Customer, LifecycleStage Stage, LocalDate FirstOrder, LocalDate LastOrder, Money RecentSpend, Money PreviousSpend)
{
    /// <summary>The customer.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));

    /// <summary>The customer and the stage, e.g. "c-17: Growth (USD 120.00 after USD 80.00)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer}: {Stage} ({RecentSpend} after {PreviousSpend})";
}
