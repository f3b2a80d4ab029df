namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>
/// The clawback rule over generated orders refunded in generated parts, some after the order's
/// points were partly spent or expired: after every refund, what was clawed back and waived is
/// floor(earned x refunded so far / goods value), as a naive integer reference computes it.
/// </summary>
[Properties(Arbitrary = [typeof(ClawBackArbitraries)], MaxTest = 400)]
public sealed class PointsAccountClawBackPropertyTests
{
    [Property]
    public void A_full_refund_in_any_parts_claws_back_exactly_what_the_order_earned(RefundedOrder refunded)
    {
        var (account, earned) = Prepare(refunded);
        var clawedBack = 0L;

        foreach (var result in RefundAll(account, refunded))
        {
            clawedBack -= result.Change.Value;
        }

        var earning = account.Earnings[0];
        Assert.Equal(refunded.Order.GoodsValue, earning.Refunded);
        Assert.Equal(earned, earning.ClawedBack.Value + earning.Waived.Value);
        Assert.Equal(earning.ClawedBack.Value, clawedBack);
    }

    [Property]
    public void After_every_partial_refund_the_total_taken_back_is_the_cumulative_share(RefundedOrder refunded)
    {
        var (account, earned) = Prepare(refunded);
        var goods = refunded.Order.GoodsValue.ToMinorUnits();
        var refundedSoFar = 0L;
        var clawedBack = 0L;

        var i = 0;
        foreach (var result in RefundAll(account, refunded))
        {
            refundedSoFar += refunded.Parts[i++];
            clawedBack -= result.Change.Value;
            var earning = account.Earnings[0];

            // Naive reference: the whole product first, one integer division last.
            var share = checked(earned * refundedSoFar) / goods;
            Assert.Equal(share, earning.ClawedBack.Value + earning.Waived.Value);
            Assert.Equal(earning.ClawedBack.Value, clawedBack);
        }
    }

    private static (PointsAccount Account, long Earned) Prepare(RefundedOrder refunded)
    {
        var account = Open();
        var paidAt = refunded.Order.PaidAt;
        var earn = account.Execute(new EarnPoints(new IdempotencyKey("o-1:earn"), refunded.Order, refunded.TierMultiplier), paidAt);
        Assert.True(earn.Succeeded, earn.Rejection?.Message);
        var earned = account.Earnings[0].Earned.Value;
        var spent = earned * refunded.SpentPercent / 100;
        if (spent > 0)
        {
            // Spent after the pending period, so part of the clawback becomes debt.
            var debit = account.Execute(new AdjustPoints(new IdempotencyKey("spend"), Points.Of(-spent), "spent elsewhere"), paidAt + Duration.FromDays(8));
            Assert.True(debit.Succeeded, debit.Rejection?.Message);
        }

        return (account, earned);
    }

    private static IEnumerable<PointsResult> RefundAll(PointsAccount account, RefundedOrder refunded)
    {
        var at = account.LastEntryAt ?? refunded.Order.PaidAt;
        for (var i = 0; i < refunded.Parts.Length; i++)
        {
            at += Duration.FromHours(refunded.GapHours[i]);
            if (refunded.ExpireFirst[i])
            {
                account.Expire(at);
            }

            var refund = new OrderRefund(new RefundId($"r-{i}"), refunded.Order.Id, Money.FromMinorUnits(refunded.Parts[i], Currency.CNY));
            var result = account.Execute(new ClawBackPoints(new IdempotencyKey($"r-{i}:clawback"), refund), at);
            Assert.True(result.Succeeded, result.Rejection?.Message);
            yield return result;
        }
    }

    /// <summary>An order, the tier multiplier it earned with, how much of its points were spent, and its goods refunded in parts (minor units) after gaps.</summary>
    public sealed record RefundedOrder(PaidOrder Order, decimal TierMultiplier, long SpentPercent, long[] Parts, int[] GapHours, bool[] ExpireFirst)
    {
        public override string ToString() =>
            $"goods {Order.GoodsValue} (lines {string.Join(", ", Order.Lines.Select(l => l.AmountPaid))}, shipping {Order.Shipping}, by points {Order.PaidWithPoints}) x{TierMultiplier}, "
            + $"{SpentPercent}% spent, refunded in [{string.Join(", ", Parts)}] after [{string.Join(", ", GapHours)}] hours, expiring first [{string.Join(", ", ExpireFirst)}]";
    }

    public static class ClawBackArbitraries
    {
        public static Arbitrary<RefundedOrder> RefundedOrders() =>
            // Round amounts cut into equal parts are where dividing before multiplying used to lose a point.
            (from lines in Gen.Frequency((3, Gen.Choose(0, 300)), (3, Gen.Choose(1, 100_000)), (1, Gen.Choose(1, 5_000_000)), (3, Gen.Choose(1, 2_000).Select(x => x * 300))).ArrayOf().Where(l => l.Length is > 0 and <= 4 && l.Sum() > 0)
             from shipping in Gen.Elements(0, 0, 800, 1_000)
             from byPoints in Gen.Elements(0, 0, 0, 4)
             from multiplier in Gen.Elements(1m, 1m, 1.5m, 2m, 3.7m, 10m, 0.1m)
             from spentPercent in Gen.Elements(0L, 0L, 30L, 100L)
             from weights in Gen.Frequency((2, Gen.Choose(1, 100).ArrayOf().Where(w => w.Length is > 0 and <= 7)), (1, Gen.Choose(2, 7).Select(n => Enumerable.Repeat(1, n).ToArray())))
             from gaps in Gen.Frequency((6, Gen.Choose(0, 72)), (1, Gen.Choose(24 * 100, 24 * 500))).ArrayOf(weights.Length)
             from expire in Gen.Elements(false, false, true).ArrayOf(weights.Length)
             select Build(lines, shipping, byPoints, multiplier, spentPercent, weights, gaps, expire))
            .ToArbitrary();

        private static RefundedOrder Build(int[] lines, int shipping, int byPointsQuarters, decimal multiplier, long spentPercent, int[] weights, int[] gaps, bool[] expire)
        {
            var paidAt = March3;
            var orderLines = lines.Select((cents, i) => new PaidOrderLine(new Sku($"sku-{i}"), new CategoryId("general"), Money.FromMinorUnits(cents, Currency.CNY)));
            long goods = lines.Sum();
            var order = new PaidOrder(new OrderId("o-1"), paidAt, orderLines, Money.FromMinorUnits(shipping, Currency.CNY), Money.FromMinorUnits(goods * byPointsQuarters / 16, Currency.CNY));

            // Cut the goods value at the running share of the weights: the parts add up to it exactly.
            var parts = new List<long>();
            var (cut, total, running) = (0L, weights.Sum(), 0L);
            foreach (var weight in weights)
            {
                running += weight;
                var next = goods * running / total;
                if (next > cut)
                {
                    parts.Add(next - cut);
                    cut = next;
                }
            }

            return new RefundedOrder(order, multiplier, spentPercent, [.. parts], gaps[..parts.Count], expire[..parts.Count]);
        }
    }
}
