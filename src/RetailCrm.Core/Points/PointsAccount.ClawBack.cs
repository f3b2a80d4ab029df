namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>
    /// Claws back the order's points in proportion to the goods refunded so far, computed from
    /// the points the order actually earned: cumulative target = floor(earned x refunded / goods),
    /// so partial refunds round in the customer's favour and a full refund removes exactly all.
    /// </summary>
    /// <remarks>
    /// Taken first from the order's own lot (pending or not), then from the customer's other
    /// unspent points (spendable, earliest expiry first, then pending); what remains was already
    /// spent and becomes debt that later credits repay first. Points of the order that expired
    /// unspent are not clawed back a second time.
    /// </remarks>
    private Outcome ClawBack(ClawBackPoints command, Instant now)
    {
        var refund = command.Refund;
        if (!earningIndex.TryGetValue(refund.OrderId, out var earningPosition))
        {
            return Outcome.Reject(PointsRejectionReason.OrderNotEarned, $"Order {refund.OrderId} earned no points in this account.");
        }

        if (refundSet.Contains(refund.Id))
        {
            return Outcome.Reject(PointsRejectionReason.RefundAlreadyProcessed, $"Refund {refund.Id} has already been clawed back.");
        }

        var earning = earnings[earningPosition];
        var refunded = earning.Refunded + refund.GoodsAmount;
        if (refunded > earning.GoodsValue)
        {
            return Outcome.Reject(PointsRejectionReason.RefundExceedsOrder, $"Refunds of {refunded} would exceed the order's goods value of {earning.GoodsValue}.");
        }

        var target = Points.Of((long)decimal.Floor(earning.Earned.Value * (refunded.Amount / earning.GoodsValue.Amount)));
        var due = target - earning.ClawedBack - earning.Waived;
        var waived = Points.Zero;
        if (due.IsPositive)
        {
            var left = due;
            if (earning.LotId is { } lotId)
            {
                var ownLot = lotId - 1;
                left = TakeFromLots([ownLot], left, PointsEntryKind.ClawedBack, now, command.Key, refund.OrderId, refund.Id);
                waived = Points.Min(left, lots[ownLot].Expired - earning.Waived);
                left -= waived;
            }

            left = TakeFromLots(SpendableLots(now, includePending: true), left, PointsEntryKind.ClawedBack, now, command.Key, refund.OrderId, refund.Id);
            if (left.IsPositive)
            {
                Write(PointsEntryKind.ClawedBack, -left, null, left, now, command.Key, refund.OrderId, refund.Id, note: "points already spent: debt");
            }
        }

        var clawed = Points.Max(due, Points.Zero) - waived;
        earnings[earningPosition] = earning with
        {
            Refunded = refunded,
            ClawedBack = earning.ClawedBack + clawed,
            Waived = earning.Waived + waived,
        };
        refunds.Add(refund.Id);
        refundSet.Add(refund.Id);
        return Outcome.Success();
    }
}
