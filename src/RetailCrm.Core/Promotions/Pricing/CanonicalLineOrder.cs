namespace RetailCrm.Promotions;

/// <summary>
/// Orders cart lines by what they are, never by where they sit in the cart, so that pricing is
/// independent of line order. Lines equal in every respect tie, and are interchangeable.
/// </summary>
internal sealed class CanonicalLineOrder(IReadOnlyList<CartLine> lines) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        var a = lines[x];
        var b = lines[y];
        var order = string.CompareOrdinal(a.Sku.Value, b.Sku.Value);
        if (order == 0)
        {
            order = a.UnitPrice.Amount.CompareTo(b.UnitPrice.Amount);
        }

        if (order == 0)
        {
            order = a.Quantity.CompareTo(b.Quantity);
        }

        if (order == 0)
        {
            order = a.Kind.CompareTo(b.Kind);
        }

        if (order == 0)
        {
            order = (a.UnitCost?.Amount ?? -1m).CompareTo(b.UnitCost?.Amount ?? -1m);
        }

        if (order == 0)
        {
            order = a.Categories.Count.CompareTo(b.Categories.Count);
            for (var i = 0; order == 0 && i < a.Categories.Count; i++)
            {
                order = string.CompareOrdinal(a.Categories[i].Value, b.Categories[i].Value);
            }
        }

        return order;
    }
}
