namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;

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
        var customers = new CustomerTallies<(int First, int Orders)>();
        var months = new List<(int Slot, int Month)>();
        foreach (var order in orders)
        {
            RequireCustomer(order, nameof(orders));
            if (order.Date > through)
            {
                continue;
            }

            var month = MonthIndex(order.Date);
            ref var tally = ref customers.Of(order.Customer, out var slot, out var added);
            tally = (added ? month : Math.Min(tally.First, month), tally.Orders + 1);
            months.Add((slot, month));
        }

        return Table(customers, months, through);
    }

    // Groups the order months by customer (a counting sort), then counts each customer once per month they bought in.
    private static AcquisitionCohortTable Table(CustomerTallies<(int First, int Orders)> customers, List<(int Slot, int Month)> months, LocalDate through)
    {
        customers.Freeze();
        var last = MonthIndex(through);
        var start = new int[customers.Count + 1];
        var size = new Dictionary<int, long>();
        for (var slot = 0; slot < customers.Count; slot++)
        {
            start[slot + 1] = start[slot] + customers.At(slot).Orders;
            CollectionsMarshal.GetValueRefOrAddDefault(size, customers.At(slot).First, out _)++;
        }

        var grouped = new int[months.Count];
        var next = (int[])start.Clone();
        foreach (var (slot, month) in CollectionsMarshal.AsSpan(months))
        {
            grouped[next[slot]++] = month;
        }

        var active = size.Keys.ToDictionary(m => m, m => new long[last - m + 1]);
        for (var slot = 0; slot < customers.Count; slot++)
        {
            var own = grouped.AsSpan(start[slot], start[slot + 1] - start[slot]);
            own.Sort();
            var first = customers.At(slot).First;
            var row = active[first];
            for (var i = 0; i < own.Length; i++)
            {
                if (i == 0 || own[i] != own[i - 1])
                {
                    row[own[i] - first]++;
                }
            }
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
