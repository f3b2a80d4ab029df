namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>Edges of the ledger's rules: exact limits, other rates, debt, and what counts towards an order's share.</summary>
public sealed class PointsAccountBoundaryTests
{
    private static readonly Instant Spendable = March3 + Duration.FromDays(7);

    [Fact]
    public void Points_can_pay_exactly_the_maximum_share_of_an_order()
    {
        var account = Open();
        account.Earn("o-1", 1000m, March3);

        var result = account.Redeem("o-2", orderAmount: 10m, 500, Spendable);

        Assert.True(result.Succeeded);
        Assert.Equal(Cny(5m), result.Value);
    }

    [Fact]
    public void Only_active_redemptions_of_the_same_order_count_towards_its_share()
    {
        var account = Open();
        account.Earn("o-1", 5000m, March3);
        account.Execute(new RedeemPoints(new IdempotencyKey("other-order"), new OrderId("o-9"), Cny(100m), Points.Of(5000 / 2)), Spendable);
        account.Execute(new RedeemPoints(new IdempotencyKey("first"), new OrderId("o-2"), Cny(10m), Points.Of(500)), Spendable);
        account.Cancel("o-2", Spendable);

        var again = account.Execute(new RedeemPoints(new IdempotencyKey("second"), new OrderId("o-2"), Cny(10m), Points.Of(500)), Spendable);

        Assert.True(again.Succeeded, again.Rejection?.Message);
    }

    [Fact]
    public void A_debit_of_exactly_the_available_points_succeeds()
    {
        var account = Open();
        account.Adjust("credit", 120, March3);

        var debit = account.Adjust("debit", -120, March3);

        Assert.True(debit.Succeeded);
        Assert.Equal(0, account.Available(March3));
    }

    [Fact]
    public void A_customer_in_debt_can_redeem_nothing()
    {
        var account = Open();
        account.Earn("o-1", 300m, March3);
        account.Redeem("o-2", 1000m, 300, Spendable);
        account.Refund("r-1", "o-1", 300m, Spendable);

        var result = account.Redeem("o-3", 1000m, 100, Spendable);

        Assert.Equal(PointsRejectionReason.InsufficientPoints, result.Reason);
        Assert.Equal("0 pts are available; 100 pts were asked.", result.Rejection!.Message);
        Assert.DoesNotContain(account.Redemptions, r => r.OrderId == new OrderId("o-3"));
        Assert.Equal(-300, account.Available(Spendable));
    }

    [Fact]
    public void A_manual_credit_and_points_returned_by_a_cancellation_repay_debt_first()
    {
        var account = Open();
        account.Earn("o-1", 300m, March3);
        account.Redeem("o-2", 1000m, 300, Spendable);
        account.Refund("r-1", "o-1", 300m, Spendable);

        var credit = account.Adjust("goodwill", 100, Spendable);
        var cancelled = account.Cancel("o-2", Spendable);

        Assert.Contains(credit.Entries, e => e.Kind == PointsEntryKind.DebtRepaid && e.DebtChange == Points.Of(-100));
        Assert.Contains(cancelled.Entries, e => e.Kind == PointsEntryKind.DebtRepaid && e.DebtChange == Points.Of(-200));
        Assert.Equal(Points.Zero, account.Debt);
        Assert.Equal(100, account.Available(Spendable));
    }

    [Fact]
    public void Clawback_takes_other_spendable_points_before_other_pending_points_whatever_their_expiry()
    {
        // Lots 1 and 2 never expire (an earlier policy); lot 3 is pending and expires at the end of 2027.
        var earlier = Open(PointsPolicy.Default.With(expiry: ExpiryPolicy.Never));
        earlier.Earn("o-1", 300m, March3);
        earlier.Earn("o-old", 200m, March3 - Duration.FromDays(30));
        earlier.Redeem("o-2", 1000m, 300, Spendable);
        var account = PointsAccount.FromSnapshot(earlier.ToSnapshot(), PointsPolicy.Default);
        account.Earn("o-new", 500m, Spendable);

        var result = account.Refund("r-1", "o-1", 300m, Spendable);

        var moved = result.Entries.Where(e => e.LotId is not null).Select(e => (e.LotId!.Value, e.Change.Value)).ToArray();
        Assert.Equal([(2, -200L), (3, -100L)], moved);
    }

    [Fact]
    public void Waived_points_of_an_earlier_refund_are_not_charged_again_by_a_later_one()
    {
        var account = Open();
        account.Earn("o-1", 200m, At(2026, 6, 1));
        account.Earn("o-2", 500m, At(2027, 6, 1));
        account.Expire(At(2028, 1, 2));

        account.Refund("r-1", "o-1", 100m, At(2028, 1, 3));
        var second = account.Refund("r-2", "o-1", 100m, At(2028, 1, 4));

        Assert.Equal(Points.Zero, second.Change);
        Assert.Equal(Points.Of(200), account.Earnings[0].Waived);
        Assert.Equal(Points.Of(500), account.Lots[1].Remaining);
    }

    [Fact]
    public void A_rate_of_5_points_per_CNY_2_applies_to_the_exact_amount_paid()
    {
        var policy = PointsPolicy.Default.With(earning: new EarningPolicy(new PointsRate(Points.Of(5), Cny(2m)), earnOnShipping: true));
        var order = new PaidOrder(new OrderId("o-1"), March3, [new PaidOrderLine(new Sku("a"), new CategoryId("c"), Cny(99.99m))], Cny(10m), Cny(0m));

        var quote = policy.QuoteEarning(order);

        // (99.99 + 10) x 5 / 2 = 274.975 -> 274
        Assert.Equal(Points.Of(274), quote.Points);
        Assert.Equal(Cny(109.99m), quote.EarningBase);
    }

    [Fact]
    public void A_debit_names_the_order_of_the_lot_it_took_points_from()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var debit = account.Adjust("debit", -50, Spendable);

        Assert.Equal(new OrderId("o-1"), Assert.Single(debit.Entries).OrderId);
    }

    [Fact]
    public void An_expiry_run_is_never_a_replay_and_has_no_key()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var expired = account.Expire(At(2028, 1, 1, 0, 0));

        Assert.False(expired.IsReplay);
        Assert.Null(expired.Key);
        Assert.True(expired.Succeeded);
    }

    [Fact]
    public void Only_the_expired_part_of_an_order_is_waived_across_its_refunds()
    {
        var account = Open();
        account.Earn("o-1", 200m, At(2026, 6, 1));
        account.Redeem("o-2", 1000m, 100, At(2026, 7, 1));
        account.Earn("o-3", 500m, At(2027, 6, 1));
        account.Expire(At(2028, 1, 2));

        var first = account.Refund("r-1", "o-1", 100m, At(2028, 1, 3));
        var second = account.Refund("r-2", "o-1", 100m, At(2028, 1, 4));

        // 100 of o-1's 200 points were spent and 100 expired unspent: the expired half is waived once.
        Assert.Equal(Points.Zero, first.Change);
        Assert.Equal(Points.Of(-100), second.Change);
        Assert.Equal(Points.Of(400), account.Lots[1].Remaining);
    }

    [Fact]
    public void The_over_share_hint_counts_in_whole_steps_of_the_policy()
    {
        var redemption = new RedemptionPolicy(new PointsRate(Points.Of(100), Cny(1m)), Points.Zero, Points.Of(50), Percentage.FromPercent(50));
        var account = Open(PointsPolicy.Default.With(redemption: redemption));
        account.Earn("o-1", 5000m, March3);

        var result = account.Redeem("o-2", orderAmount: 7.30m, 1000, Spendable);

        // 50% of CNY 7.30 is CNY 3.65: seven steps of 50 points (CNY 0.50 each) fit, 350 points.
        Assert.Contains("at most 350 pts can be redeemed on it now", result.Rejection!.Message, StringComparison.Ordinal);
    }
}
