namespace RetailCrm.Tests.Promotions;

using FsCheck.Xunit;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>
/// Random sequences of pricing, recording and cancelling through <see cref="PromotionService"/> and the
/// in-memory store give the same outcomes, counters and prices as a naive model that keeps every use
/// and release and replays all of them for each decision.
/// </summary>
public sealed class PromotionUsageModelTests
{
    private static readonly Promotion Flash = new(new PromotionId("flash"), "Phones for CNY 1", Reward.FixedPrice(Yuan(1m)))
    {
        Target = ProductSelector.Skus(new Sku("phone")),
        Limits = new PromotionLimits { Stock = 5, MaxUsesPerCustomer = 2 },
    };

    private static readonly Promotion Spend = new(new PromotionId("spend"), "CNY 10 off from CNY 100", Reward.SpendThreshold([new SpendTier(Yuan(100m), Yuan(10m))]))
    {
        Limits = new PromotionLimits { MaxUses = 4, Budget = Yuan(35m) },
    };

    private static readonly Promotion Welcome = new(new PromotionId("welcome"), "CNY 5 off with a coupon", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(5m))]))
    {
        RequiresCoupon = true,
    };

    private static readonly Coupon Save = new(new CouponCode("SAVE"), Welcome.Id) { MaxUses = 3, MaxUsesPerCustomer = 1 };

    private static readonly PromotionCatalog ShopCatalog = new(new PricingOptions(Currency.CNY, Zone), [Flash, Spend, Welcome], [Save]);

    private static readonly Promotion[] Counted = [.. ShopCatalog.Promotions];

    private static readonly CustomerId[] Customers = [new("c-0"), new("c-1"), new("c-2")];

    // Each command is one number: kind (price, price, record, record, cancel), cart slot 0-1,
    // customer 0-2, phones 0-3, coupon or not, order 0-3.
    [Property(MaxTest = 3_000, Arbitrary = [typeof(UsageCommandArbitrary)])]
    public void The_service_and_store_agree_with_a_model_that_replays_every_use(int[] commands)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryPromotionUsageStore();
        var service = new PromotionService(ShopCatalog, store, new FakeClock(Now));
        var model = new UsageModel(ShopCatalog);
        var slots = new (Shopper Shopper, PricedCart Priced)?[2];
        foreach (var command in commands)
        {
            var (kind, slot, customer, phones, coupon, order) = (command % 5, command / 5 % 2, command / 10 % 3, command / 30 % 4, command / 120 % 2 == 1, new OrderId($"o-{command / 240 % 4}"));
            if (kind < 2)
            {
                var shopper = new Shopper(Customers[customer]);
                var cart = new Cart(Currency.CNY, phones == 0 ? [Line("case", 1, 120m)] : [Line("phone", phones, 999m), Line("case", 1, 120m)]) { Coupons = coupon ? [new CouponCode("save")] : [] };
                var priced = service.PriceAsync(cart, shopper, ct).Result;
                Assert.Equal(Describe(service.Engine.Price(cart, shopper, Now, model)), Describe(priced));
                slots[slot] = (shopper, priced);
            }
            else if (kind < 4 && slots[slot] is { } placed)
            {
                var wanted = Wanted(order, placed.Shopper.Customer, placed.Priced);
                var expected = model.Record(order, placed.Shopper.Customer, wanted);
                Assert.Equal(expected, Outcome(() => service.RecordOrderAsync(order, placed.Shopper, placed.Priced, ct).Result));
            }
            else if (kind == 4)
            {
                Assert.Equal(model.Cancel(order), service.CancelOrderAsync(order, ct).Result);
            }

            AssertSameCounters(store, service, model);
        }

        Assert.Equal(model.Events, store.Outbox.Count);
    }

    private static List<(PromotionId Promotion, PromotionUse Use)> Wanted(OrderId order, CustomerId customer, PricedCart priced) =>
        [.. Counted.Select(p => (Promotion: p, Decision: priced.Decisions.Single(d => d.Promotion == p.Id)))
            .Where(x => x.Decision.Applied)
            .Select(x => (x.Promotion.Id, new PromotionUse(order, customer, x.Decision.Units, x.Decision.Discount, priced.Coupons.FirstOrDefault(c => c.Outcome == CouponOutcome.Applied && c.Promotion == x.Promotion.Id)?.Code)))];

    private static string Outcome(Func<OrderPromotionsResult> record)
    {
        try
        {
            var result = record();
            return $"{result.Succeeded} {result.RejectedPromotion} {result.Rejection?.Reason} [{string.Join(", ", result.Recorded.Select(u => $"{u.Units}/{u.Discount}/{u.Coupon}"))}]";
        }
        catch (AggregateException e) when (e.InnerException is OrderRecordConflictException)
        {
            return "conflict";
        }
    }

    private static string Describe(PricedCart priced) =>
        string.Join("; ", priced.Decisions.Select(d => $"{d.Promotion} {d.Reason} {d.Discount} {d.Units}").Concat(priced.Coupons.Select(c => $"{c.Code} {c.Reason}"))) + $" = {priced.Total}";

    private static void AssertSameCounters(InMemoryPromotionUsageStore store, PromotionService service, UsageModel model)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var promotion in Counted)
        {
            var totals = service.GetUsageAsync(promotion.Id, ct).Result;
            var (uses, units, discount) = model.Totals(promotion.Id);
            Assert.Equal((uses, units, discount), (totals.Uses, totals.UnitsSold, totals.DiscountGiven));
        }

        var perCustomer = Customers.SelectMany(c => Counted.Select(p => UsageCounter.CustomerUses(p.Id, c)).Append(UsageCounter.CouponCustomerUses(Welcome.Id, Save.Code, c)))
            .Append(UsageCounter.CouponUses(Welcome.Id, Save.Code)).ToList();
        var loaded = store.LoadAsync(new PromotionUsageKeys(perCustomer), ct).Result;
        Assert.Equal(perCustomer.Select(model.ValueOf), perCustomer.Select(loaded.ValueOf));
    }
}
