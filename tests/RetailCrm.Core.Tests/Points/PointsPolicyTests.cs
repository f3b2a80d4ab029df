namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;

public sealed class PointsPolicyTests
{
    private static readonly Instant PaidAt = Instant.FromUtc(2026, 3, 3, 6, 0);

    [Fact]
    public void Default_earns_one_point_per_yuan_paid()
    {
        var order = PaidOrder.Simple(new OrderId("o-1"), PaidAt, Money.Of(128.99m, Currency.CNY));

        var quote = PointsPolicy.Default.QuoteEarning(order);

        Assert.Equal(Points.Of(128), quote.Points);
    }

    [Fact]
    public void With_replaces_only_the_parts_given_and_validates_the_result()
    {
        var policy = PointsPolicy.Default.With(pendingPeriod: Duration.FromDays(15));

        Assert.Equal(Duration.FromDays(15), policy.PendingPeriod);
        Assert.Same(PointsPolicy.Default.Earning, policy.Earning);
        Assert.Same(PointsPolicy.Default.Expiry, policy.Expiry);
        Assert.Equal("pendingPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => PointsPolicy.Default.With(pendingPeriod: Duration.FromDays(-1))).ParamName);
    }

    [Fact]
    public void Earning_and_redemption_in_different_currencies_are_refused()
    {
        var usdEarning = new EarningPolicy(new PointsRate(Points.Of(1), Money.Of(1m, Currency.USD)));

        var error = Assert.Throws<ArgumentException>(() => PointsPolicy.Default.With(earning: usdEarning));

        Assert.Equal("redemption", error.ParamName);
    }

    [Fact]
    public void A_redemption_step_worth_a_fraction_of_a_minor_unit_is_refused()
    {
        var rate = new PointsRate(Points.Of(100), Money.Of(1m, Currency.JPY));

        var error = Assert.Throws<ArgumentException>(() => new RedemptionPolicy(rate, Points.Of(0), Points.Of(50), Percentage.FromPercent(50)));

        Assert.Equal("step", error.ParamName);
    }

    [Property]
    public void Earned_points_never_exceed_the_amount_paid_at_one_point_per_yuan(PositiveInt fen)
    {
        var order = PaidOrder.Simple(new OrderId("o-1"), PaidAt, Money.FromMinorUnits(fen.Get, Currency.CNY));

        var quote = PointsPolicy.Default.QuoteEarning(order);

        Assert.Equal(fen.Get / 100, quote.Points.Value);
    }
}
