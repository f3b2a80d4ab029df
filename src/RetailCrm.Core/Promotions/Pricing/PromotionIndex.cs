namespace RetailCrm.Promotions;

using System.Collections.Frozen;

/// <summary>
/// The catalog's promotions by the SKUs and categories they name, built once when the catalog is
/// compiled, so that pricing looks only at the promotions a cart's lines can match: a promotion
/// whose products are not in the cart costs nothing beyond its gate.
/// </summary>
internal sealed class PromotionIndex
{
    public PromotionIndex(IReadOnlyList<CompiledPromotion> promotions)
    {
        var bySku = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCategory = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var compiled in promotions)
        {
            if (compiled.Lines != CompiledPromotion.LineSource.Indexed)
            {
                continue;
            }

            var target = compiled.Promotion.Target;
            foreach (var sku in target.IncludedSkus)
            {
                Add(bySku, sku.Value, compiled.Index);
            }

            foreach (var category in target.IncludedCategories)
            {
                Add(byCategory, category.Value, compiled.Index);
            }
        }

        // Keyed by the identifiers' text: a frozen dictionary of strings compares and hashes fastest.
        BySku = bySku.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        ByCategory = byCategory.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>For each SKU, the promotions (by evaluation index, ascending) that name it.</summary>
    public FrozenDictionary<string, int[]> BySku { get; }

    /// <summary>For each category, the promotions (by evaluation index, ascending) that name it.</summary>
    public FrozenDictionary<string, int[]> ByCategory { get; }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int promotion)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(promotion);
    }
}
