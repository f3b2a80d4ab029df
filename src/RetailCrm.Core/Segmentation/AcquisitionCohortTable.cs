namespace RetailCrm.Segmentation;

using NodaTime;

/// <summary>The monthly acquisition-cohort table (see <see cref="CohortAnalysis.MonthlyCohorts"/>): rows by month of first order, columns by months since.</summary>
public sealed class AcquisitionCohortTable
{
    internal AcquisitionCohortTable(LocalDate through, IReadOnlyList<AcquisitionCohort> rows)
    {
        Through = through;
        Rows = rows;
    }

    /// <summary>The last day the table covers.</summary>
    public LocalDate Through { get; }

    /// <summary>The rows, one per month that acquired customers, in month order.</summary>
    public IReadOnlyList<AcquisitionCohort> Rows { get; }

    /// <summary>The row of a month.</summary>
    /// <param name="month">The month of first order.</param>
    /// <returns>The row.</returns>
    /// <exception cref="KeyNotFoundException">No customer made a first order in <paramref name="month"/>.</exception>
    public AcquisitionCohort this[YearMonth month] => Rows.FirstOrDefault(r => r.Month == month) ?? throw new KeyNotFoundException($"No customer made a first order in {month}.");

    /// <summary>One line per row.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Rows);
}
