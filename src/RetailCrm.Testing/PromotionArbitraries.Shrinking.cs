namespace RetailCrm.Testing;

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

// Shrinkers of the pricing generators: fewer lines and promotions, then simpler ones.
public static partial class PromotionArbitraries
{
    private static IEnumerable<Cart> ShrinkCart(Cart cart)
    {
        var lines = cart.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            yield return new Cart(cart.Currency, lines.Where((_, index) => index != i)) { Shipping = cart.Shipping };
        }

        if (!cart.Shipping.IsZero)
        {
            yield return new Cart(cart.Currency, lines);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var simpler in ShrinkLine(lines[i]))
            {
                yield return new Cart(cart.Currency, lines.Select((line, index) => index == i ? simpler : line)) { Shipping = cart.Shipping };
            }
        }
    }

    private static IEnumerable<CartLine> ShrinkLine(CartLine line)
    {
        if (line.Quantity > 1)
        {
            yield return new CartLine(line.Sku, 1, line.UnitPrice, line.Categories) { Kind = line.Kind };
        }

        if (line.Categories.Count > 0)
        {
            yield return new CartLine(line.Sku, line.Quantity, line.UnitPrice, line.Categories.Take(line.Categories.Count - 1)) { Kind = line.Kind };
        }

        if (line.Kind != LineKind.Merchandise)
        {
            yield return new CartLine(line.Sku, line.Quantity, line.UnitPrice, line.Categories);
        }

        var fen = line.UnitPrice.ToMinorUnits();
        var whole = fen / 100 * 100;
        if (whole != fen)
        {
            yield return new CartLine(line.Sku, line.Quantity, Fen(whole), line.Categories) { Kind = line.Kind };
        }
    }

    private static IEnumerable<Promotion[]> ShrinkPromotions(Promotion[] promotions)
    {
        for (var i = 0; i < promotions.Length; i++)
        {
            yield return [.. promotions.Where((_, index) => index != i)];
        }

        for (var i = 0; i < promotions.Length; i++)
        {
            foreach (var simpler in ShrinkPromotion(promotions[i]))
            {
                var copy = (Promotion[])promotions.Clone();
                copy[i] = simpler;
                yield return copy;
            }
        }
    }

    private static IEnumerable<Promotion> ShrinkPromotion(Promotion promotion)
    {
        if (promotion.Condition != Condition.Always)
        {
            yield return Rebuild(promotion, condition: Condition.Always);
        }

        if (promotion.Target != ProductSelector.All)
        {
            yield return Rebuild(promotion, target: ProductSelector.All);
        }

        if (promotion.Limits != PromotionLimits.None)
        {
            yield return Rebuild(promotion, limits: PromotionLimits.None);
        }

        if (promotion.MaxDiscountPerOrder is not null)
        {
            yield return Rebuild(promotion, dropCap: true);
        }

        if (promotion.CombinesWith != PromotionClasses.All)
        {
            yield return Rebuild(promotion, combinesWith: PromotionClasses.All);
        }

        if (promotion.Stacking != Stacking.Stackable)
        {
            yield return Rebuild(promotion, stacking: Stacking.Stackable);
        }

        if (promotion.PercentBase != PercentBase.Sequential)
        {
            yield return Rebuild(promotion, percentBase: PercentBase.Sequential);
        }

        if (promotion.Priority != 0)
        {
            yield return Rebuild(promotion, priority: 0);
        }
    }
}
