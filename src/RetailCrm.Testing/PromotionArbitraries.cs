namespace RetailCrm.Testing;

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// FsCheck generators for pricing scenarios in CNY: carts of up to a dozen lines drawn from a small
/// pool of SKUs and categories (so promotions often overlap), promotions of every reward kind, every
/// stacking and combination rule, and sets of promotions with distinct ids and clashing priorities.
/// Use as <c>[Property(Arbitrary = [typeof(PromotionArbitraries)])]</c> with parameters of type
/// <see cref="Cart"/>, <see cref="Promotion"/>[] and <see cref="Shopper"/>, and price against a
/// catalog built with <see cref="Options"/>.
/// </summary>
/// <remarks>
/// Every generated value is valid by construction. A generated promotion's name describes it
/// (reward, target, condition, priority, stacking, combination, cap and limits), so a failing case
/// reads as the promotions it holds. Shrinking drops lines and promotions and simplifies what remains.
/// </remarks>
public static partial class PromotionArbitraries
{
    private static readonly Currency Cny = Currency.CNY;

    private static readonly Sku[] SkuArray = [.. Enumerable.Range(0, 8).Select(i => new Sku($"sku-{i}"))];

    private static readonly CategoryId[] CategoryArray = [.. Enumerable.Range(0, 4).Select(i => new CategoryId($"cat-{i}"))];

    /// <summary>The settings generated promotions are priced with: CNY, in the Asia/Shanghai time zone.</summary>
    public static PricingOptions Options { get; } = new(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The SKUs generated carts and promotions draw from: "sku-0" to "sku-7".</summary>
    public static IReadOnlyList<Sku> SkuPool => SkuArray;

    /// <summary>The categories generated carts and promotions draw from: "cat-0" to "cat-3".</summary>
    public static IReadOnlyList<CategoryId> CategoryPool => CategoryArray;

    /// <summary>Carts of 0 to 12 lines; see <see cref="CartGen"/>.</summary>
    /// <returns>The arbitrary; shrinks by dropping lines, then by simplifying the shipping charge and the lines.</returns>
    public static Arbitrary<Cart> Carts() => Arb.From(CartGen(), ShrinkCart);

    /// <summary>Sets of 0 to 8 promotions with distinct ids; see <see cref="PromotionSetGen"/>.</summary>
    /// <returns>The arbitrary; shrinks by dropping promotions, then by simplifying each one.</returns>
    public static Arbitrary<Promotion[]> PromotionSets() => Arb.From(PromotionSetGen(), ShrinkPromotions);

    /// <summary>Shoppers on their first order or returning; see <see cref="ShopperGen"/>.</summary>
    /// <returns>The arbitrary; shrinks towards a first order.</returns>
    public static Arbitrary<Shopper> Shoppers() =>
        Arb.From(ShopperGen(), shopper => shopper.IsFirstOrder ? [] : [new Shopper(shopper.Customer)]);

    /// <summary>The generator behind <see cref="Carts"/>.</summary>
    /// <returns>
    /// A generator of CNY carts of 0 to 12 lines (see <see cref="CartLineGen"/>) and, in two carts
    /// out of three, a shipping charge of CNY 0.00 to 30.00.
    /// </returns>
    public static Gen<Cart> CartGen() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 4)), (4, Gen.Choose(5, 12)))
        from lines in Gen.ArrayOf(CartLineGen(), count)
        from shipping in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 3_000)))
        select new Cart(Cny, lines) { Shipping = Fen(shipping) };

    /// <summary>One cart line in CNY.</summary>
    /// <returns>
    /// A generator of lines of a SKU from <see cref="SkuPool"/>, in zero to two categories from
    /// <see cref="CategoryPool"/>, of 1 to 6 units at CNY 0.00 to 500.00 each in whole fen (free,
    /// cheap, whole-yuan and odd prices); about one line in eight is <see cref="LineKind.StoredValue"/>.
    /// </returns>
    public static Gen<CartLine> CartLineGen() =>
        from sku in Gen.Elements(SkuArray)
        from categoryCount in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (2, Gen.Constant(2)))
        from categories in Gen.Shuffle(CategoryArray)
        from quantity in Gen.Frequency((3, Gen.Constant(1)), (4, Gen.Choose(2, 6)))
        from unitPrice in Gen.Frequency(
            (1, Gen.Constant(0)),
            (2, Gen.Choose(1, 999)),
            (3, Gen.Choose(1, 500).Select(yuan => yuan * 100)),
            (4, Gen.Choose(1_000, 50_000)))
        from storedValue in Gen.Frequency((7, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new CartLine(sku, quantity, Fen(unitPrice), categories.Take(categoryCount))
        {
            Kind = storedValue ? LineKind.StoredValue : LineKind.Merchandise,
        };

    /// <summary>The generator behind <see cref="Shoppers"/>.</summary>
    /// <returns>A generator of shoppers "c-prop", on their first order or with 1 to 5 earlier orders.</returns>
    public static Gen<Shopper> ShopperGen() =>
        Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 5)))
            .Select(previous => new Shopper(new CustomerId("c-prop")) { PreviousOrders = previous });

    /// <summary>The generator behind <see cref="PromotionSets"/>.</summary>
    /// <returns>A generator of 0 to 8 promotions (see <see cref="PromotionGen"/>) with the distinct ids "p0", "p1" and so on.</returns>
    public static Gen<Promotion[]> PromotionSetGen() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)), (4, Gen.Choose(4, 8)))
        from promotions in Gen.CollectToArray(Enumerable.Range(0, count), i => PromotionGen(new PromotionId($"p{i}")))
        select promotions;

    /// <summary>One promotion of any kind.</summary>
    /// <param name="id">The promotion's id.</param>
    /// <returns>
    /// A generator of promotions with a reward from <see cref="RewardGen"/>, a target from
    /// <see cref="TargetGen"/>, a condition from <see cref="ConditionGen"/>, a priority of 0 to 3
    /// (so priorities often tie), any <see cref="Stacking"/>, mostly every class to combine with but
    /// sometimes a random set, a percentage base of either kind, sometimes a cap per order of
    /// CNY 0.01 to 200.00, and now and then flash-sale stock or a budget.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public static Gen<Promotion> PromotionGen(PromotionId id)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("The promotion id is required.", nameof(id));
        }

        return from reward in RewardGen()
               from target in TargetGen()
               from condition in ConditionGen()
               from priority in Gen.Choose(0, 3)
               from stacking in Gen.Frequency((6, Gen.Constant(Stacking.Stackable)), (1, Gen.Constant(Stacking.Exclusive)), (2, Gen.Constant(Stacking.StopsFurther)))
               from combinesWith in Gen.Frequency((3, Gen.Constant(PromotionClasses.All)), (1, Gen.Choose(0, 7).Select(flags => (PromotionClasses)flags)))
               from percentBase in Gen.Frequency((4, Gen.Constant(PercentBase.Sequential)), (1, Gen.Constant(PercentBase.Original)))
               from cap in Gen.Frequency((8, Gen.Constant<Money?>(null)), (1, Gen.Constant<Money?>(Fen(1))), (3, Gen.Choose(1, 20_000).Select(fen => (Money?)Fen(fen))))
               from limits in LimitsGen()
               select Build(id, reward, target, condition, priority, stacking, combinesWith, percentBase, cap, limits);
    }

    /// <summary>Rewards of every kind.</summary>
    /// <returns>
    /// A generator of percent off, amount off each, fixed price, quantity tiers (percentages and unit
    /// prices), buy X get Y (free or partly off, with or without a limit), bundle price, spend
    /// threshold (tiered or repeatable), order percent off, free shipping, gift, earned coupon and
    /// bonus points, with amounts in CNY and thresholds from zero to a few hundred yuan.
    /// </returns>
    public static Gen<Reward> RewardGen() =>
        Gen.Frequency(
            (3, PercentGen().Select(Reward.PercentOff)),
            (2, Gen.Choose(1, 10_000).Select(fen => Reward.AmountOffEach(Fen(fen)))),
            (2, Gen.Choose(0, 30_000).Select(fen => Reward.FixedPrice(Fen(fen)))),
            (2, QuantityTiersGen()),
            (3, BuyXGetYGen()),
            (2, BundleGen()),
            (3, SpendThresholdGen()),
            (2, from percent in PercentGen() from threshold in ThresholdGen() select Reward.OrderPercentOff(percent, threshold)),
            (2, ThresholdGen().Select(Reward.FreeShipping)),
            (1, from gift in Gen.Choose(0, 2) from quantity in Gen.Choose(1, 2) from threshold in ThresholdGen() select Reward.Gift(new Sku($"gift-{gift}"), quantity, threshold)),
            (1, from count in Gen.Choose(1, 2) from threshold in ThresholdGen() select Reward.EarnCoupon(new PromotionId("next-order"), count, threshold)),
            (1, from points in Gen.Choose(1, 1_000) from threshold in ThresholdGen() select Reward.BonusPoints(Points.Of(points), threshold)));

    /// <summary>Targets over <see cref="SkuPool"/> and <see cref="CategoryPool"/>.</summary>
    /// <returns>
    /// A generator of every line, some SKUs, some categories, a mix of both, and any of these minus
    /// excluded SKUs or categories.
    /// </returns>
    public static Gen<ProductSelector> TargetGen()
    {
        var included = Gen.Frequency(
            (4, Gen.Constant(ProductSelector.All)),
            (3, SomeOf(SkuArray, 3).Select(skus => ProductSelector.Skus(skus))),
            (2, SomeOf(CategoryArray, 2).Select(categories => ProductSelector.Categories(categories))),
            (1, from skus in SomeOf(SkuArray, 2) from categories in SomeOf(CategoryArray, 1) select ProductSelector.Of(skus, categories)));
        return from selector in included
               from exclusion in Gen.Choose(0, 5)
               from skus in SomeOf(SkuArray, 2)
               from categories in SomeOf(CategoryArray, 1)
               select exclusion switch
               {
                   0 => selector.Except(skus),
                   1 => selector.ExceptCategories(categories),
                   _ => selector,
               };
    }

    /// <summary>Simple conditions.</summary>
    /// <returns>
    /// A generator of no condition (most often), a minimum spend of CNY 0.01 to 800.00, a minimum
    /// quantity of 1 to 8 units, returning customers only, or a minimum spend for returning customers.
    /// </returns>
    public static Gen<Condition> ConditionGen() =>
        Gen.Frequency(
            (6, Gen.Constant(Condition.Always)),
            (2, Gen.Choose(1, 80_000).Select(fen => Condition.MinimumSpend(Fen(fen)))),
            (2, Gen.Choose(1, 8).Select(Condition.MinimumQuantity)),
            (1, Gen.Constant(Condition.ReturningCustomer)),
            (1, Gen.Choose(1, 80_000).Select(fen => Condition.All(Condition.MinimumSpend(Fen(fen)), Condition.ReturningCustomer))));

    private static Gen<PromotionLimits> LimitsGen() =>
        Gen.Frequency(
            (8, Gen.Constant(PromotionLimits.None)),
            (1, Gen.Choose(1, 6).Select(stock => new PromotionLimits { Stock = stock })),
            (1, Gen.Choose(1, 10_000).Select(fen => new PromotionLimits { Budget = Fen(fen) })));

    private static Gen<Percentage> PercentGen() =>
        Gen.Frequency(
            (1, Gen.Constant(Percentage.Hundred)),
            (6, Gen.Choose(1, 99).Select(whole => Percentage.FromPercent(whole))),
            (2, Gen.Choose(1, 9_999).Select(hundredths => Percentage.FromPercent(hundredths / 100m))));

    private static Gen<Money> ThresholdGen() =>
        Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 500).Select(yuan => yuan * 100)), (1, Gen.Choose(1, 50_000)))
            .Select(fen => Fen(fen));

    private static Gen<Reward> QuantityTiersGen() =>
        from count in Gen.Choose(1, 3)
        from steps in Gen.ArrayOf(Gen.Choose(1, 4), count)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 2), count)
        from percents in Gen.ArrayOf(PercentGen(), count)
        from prices in Gen.ArrayOf(Gen.Choose(0, 30_000), count)
        select Reward.QuantityTiers(Enumerable.Range(0, count).Select(i =>
        {
            var minUnits = steps.Take(i + 1).Sum();
            return kinds[i] == 0 ? QuantityTier.Price(minUnits, Fen(prices[i])) : QuantityTier.Percent(minUnits, percents[i]);
        }));

    private static Gen<Reward> BuyXGetYGen() =>
        from buy in Gen.Choose(1, 3)
        from get in Gen.Choose(1, 3)
        from off in Gen.Frequency((3, Gen.Constant(Percentage.Hundred)), (2, PercentGen()))
        from max in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 3).Select(m => (int?)m)))
        select Reward.BuyXGetY(buy, get, off, max);

    private static Gen<Reward> BundleGen() =>
        from count in Gen.Frequency((3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from skus in Gen.Shuffle(SkuArray)
        from quantities in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(2))), count)
        from price in Gen.Choose(0, 50_000)
        select Reward.BundlePrice(Fen(price), skus.Take(count).Select((sku, i) => new BundleItem(sku, quantities[i])));

    private static Gen<Reward> SpendThresholdGen()
    {
        var tiered =
            from count in Gen.Choose(1, 3)
            from steps in Gen.ArrayOf(Gen.Choose(1, 300), count)
            from offs in Gen.ArrayOf(Gen.Choose(1, 10_000), count)
            select Reward.SpendThreshold(Enumerable.Range(0, count).Select(i => new SpendTier(Fen(steps.Take(i + 1).Sum() * 100L), Fen(offs[i]))));
        var repeatable =
            from threshold in Gen.Choose(1, 40_000)
            from off in Gen.Choose(1, 5_000)
            from max in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 3).Select(m => (int?)m)))
            select Reward.SpendThreshold([new SpendTier(Fen(threshold), Fen(off))], repeatable: true, maxRepeats: max);
        return Gen.Frequency((2, tiered), (1, repeatable));
    }

    private static Gen<T[]> SomeOf<T>(T[] pool, int most) =>
        from count in Gen.Choose(1, most)
        from shuffled in Gen.Shuffle(pool)
        select shuffled.Take(count).ToArray();

    private static Money Fen(long minorUnits) => Money.FromMinorUnits(minorUnits, Cny);

    private static Promotion Build(
        PromotionId id,
        Reward reward,
        ProductSelector target,
        Condition condition,
        int priority,
        Stacking stacking,
        PromotionClasses combinesWith,
        PercentBase percentBase,
        Money? cap,
        PromotionLimits limits)
    {
        // The name describes the promotion, so a failing case reads as its promotions.
        Promotion Make(string name) => new(id, name, reward)
        {
            Target = target,
            Condition = condition,
            Priority = priority,
            Stacking = stacking,
            CombinesWith = combinesWith,
            PercentBase = percentBase,
            MaxDiscountPerOrder = cap,
            Limits = limits,
        };

        return Make(Describe(Make(id.Value)));
    }

    private static Promotion Rebuild(
        Promotion promotion,
        ProductSelector? target = null,
        Condition? condition = null,
        int? priority = null,
        Stacking? stacking = null,
        PromotionClasses? combinesWith = null,
        PercentBase? percentBase = null,
        bool dropCap = false,
        PromotionLimits? limits = null) =>
        Build(
            promotion.Id,
            promotion.Reward,
            target ?? promotion.Target,
            condition ?? promotion.Condition,
            priority ?? promotion.Priority,
            stacking ?? promotion.Stacking,
            combinesWith ?? promotion.CombinesWith,
            percentBase ?? promotion.PercentBase,
            dropCap ? null : promotion.MaxDiscountPerOrder,
            limits ?? promotion.Limits);

    private static string Describe(Promotion promotion)
    {
        var text = $"{promotion.Reward} on {promotion.Target}";
        if (promotion.Condition != Condition.Always)
        {
            text += $" if {promotion.Condition}";
        }

        text += string.Create(CultureInfo.InvariantCulture, $", priority {promotion.Priority}");
        if (promotion.Stacking != Stacking.Stackable)
        {
            text += $", {promotion.Stacking}";
        }

        if (promotion.CombinesWith != PromotionClasses.All)
        {
            text += $", combines with {promotion.CombinesWith}";
        }

        if (promotion.PercentBase != PercentBase.Sequential)
        {
            text += ", percent of list price";
        }

        if (promotion.MaxDiscountPerOrder is { } cap)
        {
            text += $", at most {cap}";
        }

        if (promotion.Limits.Stock is { } stock)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", stock {stock}");
        }

        if (promotion.Limits.Budget is { } budget)
        {
            text += $", budget {budget}";
        }

        return text;
    }
}
