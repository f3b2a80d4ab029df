namespace RetailCrm.Tests.Promotions;

using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>A promotion kept off by another says which one, by id and name, in its decision and its message.</summary>
public sealed class BlockedByTests
{
    private static readonly Reward TenOff = Reward.PercentOff(Percentage.FromPercent(10));

    private static readonly Promotion Vip = new(new PromotionId("vip"), "VIP price", Reward.PercentOff(Percentage.FromPercent(20))) { Priority = 10, Stacking = Stacking.Exclusive };

    [Fact]
    public void An_exclusive_promotion_that_applies_is_named_by_every_promotion_it_keeps_off()
    {
        var cart = new Cart(Currency.CNY, Line("a", 1, 300m)) { Shipping = Yuan(10m) };

        var priced = Price(cart, Vip, Promo("spend", Reward.SpendThreshold([new SpendTier(Yuan(100m), Yuan(10m))])), Promo("ship", Reward.FreeShipping(Yuan(0m))));

        foreach (var decision in priced.Decisions.Where(d => d.Promotion != Vip.Id))
        {
            Assert.Equal(PromotionReason.ExclusivePromotionApplied, decision.Reason);
            Assert.Equal(Vip.Id, decision.BlockedBy);
            Assert.Equal("VIP price", decision.BlockedByName);
            Assert.Equal($"VIP price (vip) is exclusive and applies instead of {decision.Name}.", decision.Message);
        }
    }

    [Fact]
    public void An_exclusive_promotion_after_others_names_the_first_that_applied()
    {
        var exclusive = new Promotion(Vip.Id, Vip.Name, Vip.Reward) { Stacking = Stacking.Exclusive };

        var priced = Price(Cart(Line("a", 1, 100m)), Promo("first", TenOff, 2), Promo("second", Reward.AmountOffEach(Yuan(1m)), 1), exclusive);

        var decision = priced.Decision("vip");
        Assert.Equal(PromotionReason.OtherPromotionsApplied, decision.Reason);
        Assert.Equal(new PromotionId("first"), decision.BlockedBy);
        Assert.Equal("VIP price is exclusive and first (first) already applies.", decision.Message);
    }

    [Fact]
    public void A_promotion_whose_lines_were_claimed_names_the_first_promotion_that_claimed_them()
    {
        var phones = new Promotion(new PromotionId("phones"), "Phones 10% off", TenOff) { Priority = 5, Stacking = Stacking.StopsFurther, Target = ProductSelector.Skus(new Sku("phone")) };
        var cables = new Promotion(new PromotionId("cables"), "Cables 10% off", TenOff) { Priority = 4, Stacking = Stacking.StopsFurther, Target = ProductSelector.Skus(new Sku("cable")) };

        var priced = Price(Cart(Line("phone", 1, 1000m), Line("cable", 1, 20m)), cables, phones, Promo("later", TenOff));

        var decision = priced.Decision("later");
        Assert.Equal(PromotionReason.StoppedByHigherPriority, decision.Reason);
        Assert.Equal(phones.Id, decision.BlockedBy);
        Assert.Equal("Phones 10% off", decision.BlockedByName);
        Assert.Equal("The items of later already have Phones 10% off (phones), which stops further promotions.", decision.Message);
    }

    [Fact]
    public void A_shipping_promotion_after_one_that_claimed_the_shipping_charge_names_it()
    {
        var cart = new Cart(Currency.CNY, Line("a", 1, 100m)) { Shipping = Yuan(10m) };
        var half = new Promotion(new PromotionId("half-shipping"), "Shipping capped", Reward.FreeShipping(Yuan(0m))) { Priority = 2, Stacking = Stacking.StopsFurther, MaxDiscountPerOrder = Yuan(5m) };

        var priced = Price(cart, half, Promo("free-shipping", Reward.FreeShipping(Yuan(50m))));

        var decision = priced.Decision("free-shipping");
        Assert.Equal(PromotionReason.StoppedByHigherPriority, decision.Reason);
        Assert.Equal(half.Id, decision.BlockedBy);
    }

    [Fact]
    public void A_promotion_that_does_not_combine_names_the_applied_promotion_whose_class_it_refuses()
    {
        var item = Promo("item", TenOff);
        var orderOnly = new Promotion(new PromotionId("order"), "Order only", Reward.SpendThreshold([new SpendTier(Yuan(10m), Yuan(5m))])) { CombinesWith = PromotionClasses.Order };

        var priced = Price(Cart(Line("a", 1, 100m)), item, orderOnly);

        var decision = priced.Decision("order");
        Assert.Equal(PromotionReason.DoesNotCombine, decision.Reason);
        Assert.Equal(item.Id, decision.BlockedBy);
        Assert.Equal("Order only does not combine with item (item), already applied.", decision.Message);
    }

    [Fact]
    public void A_promotion_that_does_not_combine_names_the_applied_promotion_that_refuses_its_class()
    {
        var itemOnly = new Promotion(new PromotionId("item-only"), "Items only", TenOff) { Priority = 2, CombinesWith = PromotionClasses.Item };
        var other = Promo("other-item", TenOff, 1);

        var priced = Price(Cart(Line("a", 1, 100m)), itemOnly, other, Promo("order", Reward.SpendThreshold([new SpendTier(Yuan(10m), Yuan(5m))])));

        Assert.True(priced.Decision("other-item").Applied);
        Assert.Equal(itemOnly.Id, priced.Decision("order").BlockedBy);
        Assert.Equal("Items only", priced.Decision("order").BlockedByName);
    }

    [Fact]
    public void A_decision_no_other_promotion_caused_names_none()
    {
        var priced = Price(Cart(Line("a", 1, 100m)), Promo("applied", TenOff), Promo("short", Reward.SpendThreshold([new SpendTier(Yuan(500m), Yuan(5m))])));

        Assert.All(priced.Decisions, d => Assert.Null(d.BlockedBy));
        Assert.All(priced.Decisions, d => Assert.Null(d.BlockedByName));
    }

    [Fact]
    public void The_same_promotion_blocked_by_different_promotions_names_each_one()
    {
        var engine = new PricingEngine(Catalog(
            new Promotion(new PromotionId("phone-only"), "Phone deal", TenOff) { Priority = 2, Stacking = Stacking.Exclusive, Target = ProductSelector.Skus(new Sku("phone")) },
            new Promotion(new PromotionId("cable-only"), "Cable deal", TenOff) { Priority = 1, Stacking = Stacking.Exclusive, Target = ProductSelector.Skus(new Sku("cable")) },
            Promo("everything", TenOff)));

        var phone = engine.Price(Cart(Line("phone", 1, 100m)), Guest, Now);
        var cable = engine.Price(Cart(Line("cable", 1, 100m)), Guest, Now);
        var phoneAgain = engine.Price(Cart(Line("phone", 1, 100m)), Guest, Now);

        Assert.Equal(new PromotionId("phone-only"), phone.Decision("everything").BlockedBy);
        Assert.Equal(new PromotionId("cable-only"), cable.Decision("everything").BlockedBy);
        Assert.Equal(new PromotionId("phone-only"), phoneAgain.Decision("everything").BlockedBy);
    }

    [Property(Arbitrary = [typeof(PromotionArbitraries)], MaxTest = 200)]
    public void Exactly_the_refusals_another_promotion_caused_name_it_and_it_applied_before(Cart cart, Promotion[] promotions, Shopper shopper)
    {
        var priced = new PricingEngine(new PromotionCatalog(PromotionArbitraries.Options, promotions)).Price(cart, shopper, Now);
        var position = priced.Decisions.Select((d, i) => (d.Promotion, i)).ToDictionary(x => x.Promotion, x => x.i);
        var byId = priced.Decisions.ToDictionary(d => d.Promotion);
        foreach (var decision in priced.Decisions)
        {
            if (decision.Reason is PromotionReason.ExclusivePromotionApplied or PromotionReason.OtherPromotionsApplied or PromotionReason.DoesNotCombine or PromotionReason.StoppedByHigherPriority)
            {
                var blocker = Assert.NotNull(decision.BlockedBy);
                Assert.True(byId[blocker].Applied, $"{decision.Promotion} names {blocker}, which did not apply");
                Assert.True(position[blocker] < position[decision.Promotion], $"{decision.Promotion} names {blocker}, considered after it");
                Assert.Equal(byId[blocker].Name, decision.BlockedByName);
                Assert.Contains($"{byId[blocker].Name} ({blocker})", decision.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(decision.BlockedBy);
                Assert.Null(decision.BlockedByName);
            }
        }
    }
}
