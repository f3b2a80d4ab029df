namespace RetailCrm.Promotions;

using System.Collections.Frozen;
using RetailCrm.Primitives;

/// <summary>
/// The catalog's promotions by the SKUs and categories they name, built once when the catalog is
/// compiled, so that pricing looks only at the promotions a cart's lines can match: a promotion
/// whose products are not in the cart costs nothing beyond its gate.
/// </summary>
internal sealed class PromotionIndex
{
    public PromotionIndex(IReadOnlyList<CompiledPromotion> promotions)
    {
        var bySku = new Dictionary<Sku, List<int>>();
        var byCategory = new Dictionary<CategoryId, List<int>>();
        foreach (var compiled in promotions)
        {
            if (compiled.Lines != CompiledPromotion.LineSource.Indexed)
            {
                continue;
            }

            var target = compiled.Promotion.Target;
            foreach (var sku in target.IncludedSkus)
            {
                Add(bySku, sku, compiled.Index);
            }

            foreach (var category in target.IncludedCategories)
            {
                Add(byCategory, category, compiled.Index);
            }
        }

        BySku = bySku.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        ByCategory = byCategory.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>For each SKU, the promotions (by evaluation index, ascending) that name it.</summary>
    public FrozenDictionary<Sku, int[]> BySku { get; }

    /// <summary>For each category, the promotions (by evaluation index, ascending) that name it.</summary>
    public FrozenDictionary<CategoryId, int[]> ByCategory { get; }

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
