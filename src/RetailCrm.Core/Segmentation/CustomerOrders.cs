namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>The check every reader of <see cref="CustomerOrder"/>s makes before using one.</summary>
internal static class CustomerOrders
{
    /// <summary>Throws unless the order has a customer and a rounded amount in <paramref name="currency"/>.</summary>
    /// <exception cref="ArgumentException">The order has no customer, or its amount is missing, not rounded or in another currency.</exception>
    public static void Require(in CustomerOrder order, Currency currency, string paramName)
    {
        if (order.Customer.Value.Length == 0 || order.Amount == default || order.Amount.Currency != currency || !order.Amount.IsRounded)
        {
            throw new ArgumentException($"Every order needs a customer and a rounded amount in {currency}.", paramName);
        }
    }
}
