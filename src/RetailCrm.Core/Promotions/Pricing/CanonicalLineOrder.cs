namespace RetailCrm.Promotions;

using System.Numerics;
using RetailCrm.Primitives;

/// <summary>
/// Orders cart lines by what they are, never by where they sit in the cart, so that pricing is
/// independent of line order. Lines equal in every respect tie, and are interchangeable. Reusable:
/// one instance sorts cart after cart on one thread.
/// </summary>
internal sealed class CanonicalLineOrder
{
    private CartLine[] lines = [];
    private ulong[] keys = [];

    /// <summary>Fills <paramref name="positions"/> with the indexes of the first lines of <paramref name="cartLines"/>, in canonical order.</summary>
    /// <remarks>
    /// Lines are sorted by SKU first, through <see cref="OrdinalPrefix"/> keys (the SKUs' shared prefix
    /// skipped, the next characters packed into one number); lines whose keys tie are compared in full.
    /// </remarks>
    public void Sort(CartLine[] cartLines, Span<int> positions)
    {
        var n = positions.Length;
        if (keys.Length < n)
        {
            keys = new ulong[Math.Max(n, keys.Length * 2)];
        }

        lines = cartLines;

        OrdinalPrefix.Keys(new Skus(lines, n), keys);

        // Each key's lowest bits are replaced by its line's position, so one array of numbers sorts
        // alone (cheaper than keys with items). Keys that differ only there now tie, and ties are
        // compared in full, so the order is the same.
        var positionBits = 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, n - 1));
        var positionMask = (1UL << positionBits) - 1;
        var sorted = keys.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            sorted[i] = (sorted[i] & ~positionMask) | (uint)i;
        }

        sorted.Sort();
        for (var i = 0; i < n; i++)
        {
            positions[i] = (int)(sorted[i] & positionMask);
        }

        for (var start = 0; start < n;)
        {
            var prefix = sorted[start] & ~positionMask;
            var end = start + 1;
            while (end < n && (sorted[end] & ~positionMask) == prefix)
            {
                end++;
            }

            if (end - start > 1)
            {
                SortTies(positions[start..end]);
            }

            start = end;
        }

        lines = [];
    }

    // Lines whose SKU keys tie, in full comparison order (insertion sort: ties are few).
    private void SortTies(Span<int> positions)
    {
        for (var i = 1; i < positions.Length; i++)
        {
            var item = positions[i];
            var j = i - 1;
            while (j >= 0 && CompareLines(positions[j], item) > 0)
            {
                positions[j + 1] = positions[j];
                j--;
            }

            positions[j + 1] = item;
        }
    }

    // The full comparison: SKU, then price, quantity, kind, cost and categories.
    private int CompareLines(int x, int y)
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

    private readonly struct Skus(CartLine[] lines, int count) : OrdinalPrefix.IIdentifiers
    {
        public int Count => count;

        public ReadOnlySpan<char> this[int index] => lines[index].Sku.Value;
    }
}
