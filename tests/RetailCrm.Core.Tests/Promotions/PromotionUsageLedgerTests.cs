namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>The usage ledger of one promotion: limits, idempotency, release and snapshots.</summary>
public sealed class PromotionUsageLedgerTests
{
    private static readonly PromotionId Id = new("p");

    private static PromotionUse Use(string order, string customer = "c-1", long units = 1, decimal discount = 5m, string? coupon = null) =>
        new(new OrderId(order), new CustomerId(customer), units, Yuan(discount), coupon is null ? null : new CouponCode(coupon));

    [Fact]
    public void Recording_past_a_limit_is_refused_and_changes_nothing()
    {
        var ledger = PromotionUsageLedger.Open(Id, Currency.CNY);
        var limits = new PromotionLimits { MaxUses = 2, MaxUsesPerCustomer = 1, Stock = 3, Budget = Yuan(12m) };
        ledger.Record(Use("o-1", "c-1", units: 2), limits);

        Assert.Equal(UsageRejectionReason.CustomerLimitReached, ledger.Record(Use("o-2", "c-1"), limits).Rejection?.Reason);
        Assert.Equal(UsageRejectionReason.StockSoldOut, ledger.Record(Use("o-3", "c-2", units: 2), limits).Rejection?.Reason);
        Assert.Equal(UsageRejectionReason.BudgetExhausted, ledger.Record(Use("o-4", "c-2", discount: 7.01m), limits).Rejection?.Reason);
        Assert.True(ledger.Record(Use("o-5", "c-2"), limits).Succeeded);
        Assert.Equal(UsageRejectionReason.UsageLimitReached, ledger.Record(Use("o-6", "c-3"), limits).Rejection?.Reason);
        Assert.Equal((2L, 3L, Yuan(10m), 2L), (ledger.Uses, ledger.UnitsSold, ledger.DiscountGiven, ledger.Version));
    }

    [Fact]
    public void The_same_order_with_other_figures_is_an_error()
    {
        var ledger = PromotionUsageLedger.Open(Id, Currency.CNY);
        ledger.Record(Use("o-1"), PromotionLimits.None);

        Assert.True(ledger.Record(Use("o-1"), PromotionLimits.None).Replayed);
        Assert.Throws<IdempotencyKeyReusedException>(() => ledger.Record(Use("o-1", units: 2), PromotionLimits.None));
        Assert.Equal(1, ledger.Version);
    }

    [Fact]
    public void Coupon_limits_count_per_code_and_per_customer()
    {
        var ledger = PromotionUsageLedger.Open(Id, Currency.CNY);
        var coupon = new Coupon(new CouponCode("CODE"), Id) { MaxUses = 2, MaxUsesPerCustomer = 1 };
        ledger.Record(Use("o-1", "c-1", coupon: "CODE"), PromotionLimits.None, coupon);

        Assert.Equal(UsageRejectionReason.CouponCustomerLimitReached, ledger.Record(Use("o-2", "c-1", coupon: "code"), PromotionLimits.None, coupon).Rejection?.Reason);
        Assert.True(ledger.Record(Use("o-3", "c-2", coupon: "CODE"), PromotionLimits.None, coupon).Succeeded);
        Assert.Equal(UsageRejectionReason.CouponUsedUp, ledger.Record(Use("o-4", "c-3", coupon: "CODE"), PromotionLimits.None, coupon).Rejection?.Reason);
        Assert.Equal(new CouponCounters(2, 1), ledger.CountersFor(new CouponCode("CODE"), new CustomerId("c-2")));
    }

    [Fact]
    public void Releasing_an_order_gives_back_everything_it_took()
    {
        var ledger = PromotionUsageLedger.Open(Id, Currency.CNY);
        ledger.Record(Use("o-1", units: 3, discount: 9m, coupon: "X"), PromotionLimits.None);

        Assert.True(ledger.Release(new OrderId("o-1")));
        Assert.False(ledger.Release(new OrderId("o-1")));
        Assert.Equal(new PromotionCounters(0, 0, 0, Yuan(0m)), ledger.CountersFor(new CustomerId("c-1")));
        Assert.Equal(default, ledger.CountersFor(new CouponCode("X"), new CustomerId("c-1")));
    }

    [Fact]
    public void Counters_always_equal_the_sums_over_the_recorded_uses_and_survive_a_snapshot()
    {
        // Each operation is one number: order 0-9, customer 0-3, units 0-4, record or release.
        var operations = Gen.Choose(0, (10 * 4 * 5 * 2) - 1).ListOf();
        Prop.ForAll(operations.ToArbitrary(), ops =>
        {
            var ledger = PromotionUsageLedger.Open(Id, Currency.CNY);
            var limits = new PromotionLimits { Stock = 20, MaxUsesPerCustomer = 3 };
            foreach (var op in ops)
            {
                var (order, customer, units, release) = (op % 10, op / 10 % 4, op / 40 % 5, op / 200 == 1);
                if (release)
                {
                    ledger.Release(new OrderId($"o-{order}"));
                }
                else if (ledger.Orders.All(u => u.Order != new OrderId($"o-{order}")))
                {
                    ledger.Record(Use($"o-{order}", $"c-{customer}", units, units * 2.5m), limits);
                }
            }

            var copy = PromotionUsageLedger.FromSnapshot(ledger.ToSnapshot());
            foreach (var l in new[] { ledger, copy })
            {
                Assert.Equal(l.Orders.Sum(u => u.Units), l.UnitsSold);
                Assert.True(l.UnitsSold <= 20);
                Assert.Equal(Yuan(l.Orders.Sum(u => u.Discount.Amount)), l.DiscountGiven);
                Assert.All(l.Orders.GroupBy(u => u.Customer), g => Assert.Equal(g.Count(), l.CountersFor(g.Key).CustomerUses));
                Assert.All(l.Orders.GroupBy(u => u.Customer), g => Assert.True(g.Count() <= 3));
            }

            Assert.Equal(ledger.Version, copy.Version);
        }).QuickCheckThrowOnFailure();
    }
}
