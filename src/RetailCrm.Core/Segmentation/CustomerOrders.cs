namespace RetailCrm.Segmentation;

using System.Runtime.CompilerServices;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>The check every reader of <see cref="CustomerOrder"/>s makes before using one.</summary>
internal static class CustomerOrders
{
    /// <summary>The order's amount in minor units, once the order is known to have a customer and a rounded amount in <paramref name="currency"/>.</summary>
    /// <param name="order">The order.</param>
    /// <param name="currency">The currency every amount must be in.</param>
    /// <param name="paramName">The argument the orders came in, for the exception.</param>
    /// <returns>The amount in minor units.</returns>
    /// <exception cref="ArgumentException">The order has no customer, or its amount is missing, not rounded or in another currency.</exception>
    public static long MinorUnits(in CustomerOrder order, Currency currency, string paramName) =>
        !order.Customer.Equals(default) && order.Amount.TryGetMinorUnits(out var minor) && order.Amount.Currency == currency
            ? minor
            : throw new ArgumentException($"Every order needs a customer and a rounded amount in {currency}.", paramName);

    /// <summary>Checks <paramref name="order"/> as <see cref="MinorUnits"/> does, then whether <paramref name="rule"/> counts it: the one reading of an order every per-customer pass shares.</summary>
    /// <typeparam name="T">The tally per customer.</typeparam>
    /// <typeparam name="TRule">Which orders count (a struct, so the call inlines).</typeparam>
    /// <param name="order">The order.</param>
    /// <param name="evaluationDate">The date days are counted back from.</param>
    /// <param name="currency">The currency every amount must be in.</param>
    /// <param name="rule">Which orders count.</param>
    /// <param name="paramName">The argument the orders came in, for the exception.</param>
    /// <param name="daysAgo">Days from the order to <paramref name="evaluationDate"/>.</param>
    /// <param name="minor">The amount in minor units.</param>
    /// <returns>Whether the order counts.</returns>
    /// <exception cref="ArgumentException">The order has no customer, or its amount is missing, not rounded or in another currency.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Counts<T, TRule>(in CustomerOrder order, LocalDate evaluationDate, Currency currency, TRule rule, string paramName, out int daysAgo, out long minor)
        where T : struct
        where TRule : struct, IOrderTally<T>
    {
        minor = MinorUnits(order, currency, paramName);
        daysAgo = Period.DaysBetween(order.Date, evaluationDate);
        return rule.Counts(daysAgo);
    }
}
