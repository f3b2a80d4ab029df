namespace RetailCrm.Promotions;

/// <summary>
/// Orders cart lines by what they are, never by where they sit in the cart, so that pricing is
/// independent of line order. Lines equal in every respect tie, and are interchangeable. Reusable:
/// one instance sorts cart after cart on one thread.
/// </summary>
internal sealed class CanonicalLineOrder : IComparer<int>
{
    private IReadOnlyList<CartLine> lines = [];

    /// <summary>Sorts <paramref name="positions"/> (indexes into <paramref name="cartLines"/>) into canonical order.</summary>
    public void Sort(IReadOnlyList<CartLine> cartLines, Span<int> positions)
    {
        lines = cartLines;
        if (positions.Length <= 16)
        {
            // Insertion sort: small carts are the common case, and it needs no comparer call through an interface.
            for (var i = 1; i < positions.Length; i++)
            {
                var item = positions[i];
                var j = i - 1;
                while (j >= 0 && Compare(positions[j], item) > 0)
                {
                    positions[j + 1] = positions[j];
                    j--;
                }

                positions[j + 1] = item;
            }
        }
        else
        {
            positions.Sort(this);
        }

        lines = [];
    }

    /// <inheritdoc />
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
