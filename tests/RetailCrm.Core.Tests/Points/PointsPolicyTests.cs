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

    [Property]
    public void Earned_points_never_exceed_the_amount_paid_at_one_point_per_yuan(PositiveInt fen)
    {
        var order = PaidOrder.Simple(new OrderId("o-1"), PaidAt, Money.FromMinorUnits(fen.Get, Currency.CNY));

        var quote = PointsPolicy.Default.QuoteEarning(order);

        Assert.Equal(fen.Get / 100, quote.Points.Value);
    }
}
