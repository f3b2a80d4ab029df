namespace RetailCrm.Segmentation;

using System.Globalization;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Retention, churn, new customers and the repeat-purchase rate over a period, with the counts
/// behind every rate (see <see cref="CohortAnalysis.Measure"/> for the definitions).
/// </summary>
public sealed class RetentionReport
{
    internal RetentionReport(LocalDate from, LocalDate to, LocalDate lookbackFrom, long cohort, long retained, long active, long fresh, long reactivated, long repeat)
    {
        From = from;
        To = to;
        LookbackFrom = lookbackFrom;
        CohortCustomers = cohort;
        RetainedCustomers = retained;
        ActiveCustomers = active;
        NewCustomers = fresh;
        ReactivatedCustomers = reactivated;
        RepeatCustomers = repeat;
        var retention = Shares.Split([retained, cohort - retained]);
        (Retention, Churn) = (retention[0], retention[1]);
        RepeatPurchaseRate = Shares.Split([repeat, active - repeat])[0];
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>The first day of the look-back: an order from it to the day before <see cref="From"/> puts a customer in the cohort.</summary>
    public LocalDate LookbackFrom { get; }

    /// <summary>The customers active when the period starts: with an order in the look-back.</summary>
    public long CohortCustomers { get; }

    /// <summary>The cohort customers with an order in the period.</summary>
    public long RetainedCustomers { get; }

    /// <summary>The cohort customers without an order in the period.</summary>
    public long ChurnedCustomers => CohortCustomers - RetainedCustomers;

    /// <summary>Retained customers as a share of the cohort, to a hundredth of a percent; zero for an empty cohort.</summary>
    public Percentage Retention { get; }

    /// <summary>Churned customers as a share of the cohort: exactly 100% less <see cref="Retention"/>; zero for an empty cohort.</summary>
    public Percentage Churn { get; }

    /// <summary>The customers with an order in the period: retained, new and reactivated.</summary>
    public long ActiveCustomers { get; }

    /// <summary>The customers whose first order ever is in the period.</summary>
    public long NewCustomers { get; }

    /// <summary>The customers who ordered in the period and before the look-back, but not in it: won back.</summary>
    public long ReactivatedCustomers { get; }

    /// <summary>The active customers with at least two orders in the period.</summary>
    public long RepeatCustomers { get; }

    /// <summary>Repeat customers as a share of active customers, to a hundredth of a percent; zero when nobody ordered.</summary>
    public Percentage RepeatPurchaseRate { get; }

    /// <summary>A one-line summary, e.g. "2026-01-01..2026-03-31: retention 40% (2 of 5), churn 60%, active 4 (new 1, reactivated 1), repeat 50% (2)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{From:uuuu-MM-dd}..{To:uuuu-MM-dd}: retention {Retention} ({RetainedCustomers} of {CohortCustomers}), churn {Churn}, active {ActiveCustomers} (new {NewCustomers}, reactivated {ReactivatedCustomers}), repeat {RepeatPurchaseRate} ({RepeatCustomers})");
}
