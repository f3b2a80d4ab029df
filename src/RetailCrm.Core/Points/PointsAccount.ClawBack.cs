namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>
    /// Claws back the order's points in proportion to the goods refunded so far, computed from
    /// the points the order actually earned: after every refund the points clawed back and waived
    /// add up to floor(earned x refunded so far / goods), computed exactly, so partial refunds
    /// round in the customer's favour without the roundings adding up, and a full refund in any
    /// number of parts removes exactly what the order earned.
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

        var target = ShareOf(earning.Earned, refunded, earning.GoodsValue);
        var due = target - earning.ClawedBack - earning.Waived;
        var waived = Points.Zero;
        var debtIncurred = Points.Zero;
        if (due.IsPositive)
        {
            var left = due;
            if (earning.LotId is { } ownLot)
            {
                left = TakeFromLots([ownLot], left, PointsEntryKind.ClawedBack, now, command.Key, refund.OrderId, refund.Id);
                waived = Points.Min(left, LotOf(ownLot).Expired - earning.Waived);
                left -= waived;
            }

            left = TakeFromLots(SpendableLots(now, includePending: true), left, PointsEntryKind.ClawedBack, now, command.Key, refund.OrderId, refund.Id);
            if (left.IsPositive)
            {
                Write(PointsEntryKind.ClawedBack, -left, null, left, now, command.Key, refund.OrderId, refund.Id, note: "points already spent: debt");
                debtIncurred = left;
            }
        }

        var clawed = Points.Max(due, Points.Zero) - waived;
        earnings[earningPosition] = earning with
        {
            Refunded = refunded,
            ClawedBack = earning.ClawedBack + clawed,
            Waived = earning.Waived + waived,
        };
        tracker.Earnings.Add(earningPosition);
        AddRefund(refund.Id);
        tracker.Refunds.Add(refund.Id);
        Raise(new PointsClawedBack(CustomerId, now, -clawed, refund.OrderId, refund.Id, debtIncurred));
        return Outcome.Success();
    }

    /// <summary>floor(<paramref name="earned"/> x <paramref name="part"/> / <paramref name="whole"/>), exactly.</summary>
    /// <remarks>
    /// Dividing first (part / whole as a decimal) loses the exact quotient: 100 / 300 x 300 comes
    /// out just below 100 and floors to 99. Both amounts are rounded to the currency's minor unit
    /// (refunds and order lines are), so the product of whole numbers is formed before the one
    /// division, in 128 bits: no number of points times any amount overflows it.
    /// </remarks>
    private static Points ShareOf(Points earned, Money part, Money whole) =>
        Points.Of((long)((Int128)earned.Value * part.ToMinorUnits() / whole.ToMinorUnits()));
}
