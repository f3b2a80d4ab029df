namespace RetailCrm.Segmentation;

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
}
