namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountEarningTests
{
    [Fact]
    public void An_order_of_CNY_200_earns_200_points_that_stay_pending_for_7_days()
    {
        var account = Open();

        var result = account.Earn("o-1", 200m, March3);

        Assert.Equal(Points.Of(200), result.Change);
        var justBefore = March3 + Duration.FromDays(7) - Duration.FromTicks(1);
        Assert.Equal(Points.Of(200), account.BalanceAt(justBefore).Pending);
        Assert.Equal(0, account.Available(justBefore));
        Assert.Equal(200, account.Available(March3 + Duration.FromDays(7)));
        Assert.Equal(Points.Zero, account.BalanceAt(March3 + Duration.FromDays(7)).Pending);
    }

    [Fact]
    public void Earning_rounds_down_once_per_order_not_per_line()
    {
        var account = Open();
        var lines = new[]
        {
            new PaidOrderLine(new Sku("a"), new CategoryId("general"), Cny(0.60m)),
            new PaidOrderLine(new Sku("b"), new CategoryId("general"), Cny(0.60m)),
        };

        var result = account.Execute(new EarnPoints(new IdempotencyKey("k"), new PaidOrder(new OrderId("o-1"), March3, lines, Cny(0m), Cny(0m))), March3);

        Assert.Equal(Points.Of(1), result.Change);
    }

    [Fact]
    public void Shipping_and_the_part_paid_with_points_earn_nothing_by_default()
    {
        var order = new PaidOrder(new OrderId("o-1"), March3, [new PaidOrderLine(new Sku("a"), new CategoryId("general"), Cny(300m))], shipping: Cny(12m), paidWithPoints: Cny(100m));

        var quote = PointsPolicy.Default.QuoteEarning(order);

        Assert.Equal(Points.Of(200), quote.Points);
        Assert.Equal(Cny(200m), quote.EarningBase);
    }

    [Fact]
    public void A_policy_can_let_shipping_and_the_points_paid_part_earn()
    {
        var policy = WithEarning(new EarningPolicy(OnePointPerYuan, earnOnShipping: true, earnOnPointsPaidPart: true));
        var order = new PaidOrder(new OrderId("o-1"), March3, [new PaidOrderLine(new Sku("a"), new CategoryId("general"), Cny(300m))], Cny(12m), Cny(100m));

        Assert.Equal(Points.Of(312), policy.QuoteEarning(order).Points);
    }

    [Fact]
    public void Category_and_tier_multipliers_apply_before_the_single_rounding()
    {
        var policy = WithEarning(new EarningPolicy(OnePointPerYuan, new Dictionary<CategoryId, decimal> { [new CategoryId("own-brand")] = 2m }));
        var lines = new[]
        {
            new PaidOrderLine(new Sku("a"), new CategoryId("own-brand"), Cny(10.30m)),
            new PaidOrderLine(new Sku("b"), new CategoryId("general"), Cny(5.50m)),
        };
        var order = new PaidOrder(new OrderId("o-1"), March3, lines, Cny(0m), Cny(0m));

        // (10.30 x 2 + 5.50) x 1.5 = 39.15 -> 39
        Assert.Equal(Points.Of(39), policy.QuoteEarning(order, tierMultiplier: 1.5m).Points);
    }

    [Fact]
    public void An_order_paid_on_18_June_in_Shanghai_earns_double_in_the_618_campaign()
    {
        var campaign = new BonusCampaign("618 double points", new DateInterval(new LocalDate(2026, 6, 18), new LocalDate(2026, 6, 18)), 2m);
        var policy = WithEarning(new EarningPolicy(OnePointPerYuan, campaigns: [campaign]));

        // 16:30 UTC on 17 June is 00:30 on 18 June in Shanghai; 15:59 UTC is still 17 June there.
        var on618 = policy.QuoteEarning(PaidOrder.Simple(new OrderId("o-1"), Instant.FromUtc(2026, 6, 17, 16, 30), Cny(150m)));
        var before = policy.QuoteEarning(PaidOrder.Simple(new OrderId("o-2"), Instant.FromUtc(2026, 6, 17, 15, 59), Cny(150m)));

        Assert.Equal(Points.Of(300), on618.Points);
        Assert.Same(campaign, on618.Campaign);
        Assert.Equal(Points.Of(150), before.Points);
        Assert.Null(before.Campaign);
    }

    [Fact]
    public void Overlapping_campaigns_do_not_multiply_the_highest_applies()
    {
        var day = new DateInterval(new LocalDate(2026, 11, 11), new LocalDate(2026, 11, 11));
        var policy = WithEarning(new EarningPolicy(OnePointPerYuan, campaigns: [new BonusCampaign("double", day, 2m), new BonusCampaign("triple", day, 3m)]));

        var quote = policy.QuoteEarning(PaidOrder.Simple(new OrderId("o-1"), At(2026, 11, 11), Cny(100m)));

        Assert.Equal(Points.Of(300), quote.Points);
        Assert.Equal("triple", quote.Campaign!.Name);
    }

    [Fact]
    public void The_per_order_cap_limits_the_points_of_one_order()
    {
        var policy = WithEarning(new EarningPolicy(OnePointPerYuan, maxPointsPerOrder: Points.Of(500)));

        var quote = policy.QuoteEarning(PaidOrder.Simple(new OrderId("o-1"), March3, Cny(800m)));

        Assert.Equal(Points.Of(500), quote.Points);
        Assert.True(quote.Capped);
    }

    [Fact]
    public void An_order_earns_once_even_under_another_key()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);

        var again = account.Execute(new EarnPoints(new IdempotencyKey("other-key"), PaidOrder.Simple(new OrderId("o-1"), March3, Cny(100m))), March3);

        Assert.Equal(PointsRejectionReason.OrderAlreadyEarned, again.Reason);
        Assert.Equal(Points.Of(100), account.Balance);
    }

    [Fact]
    public void An_order_in_another_currency_is_refused_as_bad_input_and_changes_nothing()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);
        var version = account.Version;
        var usd = new EarnPoints(new IdempotencyKey("o-2:earn"), PaidOrder.Simple(new OrderId("o-2"), March3, Money.Of(10m, Currency.USD)));

        var error = Assert.Throws<ArgumentException>(() => account.Execute(usd, March3));

        Assert.Equal("command", error.ParamName);
        Assert.Equal(version, account.Version);
        Assert.Single(account.Entries);
    }

    [Fact]
    public void Earning_points_first_repays_a_clawback_debt()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);
        var later = March3 + Duration.FromDays(8);
        account.Redeem("o-2", 1000m, 100, later);
        account.Refund("r-1", "o-1", 100m, later);
        Assert.Equal(Points.Of(100), account.Debt);

        var result = account.Earn("o-3", 250m, later + Duration.FromDays(1));

        Assert.Equal(Points.Of(250), result.Change);
        Assert.Equal(Points.Zero, account.Debt);
        Assert.Contains(result.Entries, e => e.Kind == PointsEntryKind.DebtRepaid && e.DebtChange == Points.Of(-100));
        Assert.Equal(Points.Of(150), account.Lots[^1].Remaining);
        Assert.Equal(Points.Of(150), account.Balance);
    }

    private static PointsRate OnePointPerYuan => new(Points.Of(1), Cny(1m));

    private static PointsPolicy WithEarning(EarningPolicy earning)
    {
        var d = PointsPolicy.Default;
        return new PointsPolicy(d.TimeZone, earning, d.Redemption, d.PendingPeriod, d.Expiry, d.ExpiringSoonWindow);
    }
}
