namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountClawBackTests
{
    private static readonly Instant Later = March3 + Duration.FromDays(10);

    [Fact]
    public void A_partial_refund_claws_back_the_proportional_points_from_the_order_own_lot()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 500m, March3);

        var result = account.Refund("r-1", "o-1", 50m, Later);

        Assert.Equal(Points.Of(-50), result.Change);
        Assert.Equal(Points.Of(150), account.Lots[0].Remaining);
        Assert.Equal(Points.Of(500), account.Lots[1].Remaining);
    }

    [Fact]
    public void A_third_of_a_300_yuan_order_claws_back_exactly_a_third_of_its_300_points()
    {
        var account = Open();
        account.Earn("o-1", 300m, March3);

        var result = account.Refund("r-1", "o-1", 100m, Later);

        Assert.Equal(Points.Of(-100), result.Change);
        Assert.Equal(Points.Of(200), account.Balance);
    }

    [Fact]
    public void Ten_fen_of_a_30_fen_order_that_earned_3_points_claws_back_1()
    {
        var account = Open();
        account.Earn("o-1", 0.30m, March3, tierMultiplier: 10m);

        var result = account.Refund("r-1", "o-1", 0.10m, Later);

        Assert.Equal(Points.Of(3), account.Earnings[0].Earned);
        Assert.Equal(Points.Of(-1), result.Change);
    }

    [Fact]
    public void A_full_refund_in_three_equal_parts_claws_back_everything_one_exact_third_at_a_time()
    {
        var account = Open();
        account.Earn("o-1", 300m, March3);

        var parts = new[]
        {
            account.Refund("r-1", "o-1", 100m, Later).Change.Value,
            account.Refund("r-2", "o-1", 100m, Later).Change.Value,
            account.Refund("r-3", "o-1", 100m, Later).Change.Value,
        };

        Assert.Equal([-100L, -100L, -100L], parts);
        Assert.Equal(Points.Zero, account.Balance);
    }

    [Fact]
    public void Clawback_uses_the_points_recorded_for_the_order_not_todays_policy()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3, tierMultiplier: 2m);

        var result = account.Refund("r-1", "o-1", 100m, Later);

        Assert.Equal(Points.Of(-200), result.Change);
    }

    [Fact]
    public void Three_thirds_of_a_refund_claw_back_exactly_what_was_earned()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);

        var thirds = new[]
        {
            account.Refund("r-1", "o-1", 33.33m, Later).Change.Value,
            account.Refund("r-2", "o-1", 33.33m, Later).Change.Value,
            account.Refund("r-3", "o-1", 33.34m, Later).Change.Value,
        };

        Assert.Equal([-33L, -33L, -34L], thirds);
        Assert.Equal(Points.Zero, account.Balance);
    }

    [Fact]
    public void The_same_refund_is_never_clawed_back_twice()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);
        account.Refund("r-1", "o-1", 40m, Later);

        var again = account.Execute(new ClawBackPoints(new IdempotencyKey("retry-with-new-key"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Cny(40m))), Later);

        Assert.Equal(PointsRejectionReason.RefundAlreadyProcessed, again.Reason);
        Assert.Equal(Points.Of(60), account.Balance);
    }

    [Fact]
    public void Refunds_beyond_the_goods_value_and_of_unknown_orders_are_refused()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);

        Assert.Equal(PointsRejectionReason.RefundExceedsOrder, account.Refund("r-1", "o-1", 100.01m, Later).Reason);
        Assert.Equal(PointsRejectionReason.OrderNotEarned, account.Refund("r-2", "o-9", 10m, Later).Reason);
        Assert.Equal(Points.Of(100), account.Balance);
    }

    [Fact]
    public void Points_already_spent_come_from_other_unspent_points_then_become_debt()
    {
        var account = Open();
        account.Earn("o-1", 300m, March3);
        account.Redeem("o-2", 1000m, 300, March3 + Duration.FromDays(8));
        account.Earn("o-3", 100m, March3 + Duration.FromDays(9));

        var result = account.Refund("r-1", "o-1", 300m, Later);

        Assert.Equal(Points.Of(-300), result.Change);
        Assert.Equal(Points.Zero, account.Lots[1].Remaining);
        Assert.Equal(Points.Of(200), account.Debt);
        Assert.Equal(Points.Of(-200), account.Balance);
        Assert.Equal(-200, account.Available(Later));
        var debtEntry = Assert.Single(result.Entries, e => e.LotId is null);
        Assert.Equal(Points.Of(200), debtEntry.DebtChange);
    }

    [Fact]
    public void Points_of_the_order_that_expired_unspent_are_not_clawed_back_again()
    {
        var account = Open();
        account.Earn("o-1", 200m, At(2026, 6, 1));
        account.Earn("o-2", 500m, At(2027, 6, 1));
        account.Expire(At(2028, 1, 2));

        var result = account.Refund("r-1", "o-1", 200m, At(2028, 1, 3));

        Assert.Equal(Points.Zero, result.Change);
        Assert.Equal(Points.Of(500), account.Lots[1].Remaining);
        Assert.Equal(Points.Of(200), account.Earnings[0].Waived);
    }
}
