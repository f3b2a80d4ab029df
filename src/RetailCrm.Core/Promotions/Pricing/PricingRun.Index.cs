namespace RetailCrm.Promotions;

/// <content>
/// Which promotions a cart's lines can match, found through the catalog's <see cref="PromotionIndex"/>
/// once per cart: for each promotion the index names, the lines it targets, in canonical order, as a
/// linked list in shared arrays. Promotions are marked with the cart's generation number, so nothing
/// is cleared between carts.
/// </content>
internal sealed partial class PricingRun
{
    private int[] stamp = [];
    private int[] head = [];
    private int[] tail = [];
    private int[] nodeLine = new int[64];
    private int[] nodeNext = new int[64];
    private int nodeCount;
    private int generation;
    private int[] merchandise = [];
    private int merchandiseCount;

    // The first node of the promotion's list of lines, or -1 when no line of the cart is in it.
    private int FirstNode(int promotion) => stamp[promotion] == generation ? head[promotion] : -1;

    private void IndexLines(PromotionIndex index, int promotions)
    {
        if (stamp.Length < promotions)
        {
            var capacity = Math.Max(promotions, stamp.Length * 2);
            stamp = new int[capacity];
            head = new int[capacity];
            tail = new int[capacity];
            generation = 0;
        }

        if (++generation == int.MaxValue)
        {
            Array.Clear(stamp);
            generation = 1;
        }

        nodeCount = 0;
        merchandiseCount = 0;
        string? lastCategory = null;
        int[]? lastPromotions = null;
        for (var k = 0; k < LineCount; k++)
        {
            var line = Lines[k];
            if (index.BySku.TryGetValue(line.Sku.Value, out var bySku))
            {
                Link(bySku, k);
            }

            // Categories never select stored-value lines (gift cards, top-ups): only their SKU does.
            if (line.Kind == LineKind.StoredValue)
            {
                continue;
            }

            merchandise[merchandiseCount++] = k;
            foreach (var category in line.CategoryArray)
            {
                // Lines in canonical order often share a category with the line before (SKUs are
                // usually numbered within their category): then the previous lookup still holds.
                if (!string.Equals(category.Value, lastCategory, StringComparison.Ordinal))
                {
                    lastCategory = category.Value;
                    lastPromotions = index.ByCategory.GetValueOrDefault(lastCategory);
                }

                if (lastPromotions is not null)
                {
                    Link(lastPromotions, k);
                }
            }
        }
    }

    // Appends line k to each promotion's list, once even when its SKU and several categories match.
    private void Link(int[] promotions, int k)
    {
        foreach (var promotion in promotions)
        {
            if (stamp[promotion] == generation)
            {
                if (nodeLine[tail[promotion]] == k)
                {
                    continue;
                }
            }

            if (nodeCount == nodeLine.Length)
            {
                Array.Resize(ref nodeLine, nodeCount * 2);
                Array.Resize(ref nodeNext, nodeCount * 2);
            }

            var node = nodeCount++;
            nodeLine[node] = k;
            nodeNext[node] = -1;
            if (stamp[promotion] == generation)
            {
                nodeNext[tail[promotion]] = node;
            }
            else
            {
                stamp[promotion] = generation;
                head[promotion] = node;
            }

            tail[promotion] = node;
        }
    }
}
