namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    private Outcome Earn(EarnPoints command, Instant now)
    {
        var order = command.Order;
        if (earningIndex.ContainsKey(order.Id))
        {
            return Outcome.Reject(PointsRejectionReason.OrderAlreadyEarned, $"Order {order.Id} has already earned points.");
        }

        var quote = Policy.QuoteEarning(order, command.TierMultiplier);
        int? lotId = null;
        if (quote.Points.IsPositive)
        {
            lotId = AddLot(LotSource.Order, order.Id, order.PaidAt, order.PaidAt + Policy.PendingPeriod, quote.Points);
            Write(PointsEntryKind.Earned, quote.Points, lotId, Points.Zero, now, command.Key, order.Id, note: quote.Campaign?.Name);
            RepayDebtFrom(lotId.Value, now, command.Key);
        }

        var zero = Money.Zero(order.Currency);
        tracker.Earnings.Add(earnings.Count);
        AddEarning(new OrderEarning(order.Id, order.PaidAt, lotId, quote.Points, order.GoodsValue, zero, Points.Zero, Points.Zero));
        Raise(new PointsEarned(CustomerId, now, quote.Points, order.Id, lotId));
        return Outcome.Success();
    }

    private Outcome Redeem(RedeemPoints command, Instant now)
    {
        var policy = Policy.Redemption;
        var points = command.Points;
        if (points < policy.Minimum)
        {
            return Outcome.Reject(PointsRejectionReason.BelowMinimum, $"At least {policy.Minimum} must be redeemed at once; {points} were asked.");
        }

        if (points.Value % policy.Step.Value != 0)
        {
            return Outcome.Reject(PointsRejectionReason.NotAMultipleOfStep, $"Points are redeemed in steps of {policy.Step}; {points} is not a multiple.");
        }

        var value = policy.Rate.ValueOf(points);
        var alreadyPaid = Money.Zero(value.Currency);
        foreach (var r in RedemptionsOf(command.OrderId))
        {
            if (redemptions[r].IsActive)
            {
                alreadyPaid += redemptions[r].Value;
            }
        }

        var maxValue = policy.MaxOrderShare.Of(command.OrderAmount);
        var available = AvailableAt(now);
        if (alreadyPaid + value > maxValue)
        {
            // The hint is what can really be redeemed: within the share and within the points available, in whole steps.
            var stepValue = policy.Rate.ValueOf(policy.Step).Amount;
            var stepsByShare = (long)decimal.Floor(Math.Max(0m, (maxValue - alreadyPaid).Amount) / stepValue);
            var stepsByBalance = Math.Max(0L, available.Value) / policy.Step.Value;
            var most = Points.Of(Math.Min(stepsByShare, stepsByBalance) * policy.Step.Value);
            return Outcome.Reject(PointsRejectionReason.OverOrderShare, $"Points may pay at most {policy.MaxOrderShare} of the order ({maxValue.Round()}); at most {most} can be redeemed on it now.");
        }

        if (available < points)
        {
            return Outcome.Reject(PointsRejectionReason.InsufficientPoints, $"{Points.Max(available, Points.Zero)} are available; {points} were asked.");
        }

        var id = nextRedemptionId++;
        var taken = new List<PointsTaken>();
        TakeFromLots(SpendableLots(now), points, PointsEntryKind.Redeemed, now, command.Key, command.OrderId, redemptionId: id, taken: taken);
        tracker.Redemptions.Add(redemptions.Count);
        AddRedemption(new PointsRedemption(id, command.OrderId, points, value, now, CancelledAt: null, taken));
        Raise(new PointsRedeemed(CustomerId, now, -points, command.OrderId, id, value));
        return Outcome.Success(value);
    }

    private Outcome Cancel(CancelRedemption command, Instant now)
    {
        var any = false;
        var balanceBefore = balance;
        foreach (var r in RedemptionsOf(command.OrderId))
        {
            var redemption = redemptions[r];
            if (!redemption.IsActive)
            {
                continue;
            }

            any = true;
            foreach (var (lotId, returned) in redemption.Taken)
            {
                Write(PointsEntryKind.RedemptionCancelled, returned, lotId, Points.Zero, now, command.Key, command.OrderId, redemptionId: redemption.Id);
                if (LotOf(lotId).IsExpiredAt(now))
                {
                    WriteOffExpired(lotId, returned, now, command.Key);
                }
                else
                {
                    RepayDebtFrom(lotId, now, command.Key);
                }
            }

            redemptions[r] = redemption with { CancelledAt = now };
            tracker.Redemptions.Add(r);
        }

        if (!any)
        {
            return Outcome.Reject(PointsRejectionReason.NoRedemptionToCancel, $"Order {command.OrderId} has no active redemption to cancel.");
        }

        Raise(new RedemptionCancelled(CustomerId, now, balance - balanceBefore, command.OrderId));
        return Outcome.Success();
    }

    private Outcome Adjust(AdjustPoints command, Instant now)
    {
        if (command.Change.IsPositive)
        {
            var lotId = AddLot(LotSource.Adjustment, null, now, now, command.Change);
            Write(PointsEntryKind.Adjusted, command.Change, lotId, Points.Zero, now, command.Key, note: command.Reason);
            RepayDebtFrom(lotId, now, command.Key);
            Raise(new PointsAdjusted(CustomerId, now, command.Change, command.Reason));
            return Outcome.Success();
        }

        var debit = -command.Change;
        var available = AvailableAt(now);
        if (available < debit)
        {
            return Outcome.Reject(PointsRejectionReason.InsufficientPoints, $"{Points.Max(available, Points.Zero)} are available; a debit of {debit} was asked.");
        }

        TakeFromLots(SpendableLots(now), debit, PointsEntryKind.Adjusted, now, command.Key, note: command.Reason);
        Raise(new PointsAdjusted(CustomerId, now, command.Change, command.Reason));
        return Outcome.Success();
    }

    /// <summary>What a command produced besides its entries.</summary>
    private readonly record struct Outcome(Rejection<PointsRejectionReason>? Rejection, Money? Value)
    {
        public static Outcome Success(Money? value = null) => new(null, value);

        public static Outcome Reject(PointsRejectionReason reason, string message) => new(new Rejection<PointsRejectionReason>(reason, message), null);
    }
}
