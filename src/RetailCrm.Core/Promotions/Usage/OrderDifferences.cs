namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>What differs between the uses an order recorded and the uses a cart would record for it, field by field.</summary>
internal static class OrderDifferences
{
    /// <summary>Each difference as "field: recorded, now"; empty when the order is the same.</summary>
    public static List<string> Between(IReadOnlyDictionary<PromotionId, PromotionUse> recorded, IReadOnlyList<(PromotionId Promotion, PromotionUse Use)> wanted, CustomerId shopper)
    {
        var differences = new List<string>();
        var shoppers = recorded.Values.Select(u => u.Customer).Distinct().Where(c => c != shopper).ToList();
        if (shoppers.Count > 0)
        {
            differences.Add($"shopper: {string.Join(", ", shoppers)} recorded, {shopper} now");
        }

        var before = recorded.Keys.Select(p => p.Value).Order(StringComparer.Ordinal).ToList();
        var now = wanted.Select(w => w.Promotion.Value).Order(StringComparer.Ordinal).ToList();
        if (!before.SequenceEqual(now))
        {
            differences.Add($"promotions used: [{string.Join(", ", before)}] recorded, [{string.Join(", ", now)}] now");
        }

        foreach (var (promotion, use) in wanted)
        {
            if (!recorded.TryGetValue(promotion, out var first))
            {
                continue;
            }

            if (first.Units != use.Units)
            {
                differences.Add($"{promotion} units: {first.Units} recorded, {use.Units} now");
            }

            if (first.Discount != use.Discount)
            {
                differences.Add($"{promotion} discount: {first.Discount} recorded, {use.Discount} now");
            }

            if (first.Coupon != use.Coupon)
            {
                differences.Add($"{promotion} coupon: {first.Coupon?.ToString() ?? "none"} recorded, {use.Coupon?.ToString() ?? "none"} now");
            }
        }

        return differences;
    }
}
