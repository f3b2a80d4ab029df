namespace RetailCrm.Promotions;

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Primitives;

/// <summary>
/// A promotion's content as one canonical text: everything that decides what it does to a cart
/// (reward, target, condition, stacking, combination, percentage base, coupon, validity, cap,
/// limits, priority), and nothing that only names it (id, name). The catalog breaks the last tie
/// between promotions with it, so renaming a promotion never changes the order, and so never a price.
/// </summary>
/// <remarks>
/// The text is injective: two promotions get the same key only when their content is the same.
/// Text chosen by the shop (SKUs, categories, tokens, tiers) is written with its length before it,
/// and sets are written sorted, so no two different contents can read alike.
/// </remarks>
internal static class PromotionContent
{
    /// <summary>The canonical text of <paramref name="promotion"/>'s content.</summary>
    /// <exception cref="InvalidOperationException">A reward or condition of a kind the key does not know (a bug: the sets are closed).</exception>
    public static string Key(Promotion promotion)
    {
        var key = new StringBuilder(128);
        Append(key, promotion.Reward);
        key.Append("|target:");
        Append(key, promotion.Target);
        key.Append("|if:");
        Append(key, promotion.Condition);
        key.Append(CultureInfo.InvariantCulture, $"|priority:{promotion.Priority}|stacking:{(int)promotion.Stacking}|combines:{(int)promotion.CombinesWith}|base:{(int)promotion.PercentBase}|coupon:{promotion.RequiresCoupon}");
        key.Append("|from:").Append(promotion.ValidFrom is { } from ? InstantPattern.ExtendedIso.Format(from) : "-");
        key.Append("|until:").Append(promotion.ValidUntil is { } until ? InstantPattern.ExtendedIso.Format(until) : "-");
        key.Append("|cap:");
        Append(key, promotion.MaxDiscountPerOrder);
        var limits = promotion.Limits;
        key.Append(CultureInfo.InvariantCulture, $"|uses:{limits.MaxUses}|per-customer:{limits.MaxUsesPerCustomer}|stock:{limits.Stock}|budget:");
        Append(key, limits.Budget);
        return key.ToString();
    }

    private static void Append(StringBuilder key, Reward reward)
    {
        switch (reward)
        {
            case PercentOffReward r:
                key.Append("percent-off ").Append(Number(r.Percent.Value));
                break;
            case AmountOffReward r:
                key.Append("amount-off ");
                Append(key, r.PerUnit);
                break;
            case FixedPriceReward r:
                key.Append("fixed-price ");
                Append(key, r.UnitPrice);
                break;
            case QuantityTiersReward r:
                key.Append(CultureInfo.InvariantCulture, $"quantity-tiers {r.Tiers.Count}");
                foreach (var tier in r.Tiers)
                {
                    key.Append(CultureInfo.InvariantCulture, $" [{tier.MinUnits} ");
                    key.Append(tier.PercentOff is { } off ? Number(off.Value) : "-").Append(' ');
                    Append(key, tier.UnitPrice);
                    key.Append(']');
                }

                break;
            case BuyXGetYReward r:
                key.Append(CultureInfo.InvariantCulture, $"buy {r.Buy} get {r.Get} off {Number(r.Off.Value)} max {r.MaxApplications}");
                break;
            case BundleReward r:
                key.Append("bundle ");
                Append(key, r.Price);
                key.Append(CultureInfo.InvariantCulture, $" {r.Items.Count}");
                foreach (var item in r.Items.OrderBy(i => i.Sku.Value, StringComparer.Ordinal).ThenBy(i => i.Quantity))
                {
                    key.Append(CultureInfo.InvariantCulture, $" [{item.Quantity} ");
                    Text(key, item.Sku.Value);
                    key.Append(']');
                }

                break;
            case SpendThresholdReward r:
                key.Append(CultureInfo.InvariantCulture, $"spend-threshold repeat {r.Repeatable} max {r.MaxRepeats} {r.Tiers.Count}");
                foreach (var tier in r.Tiers)
                {
                    key.Append(" [");
                    Append(key, tier.Threshold);
                    key.Append(' ');
                    Append(key, tier.Off);
                    key.Append(']');
                }

                break;
            case OrderPercentOffReward r:
                key.Append("order-percent-off ").Append(Number(r.Percent.Value)).Append(' ');
                Append(key, r.Threshold);
                break;
            case FreeShippingReward r:
                key.Append("free-shipping ");
                Append(key, r.Threshold);
                break;
            case GiftReward r:
                key.Append(CultureInfo.InvariantCulture, $"gift {r.Quantity} ");
                Text(key, r.GiftSku.Value);
                Append(key, r.Threshold);
                break;
            case EarnCouponReward r:
                key.Append(CultureInfo.InvariantCulture, $"earn-coupon {r.Count} ");
                Text(key, r.Unlocks.Value);
                Append(key, r.Threshold);
                break;
            case BonusPointsReward r:
                key.Append(CultureInfo.InvariantCulture, $"bonus-points {r.Points.Value} ");
                Append(key, r.Threshold);
                break;
            default:
                throw new InvalidOperationException($"No content key for the reward {reward.GetType().Name}.");
        }
    }

    private static void Append(StringBuilder key, ProductSelector target)
    {
        key.Append(target.IncludesAll ? "all" : "named");
        Set(key, "skus", target.IncludedSkus.Select(s => s.Value));
        Set(key, "categories", target.IncludedCategories.Select(c => c.Value));
        Set(key, "except-skus", target.ExcludedSkus.Select(s => s.Value));
        Set(key, "except-categories", target.ExcludedCategories.Select(c => c.Value));
    }

    private static void Append(StringBuilder key, Condition condition)
    {
        switch (condition)
        {
            case AlwaysCondition:
                key.Append("always");
                break;
            case AllCondition c:
                Composite(key, "all", c.Conditions);
                break;
            case AnyCondition c:
                Composite(key, "any", c.Conditions);
                break;
            case NotCondition c:
                key.Append("not(");
                Append(key, c.Negated);
                key.Append(')');
                break;
            case LocalWindowCondition c:
                key.Append("between ").Append(LocalDateTimePattern.ExtendedIso.Format(c.Start)).Append(' ').Append(LocalDateTimePattern.ExtendedIso.Format(c.End));
                break;
            case DailyHoursCondition c:
                key.Append("daily ").Append(LocalTimePattern.ExtendedIso.Format(c.From)).Append(' ').Append(LocalTimePattern.ExtendedIso.Format(c.To));
                break;
            case MinimumSpendCondition c:
                key.Append("min-spend ");
                Append(key, c.Minimum);
                break;
            case MinimumQuantityCondition c:
                key.Append(CultureInfo.InvariantCulture, $"min-quantity {c.Units}");
                break;
            case TierCondition c:
                Set(key, c.Tiers.Count == 0 ? "members" : "tiers", c.Tiers.Select(t => t.Value));
                break;
            case SegmentCondition c:
                Set(key, "segments", c.Segments.Select(s => s.Value));
                break;
            case OrderHistoryCondition c:
                key.Append(c.FirstOrderOnly ? "first-order" : "returning");
                break;
            case AccessTokenCondition c:
                key.Append("token ");
                Text(key, c.Token);
                break;
            case ChannelCondition c:
                Set(key, "channels", c.Channels.Select(x => x.Value));
                break;
            case PaymentMethodCondition c:
                Set(key, "paid-with", c.Methods.Select(m => m.Value));
                break;
            default:
                throw new InvalidOperationException($"No content key for the condition {condition.GetType().Name}.");
        }
    }

    private static void Composite(StringBuilder key, string kind, IReadOnlyList<Condition> conditions)
    {
        // In order: "all" and "any" report the first failing condition's reason, so order is content.
        key.Append(CultureInfo.InvariantCulture, $"{kind} {conditions.Count}(");
        foreach (var condition in conditions)
        {
            Append(key, condition);
            key.Append(';');
        }

        key.Append(')');
    }

    private static void Append(StringBuilder key, Money? amount) =>
        key.Append(amount is { } money ? $"{money.Currency.Code}:{Number(money.Amount)}" : "-");

    private static void Set(StringBuilder key, string name, IEnumerable<string> values)
    {
        var sorted = values.Order(StringComparer.Ordinal).ToArray();
        key.Append(CultureInfo.InvariantCulture, $" {name} {sorted.Length}");
        foreach (var value in sorted)
        {
            key.Append(' ');
            Text(key, value);
        }
    }

    // Length first, so that text holding separators can never read as two values.
    private static void Text(StringBuilder key, string value) =>
        key.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
