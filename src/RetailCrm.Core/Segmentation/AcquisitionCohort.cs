namespace RetailCrm.Segmentation;

using System.Globalization;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>One row of the acquisition-cohort table: the customers whose first order fell in one month, and how many of them ordered in each month since.</summary>
public sealed class AcquisitionCohort
{
    internal AcquisitionCohort(YearMonth month, long customers, long[] active)
    {
        Month = month;
        Customers = customers;
        Active = active;
        Retention = Array.ConvertAll(active, a => Shares.Of(a, customers));
    }

    /// <summary>The month of the first order.</summary>
    public YearMonth Month { get; }

    /// <summary>How many customers made their first order in the month.</summary>
    public long Customers { get; }

    /// <summary>How many of them ordered in each month, by offset from <see cref="Month"/>: index 0 is the month itself (all of them).</summary>
    public IReadOnlyList<long> Active { get; }

    /// <summary>
    /// <see cref="Active"/> as shares of <see cref="Customers"/>, half away from zero to a hundredth
    /// of a percent: index 0 is 100%, index 3 the share still buying three months on.
    /// </summary>
    public IReadOnlyList<Percentage> Retention { get; }

    /// <summary>The row, e.g. "2026-01 (120): 100%, 31.67%, 25%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Month:uuuu-MM} ({Customers}): {string.Join(", ", Retention)}");
}
