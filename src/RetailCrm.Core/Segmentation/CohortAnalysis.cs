namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Cohort measures from customers' orders: retention and churn of the customers active before a
/// period, the new and reactivated customers and the repeat-purchase rate within it, and the
/// monthly acquisition-cohort table.
/// </summary>
/// <remarks>
/// Every order counts as a purchase whatever its amount (amounts are not read, so orders of any
/// currency may be mixed); pass purchases, not refunds. Several orders of a customer on one day are
/// several purchases.
/// </remarks>
public sealed partial class CohortAnalysis
{
    /// <summary>Creates an analysis.</summary>
    /// <param name="lookbackDays">How far back before a period an order makes a customer active, and so a member of its cohort, in days (1 to 3,650).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lookbackDays"/> is out of range.</exception>
    public CohortAnalysis(int lookbackDays) => LookbackDays = Guard.Against.OutOfRange(lookbackDays, nameof(lookbackDays), 1, 3_650);

    /// <summary>A cohort of the customers with an order in the 365 days before the period.</summary>
    public static CohortAnalysis Default { get; } = new(365);

    /// <summary>How far back before a period an order makes a customer a member of its cohort, in days.</summary>
    public int LookbackDays { get; }

    /// <summary>
    /// Measures the period from <paramref name="from"/> to <paramref name="to"/> (both included) in
    /// one pass over the orders, nothing allocated per order.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The cohort is the customers active at <paramref name="from"/>: with an order in the
    /// <see cref="LookbackDays"/> days before it. Retained are the cohort customers with an order in
    /// the period, churned the others; retention and churn are their shares of the cohort, to a
    /// hundredth of a percent, adding up to exactly 100%.
    /// </para>
    /// <para>
    /// Active are the customers with an order in the period: retained, new (their first order ever
    /// is in the period) or reactivated (they had ordered before the look-back, not in it). The
    /// repeat-purchase rate is the share of active customers with at least two orders in the period.
    /// </para>
    /// <para>An empty cohort or an empty period gives rates of zero, not an exception. Orders after <paramref name="to"/> are skipped.</para>
    /// </remarks>
    /// <param name="orders">The orders of any number of customers, in any order.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period.</param>
    /// <returns>The counts and rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is after <paramref name="to"/>.</exception>
    /// <exception cref="ArgumentException">An order has no customer.</exception>
    public RetentionReport Measure(IEnumerable<CustomerOrder> orders, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(orders);
        if (from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, $"The period must not start after it ends ({to}).");
        }

        var lookbackFrom = from.PlusDays(-LookbackDays);
        var tallies = new Dictionary<CustomerId, Tally>();
        foreach (var order in orders)
        {
            RequireCustomer(order, nameof(orders));
            if (order.Date > to)
            {
                continue;
            }

            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(tallies, order.Customer, out _);
            if (order.Date >= from)
            {
                tally.InPeriod++;
            }
            else if (order.Date >= lookbackFrom)
            {
                tally.InLookback = true;
            }
            else
            {
                tally.Earlier = true;
            }
        }

        long cohort = 0, retained = 0, active = 0, fresh = 0, reactivated = 0, repeat = 0;
        foreach (var tally in tallies.Values)
        {
            cohort += tally.InLookback ? 1 : 0;
            if (tally.InPeriod == 0)
            {
                continue;
            }

            active++;
            repeat += tally.InPeriod >= 2 ? 1 : 0;
            retained += tally.InLookback ? 1 : 0;
            fresh += !tally.InLookback && !tally.Earlier ? 1 : 0;
            reactivated += !tally.InLookback && tally.Earlier ? 1 : 0;
        }

        return new RetentionReport(from, to, lookbackFrom, cohort, retained, active, fresh, reactivated, repeat);
    }

    private static void RequireCustomer(in CustomerOrder order, string paramName)
    {
        if (order.Customer.Value.Length == 0)
        {
            throw new ArgumentException("Every order needs a customer.", paramName);
        }
    }

    // One customer's orders relative to the period: in it (counted), in the look-back, before the look-back.
    private struct Tally
    {
        public int InPeriod;
        public bool InLookback;
        public bool Earlier;
    }
}
