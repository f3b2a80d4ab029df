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
            var lotIndex = AddLot(LotSource.Order, order.Id, order.PaidAt, order.PaidAt + Policy.PendingPeriod, quote.Points);
            lotId = lots[lotIndex].Id;
            Write(PointsEntryKind.Earned, quote.Points, lotIndex, Points.Zero, now, command.Key, order.Id, note: quote.Campaign?.Name);
            RepayDebtFrom(lotIndex, now, command.Key);
        }

        var zero = Money.Zero(order.Currency);
        earningIndex.Add(order.Id, earnings.Count);
        earnings.Add(new OrderEarning(order.Id, order.PaidAt, lotId, quote.Points, order.GoodsValue, zero, Points.Zero, Points.Zero));
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

        var id = redemptions.Count + 1;
        TakeFromLots(SpendableLots(now), points, PointsEntryKind.Redeemed, now, command.Key, command.OrderId, redemptionId: id);
        AddRedemption(new PointsRedemption(id, command.OrderId, points, value, now, CancelledAt: null));
        return Outcome.Success(value);
    }

    private Outcome Cancel(CancelRedemption command, Instant now)
    {
        var any = false;
        foreach (var r in RedemptionsOf(command.OrderId))
        {
            var redemption = redemptions[r];
            if (!redemption.IsActive)
            {
                continue;
            }

            any = true;
            var spent = entries.Where(e => e.RedemptionId == redemption.Id && e.Kind == PointsEntryKind.Redeemed).ToArray();
            foreach (var entry in spent)
            {
                var lotIndex = entry.LotId!.Value - 1;
                var returned = -entry.Change;
                Write(PointsEntryKind.RedemptionCancelled, returned, lotIndex, Points.Zero, now, command.Key, command.OrderId, redemptionId: redemption.Id);
                if (lots[lotIndex].IsExpiredAt(now))
                {
                    WriteOffExpired(lotIndex, returned, now, command.Key);
                }
                else
                {
                    RepayDebtFrom(lotIndex, now, command.Key);
                }
            }

            redemptions[r] = redemption with { CancelledAt = now };
        }

        return any
            ? Outcome.Success()
            : Outcome.Reject(PointsRejectionReason.NoRedemptionToCancel, $"Order {command.OrderId} has no active redemption to cancel.");
    }

    private Outcome Adjust(AdjustPoints command, Instant now)
    {
        if (command.Change.IsPositive)
        {
            var lotIndex = AddLot(LotSource.Adjustment, null, now, now, command.Change);
            Write(PointsEntryKind.Adjusted, command.Change, lotIndex, Points.Zero, now, command.Key, note: command.Reason);
            RepayDebtFrom(lotIndex, now, command.Key);
            return Outcome.Success();
        }

        var debit = -command.Change;
        var available = AvailableAt(now);
        if (available < debit)
        {
            return Outcome.Reject(PointsRejectionReason.InsufficientPoints, $"{Points.Max(available, Points.Zero)} are available; a debit of {debit} was asked.");
        }

        TakeFromLots(SpendableLots(now), debit, PointsEntryKind.Adjusted, now, command.Key, note: command.Reason);
        return Outcome.Success();
    }

    /// <summary>What a command produced besides its entries.</summary>
    private readonly record struct Outcome(Rejection<PointsRejectionReason>? Rejection, Money? Value)
    {
        public static Outcome Success(Money? value = null) => new(null, value);

        public static Outcome Reject(PointsRejectionReason reason, string message) => new(new Rejection<PointsRejectionReason>(reason, message), null);
    }
}
