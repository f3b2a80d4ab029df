namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

public sealed partial class CohortAnalysis
{
    /// <summary>
    /// The monthly acquisition-cohort table up to <paramref name="through"/>: one row per calendar
    /// month in which customers made their first order, with how many of them ordered in that month
    /// and in each month after it, in one pass over the orders.
    /// </summary>
    /// <remarks>
    /// Only months that acquired customers have a row. Column 0 is the month of acquisition (every
    /// customer of the row is active in it); the last column of every row is the month of
    /// <paramref name="through"/>, which may be a part month. Orders after <paramref name="through"/>
    /// are skipped. The look-back plays no part here.
    /// </remarks>
    /// <param name="orders">The orders of any number of customers, in any order.</param>
    /// <param name="through">The last day the table covers.</param>
    /// <returns>The table, rows in month order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null.</exception>
    /// <exception cref="ArgumentException">An order has no customer.</exception>
    public static AcquisitionCohortTable MonthlyCohorts(IEnumerable<CustomerOrder> orders, LocalDate through)
    {
        Guard.Against.Null(orders);
        var firstMonth = new Dictionary<CustomerId, int>();
        var activeMonths = new HashSet<(CustomerId Customer, int Month)>();
        foreach (var order in orders)
        {
            RequireCustomer(order, nameof(orders));
            if (order.Date > through)
            {
                continue;
            }

            var month = MonthIndex(order.Date);
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstMonth, order.Customer, out var seen);
            first = seen ? Math.Min(first, month) : month;
            activeMonths.Add((order.Customer, month));
        }

        var last = MonthIndex(through);
        var active = new Dictionary<int, long[]>();
        var size = new Dictionary<int, long>();
        foreach (var first in firstMonth.Values)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(size, first, out _)++;
        }

        foreach (var first in size.Keys)
        {
            active[first] = new long[last - first + 1];
        }

        foreach (var (customer, month) in activeMonths)
        {
            var first = firstMonth[customer];
            active[first][month - first]++;
        }

        var rows = size.Keys.Order().Select(m => new AcquisitionCohort(MonthOf(m), size[m], active[m])).ToArray();
        return new AcquisitionCohortTable(through, rows);
    }

    private static int MonthIndex(LocalDate date) => (date.Year * 12) + date.Month - 1;

    private static YearMonth MonthOf(int index)
    {
        var year = (int)Math.Floor(index / 12.0);
        return new YearMonth(year, index - (year * 12) + 1);
    }
}
