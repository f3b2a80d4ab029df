namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// What a promotion gives, as data: a discount on items (percent, amount, fixed price, quantity
/// tiers, buy X get Y, bundle price), on the order (spend thresholds, percent over a threshold),
/// on shipping, or something beside the price (a gift, a coupon for a later order, bonus points).
/// </summary>
/// <remarks>
/// The set of rewards is closed (build them with the factory methods); each kind is a public
/// sealed type whose properties an adapter can read to store it. The reward decides the
/// promotion's <see cref="PromotionClass"/>.
/// </remarks>
public abstract class Reward
{
    private protected Reward(PromotionClass @class) => Class = @class;

    /// <summary>What the reward discounts.</summary>
    public PromotionClass Class { get; }

    /// <summary>A percentage off each targeted unit (618's "up to 70% off" is a 70% reward on some lines).</summary>
    /// <param name="percent">Above 0% and at most 100%.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is 0% or above 100%.</exception>
    public static Reward PercentOff(Percentage percent) => new PercentOffReward(percent);

    /// <summary>An amount off each targeted unit; a unit never goes below zero.</summary>
    /// <param name="perUnit">The amount off one unit, rounded, positive.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentException"><paramref name="perUnit"/> is not rounded or not positive.</exception>
    public static Reward AmountOffEach(Money perUnit) => new AmountOffReward(perUnit);

    /// <summary>Each targeted unit at a fixed price (a flash-sale price); units already cheaper stay as they are.</summary>
    /// <param name="unitPrice">The price of one unit, rounded, not negative.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitPrice"/> is not rounded or negative.</exception>
    public static Reward FixedPrice(Money unitPrice) => new FixedPriceReward(unitPrice);

    /// <summary>Quantity tiers over the targeted units: buy 3 pay less per unit, buy 10 less again. The highest tier reached applies to every unit.</summary>
    /// <param name="tiers">At least one tier, minimum quantities strictly increasing.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="ArgumentException">No tier, or minimum quantities not strictly increasing, or mixed currencies.</exception>
    public static Reward QuantityTiers(params IEnumerable<QuantityTier> tiers) => new QuantityTiersReward(tiers);

    /// <summary>
    /// Buy <paramref name="buy"/> get <paramref name="get"/>: in every group of buy + get targeted
    /// units, the cheapest <paramref name="get"/> are free (or <paramref name="off"/> off). The
    /// free units must be in the cart; the units that qualify are never the ones given away.
    /// </summary>
    /// <param name="buy">Units paid for per group, at least 1.</param>
    /// <param name="get">Units discounted per group, at least 1.</param>
    /// <param name="off">The discount on those units; 100% (free) when omitted.</param>
    /// <param name="maxApplications">How many groups one order may discount, or <see langword="null"/> for no limit.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1, or <paramref name="off"/> is 0% or above 100%.</exception>
    public static Reward BuyXGetY(int buy, int get, Percentage? off = null, int? maxApplications = null) =>
        new BuyXGetYReward(buy, get, off ?? Percentage.Hundred, maxApplications);

    /// <summary>A set of items together at a bundle price; every complete set in the cart gets it.</summary>
    /// <param name="price">The price of one complete set, rounded, not negative.</param>
    /// <param name="items">The items of one set, each SKU once, two units at least in total.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two units, a SKU twice, or <paramref name="price"/> not rounded or negative.</exception>
    public static Reward BundlePrice(Money price, params IEnumerable<BundleItem> items) => new BundleReward(price, items);

    /// <summary>
    /// An amount off the order for reaching a spend threshold ("spend 200 get 20"). With several
    /// tiers the best one reached wins; with <paramref name="repeatable"/> a single tier applies
    /// once per multiple of its threshold.
    /// </summary>
    /// <param name="tiers">At least one tier, thresholds strictly increasing; one tier only when repeatable.</param>
    /// <param name="repeatable">Whether the discount repeats per multiple of the threshold.</param>
    /// <param name="maxRepeats">With <paramref name="repeatable"/>, how many multiples at most, or <see langword="null"/> for no limit.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> or a tier is null.</exception>
    /// <exception cref="ArgumentException">The tiers are empty, not increasing, or several with <paramref name="repeatable"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRepeats"/> is below 1 or given without <paramref name="repeatable"/>.</exception>
    public static Reward SpendThreshold(IEnumerable<SpendTier> tiers, bool repeatable = false, int? maxRepeats = null) =>
        new SpendThresholdReward(tiers, repeatable, maxRepeats);

    /// <summary>A percentage off the order once its eligible lines reach <paramref name="threshold"/>.</summary>
    /// <param name="percent">Above 0% and at most 100%.</param>
    /// <param name="threshold">The spend needed, rounded, not negative (zero for none).</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is 0% or above 100%.</exception>
    /// <exception cref="ArgumentException"><paramref name="threshold"/> is not rounded or negative.</exception>
    public static Reward OrderPercentOff(Percentage percent, Money threshold) => new OrderPercentOffReward(percent, threshold);

    /// <summary>Free shipping once the eligible lines reach <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The spend needed, rounded, not negative (zero for always).</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentException"><paramref name="threshold"/> is not rounded or negative.</exception>
    public static Reward FreeShipping(Money threshold) => new FreeShippingReward(threshold);

    /// <summary>A gift with purchase: a gift line at zero price once the eligible lines reach <paramref name="threshold"/>.</summary>
    /// <param name="gift">The gift's SKU.</param>
    /// <param name="quantity">How many units, at least 1.</param>
    /// <param name="threshold">The spend needed, rounded, not negative.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentException"><paramref name="gift"/> is <c>default</c>, or <paramref name="threshold"/> is not rounded or negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is below 1.</exception>
    public static Reward Gift(Sku gift, int quantity, Money threshold)
    {
        IdArgument.Require(gift, nameof(gift));
        return new GiftReward(gift, quantity, threshold);
    }

    /// <summary>Spend and get: the order earns coupons for a later order once the eligible lines reach <paramref name="threshold"/>.</summary>
    /// <param name="unlocks">The promotion the earned coupons unlock.</param>
    /// <param name="count">How many coupons, at least 1.</param>
    /// <param name="threshold">The spend needed, rounded, not negative.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentException"><paramref name="unlocks"/> is <c>default</c>, or <paramref name="threshold"/> is not rounded or negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static Reward EarnCoupon(PromotionId unlocks, int count, Money threshold)
    {
        IdArgument.Require(unlocks, nameof(unlocks));
        return new EarnCouponReward(unlocks, count, threshold);
    }

    /// <summary>Bonus points for the order once the eligible lines reach <paramref name="threshold"/>.</summary>
    /// <param name="points">The points, positive.</param>
    /// <param name="threshold">The spend needed, rounded, not negative.</param>
    /// <returns>The reward.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="threshold"/> is not rounded or negative.</exception>
    public static Reward BonusPoints(Points points, Money threshold) => new BonusPointsReward(points, threshold);

    /// <summary>Every money amount the reward holds, so a catalog can check currencies.</summary>
    internal abstract IEnumerable<Money> Amounts { get; }

    /// <summary>Proposes the reward's discounts for the promotion being considered on <paramref name="run"/>.</summary>
    internal abstract RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit);

    /// <summary>Whether the reward gives something beside the price, so it applies even with no discount.</summary>
    internal virtual bool GrantsBesidePrice => false;

    /// <summary>Grants what the reward gives beside the price (a gift, coupons, points), once the promotion has applied.</summary>
    internal virtual void Grant(PricingRun run, Promotion promotion)
    {
    }

    /// <summary>Validates a percentage above 0% and at most 100%.</summary>
    private protected static Percentage DiscountPercent(Percentage percent, string paramName) =>
        percent > Percentage.Zero && percent <= Percentage.Hundred
            ? percent
            : throw new ArgumentOutOfRangeException(paramName, percent, "A discount is above 0% and at most 100%.");
}
