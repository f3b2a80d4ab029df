namespace RetailCrm.Tests.Promotions;

using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;

/// <summary>A promotion's id and name are what it is called: no choice of them changes a price.</summary>
[Properties(Arbitrary = [typeof(PromotionArbitraries)], MaxTest = 200)]
public sealed class EvaluationOrderPropertyTests
{
    private const string Characters = "abcdefghijklmnopqrstuvwxyz0123456789-_";

    [Property]
    public void Renaming_every_promotion_at_random_changes_no_line_price_and_no_total(Cart cart, Promotion[] promotions, Shopper shopper, int seed)
    {
        var random = new Random(seed);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var renamed = promotions.Select(p =>
        {
            string id;
            do
            {
                id = RandomText(random);
            }
            while (!ids.Add(id));

            return Rename(p, id, RandomText(random));
        }).ToArray();

        var original = Price(cart, promotions, shopper);
        var other = Price(cart, renamed, shopper);

        Assert.Equal(original.Lines.Select(l => l.FinalPrice), other.Lines.Select(l => l.FinalPrice));
        Assert.Equal(original.Total, other.Total);
        Assert.Equal(original.ItemDiscount, other.ItemDiscount);
        Assert.Equal(original.OrderDiscount, other.OrderDiscount);
        Assert.Equal(original.ShippingDiscount, other.ShippingDiscount);
        Assert.Equal(original.BonusPoints, other.BonusPoints);
        Assert.Equal(original.Gifts.Sum(g => g.Quantity), other.Gifts.Sum(g => g.Quantity));
        Assert.Equal(original.EarnedCoupons.Sum(c => c.Count), other.EarnedCoupons.Sum(c => c.Count));

        // Each promotion is decided alike under its new name. Twins (alike in all but the id) may trade
        // places; promotions whose descriptions read alike are left out of this check, to be safe.
        var newId = promotions.Select((p, i) => (p.Id, renamed[i].Id)).ToDictionary(x => x.Item1, x => x.Item2);
        var byId = other.Decisions.ToDictionary(d => d.Promotion);
        var twins = promotions.GroupBy(Describe).Where(g => g.Count() > 1).SelectMany(g => g).Select(p => p.Id).ToHashSet();
        foreach (var decision in original.Decisions.Where(d => !twins.Contains(d.Promotion)))
        {
            var counterpart = byId[newId[decision.Promotion]];
            Assert.Equal((decision.Outcome, decision.Reason, decision.Discount), (counterpart.Outcome, counterpart.Reason, counterpart.Discount));
        }
    }

    private static string Describe(Promotion p) =>
        $"{p.Reward}|{p.Target}|{p.Condition}|{p.Priority}|{p.Stacking}|{p.CombinesWith}|{p.PercentBase}|{p.MaxDiscountPerOrder}|{p.Limits}";

    private static string RandomText(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Characters[random.Next(Characters.Length)])]);

    private static Promotion Rename(Promotion p, string id, string name) => new(new PromotionId(id), name, p.Reward)
    {
        Target = p.Target,
        Condition = p.Condition,
        Priority = p.Priority,
        Stacking = p.Stacking,
        CombinesWith = p.CombinesWith,
        PercentBase = p.PercentBase,
        RequiresCoupon = p.RequiresCoupon,
        ValidFrom = p.ValidFrom,
        ValidUntil = p.ValidUntil,
        MaxDiscountPerOrder = p.MaxDiscountPerOrder,
        Limits = p.Limits,
    };

    private static PricedCart Price(Cart cart, IEnumerable<Promotion> promotions, Shopper shopper) =>
        new PricingEngine(new PromotionCatalog(PromotionArbitraries.Options, promotions)).Price(cart, shopper, Shop.Now);
}
