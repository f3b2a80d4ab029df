namespace RetailCrm.Benchmarks.Pricing;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// A reproducible cart-pricing workload: a catalogue of SKUs in categories with prices in CNY, a
/// promotion set of 50 rules per block of the catalogue (copies with shifted SKUs, categories,
/// thresholds and codes for 200 and 1,000 rules), and seeded carts with members and coupons.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue has 20 blocks of 12 categories with 8 SKUs each. Block <c>b</c>'s 50 rules: percent
/// off categories 0-3 over a quantity; quantity tiers on each SKU of category 4; buy 2 get 1 in
/// categories 5 and 6; four two-SKU bundles in category 7; an amount off each unit in categories 8
/// and 9; coupon percentages on categories 10 and 11; platinum, gold and silver percentages on the
/// block's categories; three coupon spend thresholds; twelve category spend thresholds; six
/// site-wide multi-tier spend thresholds; four free-shipping thresholds.
/// </para>
/// <para>
/// The semantics every contender reproduces exactly (the engine's, with this configuration):
/// rules are considered by priority (higher first), then id (ordinal). Item rules target disjoint
/// lines, so each sees list prices; member percentages then apply to the price as already reduced
/// (sequential), each percentage rounded once, half away from zero, per line. Order rules (coupon
/// and spend thresholds) do not combine with each other: the first whose threshold the current
/// value of its lines reaches wins, its best tier reached, allocated to its lines by current value
/// with the largest remainder method. Free shipping then waives the charge when the current value
/// of the cart reaches its threshold. Cart lines name distinct SKUs, so the engine's canonical
/// line order is the ordinal order of SKUs.
/// </para>
/// </remarks>
public sealed partial class PricingWorkload
{
    /// <summary>Rules in one block.</summary>
    public const int RulesPerBlock = 50;

    /// <summary>Blocks in the catalogue, enough for 1,000 rules.</summary>
    public const int Blocks = 20;

    /// <summary>Categories per block.</summary>
    public const int CategoriesPerBlock = 12;

    /// <summary>SKUs per category.</summary>
    public const int SkusPerCategory = 8;

    /// <summary>The instant carts are priced at.</summary>
    public static readonly Instant At = Instant.FromUtc(2026, 11, 11, 12, 0);

    private static readonly string[] MemberTiers = ["platinum", "gold", "silver"];

    /// <summary>Generates the workload.</summary>
    /// <param name="rules">How many rules: a multiple of 50, at most 1,000.</param>
    /// <param name="seed">The random seed for prices and carts, so every run measures the same data.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rules"/> is not a multiple of 50 between 50 and 1,000.</exception>
    public PricingWorkload(int rules, int seed = 20261111)
    {
        if (rules < RulesPerBlock || rules > RulesPerBlock * Blocks || rules % RulesPerBlock != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rules), rules, "A multiple of 50 from 50 to 1,000.");
        }

        Random = new Random(seed);
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var b = 0; b < Blocks; b++)
        {
            for (var c = 0; c < CategoriesPerBlock; c++)
            {
                for (var s = 0; s < SkusPerCategory; s++)
                {
                    // CNY 9.90 to 599.00: whole yuan, half of them ending in .90.
                    prices[SkuOf(b, c, s)] = (Random.Next(10, 600) * 100L) - (Random.Next(2) * 10L);
                }
            }
        }

        UnitPrices = prices;
        var list = new List<PricingRule>(rules);
        for (var b = 0; b < rules / RulesPerBlock; b++)
        {
            AddBlock(list, b);
        }

        // The contenders consider the rules in the engine's evaluation order (class, priority, stacking, content).
        var byId = list.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Rules = [.. new PromotionCatalog(Options, list.Select(ToPromotion)).Promotions.Select(p => byId[p.Id.Value])];
    }

    /// <summary>The unit price of every SKU in minor units (fen).</summary>
    public IReadOnlyDictionary<string, long> UnitPrices { get; }

    /// <summary>The rules in the engine's evaluation order (see <see cref="PromotionCatalog.Promotions"/>).</summary>
    public IReadOnlyList<PricingRule> Rules { get; }

    /// <summary>The generator of carts, continuing the seeded sequence.</summary>
    private Random Random { get; }

    /// <summary>A category's id.</summary>
    /// <param name="block">The block.</param>
    /// <param name="category">The category within the block.</param>
    /// <returns>The id.</returns>
    public static string CategoryOf(int block, int category) => $"c{block:D2}{category:D2}";

    /// <summary>A SKU's id.</summary>
    /// <param name="block">The block.</param>
    /// <param name="category">The category within the block.</param>
    /// <param name="sku">The SKU within the category.</param>
    /// <returns>The id.</returns>
    public static string SkuOf(int block, int category, int sku) => $"s{block:D2}{category:D2}{sku}";

    /// <summary>
    /// Generates carts: distinct SKUs, seven lines in ten from block 0 (the best sellers) and the rest
    /// from any block, 1 to 5 units each; shipping CNY 10; half the shoppers members (platinum, gold,
    /// silver); three carts in ten present a coupon code of block 0.
    /// </summary>
    /// <param name="count">How many carts.</param>
    /// <param name="lines">Lines per cart, at most 240.</param>
    /// <returns>The carts with their shoppers.</returns>
    public IReadOnlyList<(Cart Cart, Shopper Shopper)> Carts(int count, int lines)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 240);
        var carts = new (Cart, Shopper)[count];
        for (var i = 0; i < count; i++)
        {
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            var cartLines = new List<CartLine>(lines);
            while (cartLines.Count < lines)
            {
                var block = Random.Next(10) < 7 && cartLines.Count < 90 ? 0 : Random.Next(Blocks);
                var category = Random.Next(CategoriesPerBlock);
                var sku = SkuOf(block, category, Random.Next(SkusPerCategory));
                if (chosen.Add(sku))
                {
                    cartLines.Add(new CartLine(new Sku(sku), Random.Next(1, 6), Money.FromMinorUnits(UnitPrices[sku], Currency.CNY), new CategoryId(CategoryOf(block, category))));
                }
            }

            var roll = Random.Next(20);
            var tier = roll < 2 ? MemberTiers[0] : roll < 5 ? MemberTiers[1] : roll < 10 ? MemberTiers[2] : null;
            var shopper = new Shopper(new CustomerId($"shopper-{i:D5}")) { Tier = tier is null ? null : new TierId(tier) };
            var codes = Random.Next(10) < 3 ? new[] { new CouponCode(CouponCodes(0)[Random.Next(5)]) } : [];
            carts[i] = (new Cart(Currency.CNY, cartLines) { Shipping = Money.Of(10m, Currency.CNY), Coupons = codes }, shopper);
        }

        return carts;
    }

    private static string[] CouponCodes(int block) =>
        [$"B{block:D2}ITEMA", $"B{block:D2}ITEMB", $"B{block:D2}SAVE10", $"B{block:D2}SAVE30", $"B{block:D2}SAVE70"];
}
