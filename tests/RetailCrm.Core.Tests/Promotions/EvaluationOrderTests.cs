namespace RetailCrm.Tests.Promotions;

using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>The order promotions are considered in: the merchant's settings and the promotions' content, never their ids or names.</summary>
public sealed class EvaluationOrderTests
{
    private static readonly Reward BuyTwoGetOne = Reward.BuyXGetY(2, 1);

    private static readonly Reward Spend300Get30 = Reward.SpendThreshold([new SpendTier(Yuan(300m), Yuan(30m))]);

    // Units at CNY 250, 100 and 50: the free unit is worth 50 before the order discount, 46.25 after it.
    private static readonly Cart ThreeUnits = Cart(Line("kettle", 1, 250m), Line("teapot", 1, 100m), Line("cup", 1, 50m));

    [Fact]
    public void Renaming_a_promotion_does_not_change_the_price()
    {
        var threeForTwo = Promo("three-for-two", BuyTwoGetOne);

        var named = Price(ThreeUnits, threeForTwo, Promo("spend-300", Spend300Get30));
        var renamed = Price(ThreeUnits, threeForTwo, Promo("zz-spend-300", Spend300Get30));

        // The cup is free first; the order discount then applies to the CNY 350 left.
        Assert.Equal(Yuan(320m), named.Total);
        Assert.Equal(named.Total, renamed.Total);
        Assert.Equal(named.Lines.Select(l => l.FinalPrice), renamed.Lines.Select(l => l.FinalPrice));
    }

    [Fact]
    public void Item_promotions_go_before_order_promotions_and_order_promotions_before_shipping_whatever_their_priority()
    {
        var cart = new Cart(Currency.CNY, Line("a", 1, 100m)) { Shipping = Yuan(10m) };
        var shipping = Promo("ship", Reward.FreeShipping(Yuan(0m)), 9);
        var order = Promo("order", Reward.SpendThreshold([new SpendTier(Yuan(50m), Yuan(5m))]), 5);
        var item = Promo("item", Reward.PercentOff(Percentage.FromPercent(10)), 1);

        var priced = Price(cart, shipping, order, item);

        Assert.Equal(["item", "order", "ship"], priced.Decisions.Select(d => d.Promotion.Value));
        Assert.Equal(Yuan(85m), priced.Total);
    }

    [Fact]
    public void At_equal_priority_an_exclusive_promotion_goes_before_the_others_so_its_exclusivity_holds()
    {
        var exclusive = new Promotion(new PromotionId("a-exclusive"), "Exclusive 20% off", Reward.PercentOff(Percentage.FromPercent(20))) { Stacking = Stacking.Exclusive };
        var stopping = new Promotion(new PromotionId("b-stopping"), "Stopping 10% off", Reward.PercentOff(Percentage.FromPercent(10))) { Stacking = Stacking.StopsFurther };
        var stackable = Promo("c-stackable", Reward.PercentOff(Percentage.FromPercent(30)));

        foreach (var (e, s, t) in new[] { ("z", "y", "x"), ("a", "b", "c"), ("m", "a", "z") })
        {
            var priced = Price(Cart(Line("a", 1, 100m)), Renamed(stackable, t), Renamed(stopping, s), Renamed(exclusive, e));

            Assert.Equal([e, s, t], priced.Decisions.Select(d => d.Promotion.Value));
            Assert.Equal(Yuan(80m), priced.Total);
        }
    }

    [Fact]
    public void At_equal_priority_and_stacking_the_content_decides_and_swapping_the_ids_changes_no_price()
    {
        // Amount off then percent off, or the other way round: CNY 40.50 or 40.00 to pay.
        var percent = Reward.PercentOff(Percentage.FromPercent(50));
        var amount = Reward.AmountOffEach(Yuan(19m));
        var cart = Cart(Line("a", 1, 100m), Line("b", 3, 7m));

        var one = Price(cart, Promo("first", percent), Promo("second", amount));
        var other = Price(cart, Promo("second", percent), Promo("first", amount));

        Assert.Equal(one.Total, other.Total);
        Assert.Equal(one.Lines.Select(l => l.FinalPrice), other.Lines.Select(l => l.FinalPrice));
        Assert.Equal(
            one.Decisions.Select(d => (d.Name == "first" ? "percent" : "amount", d.Discount)),
            other.Decisions.Select(d => (d.Name == "second" ? "percent" : "amount", d.Discount)));
    }

    [Fact]
    public void The_catalog_lists_the_promotions_in_evaluation_order()
    {
        var order = Promo("a-order", Reward.SpendThreshold([new SpendTier(Yuan(50m), Yuan(5m))]), 9);
        var low = Promo("b-low", Reward.PercentOff(Percentage.FromPercent(10)), 1);
        var high = Promo("c-high", Reward.PercentOff(Percentage.FromPercent(10)), 2);

        Assert.Equal([high, low, order], Catalog(order, low, high).Promotions);
    }

    private static Promotion Renamed(Promotion promotion, string id) =>
        new(new PromotionId(id), id, promotion.Reward) { Priority = promotion.Priority, Stacking = promotion.Stacking };
}
