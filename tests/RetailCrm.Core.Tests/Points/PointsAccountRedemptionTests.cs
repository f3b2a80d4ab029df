namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountRedemptionTests
{
    private static readonly Instant Spendable = March3 + Duration.FromDays(7);

    [Fact]
    public void Redeeming_400_points_pays_CNY_4()
    {
        var account = Open();
        account.Earn("o-1", 1000m, March3);

        var result = account.Redeem("o-2", 100m, 400, Spendable);

        Assert.True(result.Succeeded);
        Assert.Equal(Cny(4m), result.Value);
        Assert.Equal(Points.Of(-400), result.Change);
        Assert.Equal(600, account.Available(Spendable));
    }

    [Fact]
    public void Pending_points_cannot_be_spent()
    {
        var account = Open();
        account.Earn("o-1", 1000m, March3);

        var result = account.Redeem("o-2", 100m, 400, Spendable - Duration.FromMinutes(1));

        Assert.Equal(PointsRejectionReason.InsufficientPoints, result.Reason);
        Assert.Contains("0 pts are available", result.Rejection!.Message, StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Theory]
    [InlineData(50, 10, PointsRejectionReason.BelowMinimum)]
    [InlineData(250, 10, PointsRejectionReason.NotAMultipleOfStep)]
    [InlineData(600, 10, PointsRejectionReason.OverOrderShare)]
    [InlineData(2000, 100, PointsRejectionReason.InsufficientPoints)]
    public void A_redemption_the_policy_refuses_is_a_result_with_a_reason(long points, int orderAmount, PointsRejectionReason reason)
    {
        var account = Open();
        account.Earn("o-1", 1500m, March3);
        var balance = account.Balance;

        var result = account.Redeem("o-2", orderAmount, points, Spendable);

        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(balance, account.Balance);
        Assert.Equal(Points.Zero, result.Change);
    }

    [Fact]
    public void Half_of_an_order_is_the_most_points_can_pay_across_redemptions()
    {
        var account = Open();
        account.Earn("o-1", 5000m, March3);
        var first = account.Execute(new RedeemPoints(new IdempotencyKey("a"), new OrderId("o-2"), Cny(80m), Points.Of(3000)), Spendable);

        var second = account.Execute(new RedeemPoints(new IdempotencyKey("b"), new OrderId("o-2"), Cny(80m), Points.Of(1100)), Spendable);

        Assert.True(first.Succeeded);
        Assert.Equal(PointsRejectionReason.OverOrderShare, second.Reason);
        Assert.Contains("at most 1,000 pts can be redeemed on it now", second.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_over_share_hint_never_promises_more_points_than_are_available()
    {
        var account = Open();
        account.Earn("o-1", 350m, March3);

        var result = account.Redeem("o-2", orderAmount: 100m, 8000, Spendable);

        Assert.Equal(PointsRejectionReason.OverOrderShare, result.Reason);
        Assert.Contains("at most 300 pts can be redeemed on it now", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redemption_spends_the_earliest_expiring_points_first()
    {
        var account = Open();
        account.Earn("o-2027", 300m, At(2027, 2, 1));
        account.Earn("o-2026", 200m, At(2026, 12, 1));
        var at = At(2027, 3, 1);

        var result = account.Redeem("o-3", 1000m, 300, at);

        // The 2026 lot expires on 1 January 2028, the 2027 lot a year later.
        Assert.Equal([(2, -200L), (1, -100L)], result.Entries.Select(e => (e.LotId!.Value, e.Change.Value)));
    }

    [Fact]
    public void Cancelling_a_redemption_returns_the_points_to_the_lots_they_came_from()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 300m, March3 + Duration.FromDays(1));
        account.Redeem("o-3", 1000m, 400, Spendable + Duration.FromDays(1));

        var result = account.Cancel("o-3", Spendable + Duration.FromDays(2));

        Assert.True(result.Succeeded);
        Assert.Equal(Points.Of(400), result.Change);
        Assert.Equal(Points.Of(200), account.Lots[0].Remaining);
        Assert.Equal(Points.Of(300), account.Lots[1].Remaining);
        Assert.False(account.Redemptions[0].IsActive);
    }

    [Fact]
    public void Points_returned_to_a_lot_that_expired_meanwhile_expire_at_once()
    {
        var account = Open();
        account.Earn("o-1", 200m, At(2026, 12, 1));
        account.Redeem("o-2", 1000m, 200, At(2027, 12, 20));

        var result = account.Cancel("o-2", At(2028, 1, 5));

        Assert.Equal([PointsEntryKind.RedemptionCancelled, PointsEntryKind.Expired], result.Entries.Select(e => e.Kind));
        Assert.Equal(Points.Zero, result.Change);
        Assert.Equal(0, account.Available(At(2028, 1, 5)));
        Assert.Equal(Points.Of(200), account.Lots[0].Expired);
    }

    [Fact]
    public void Cancelling_an_order_without_an_active_redemption_is_refused()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Redeem("o-2", 1000m, 100, Spendable);
        account.Cancel("o-2", Spendable);

        var again = account.Execute(new CancelRedemption(new IdempotencyKey("second-cancel"), new OrderId("o-2")), Spendable);

        Assert.Equal(PointsRejectionReason.NoRedemptionToCancel, again.Reason);
        Assert.Equal(200, account.Available(Spendable));
    }

    [Fact]
    public void A_debit_adjustment_takes_available_points_and_a_credit_is_spendable_at_once()
    {
        var account = Open();

        var credit = account.Adjust("comp-1", 80, March3);
        var tooMuch = account.Adjust("debit-1", -100, March3);
        var debit = account.Adjust("debit-2", -30, March3);

        Assert.True(credit.Succeeded);
        Assert.Equal(PointsRejectionReason.InsufficientPoints, tooMuch.Reason);
        Assert.True(debit.Succeeded);
        Assert.Equal(50, account.Available(March3));
        Assert.All(account.Entries, e => Assert.Equal("service compensation", e.Note));
    }
}
