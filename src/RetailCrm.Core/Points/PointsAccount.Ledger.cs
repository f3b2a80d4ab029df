namespace RetailCrm.Points;

using System.Runtime.InteropServices;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>Appends an entry and moves its lot and the debt, keeping the balance the sum of the entries.</summary>
    private void Write(PointsEntryKind kind, Points change, int? lotId, Points debtChange, Instant at, IdempotencyKey? key, OrderId? orderId = null, RefundId? refundId = null, int? redemptionId = null, string? note = null)
    {
        if (lotId is { } id)
        {
            var lot = LotOf(id);
            var remaining = lot.Remaining + change + debtChange;
            if (remaining.IsNegative)
            {
                throw new InvariantViolationException($"Lot {lot.Id} of {CustomerId} would go below zero.");
            }

            SetLot(lot with { Remaining = remaining });
        }

        entries.Add(new PointsEntry(nextEntryId++, at, kind, change, lotId, debtChange, orderId, refundId, redemptionId, key, note));
        lastEntryAt = at;
        balance += change;
        debt += debtChange;
    }

    /// <summary>Adds an empty lot of <paramref name="original"/> points; the entry that credits it follows.</summary>
    private int AddLot(LotSource source, OrderId? orderId, Instant creditedAt, Instant availableAt, Points original)
    {
        var lot = new PointsLot(nextLotId++, source, orderId, creditedAt, availableAt, Policy.Expiry.ExpiresAt(creditedAt, Policy.TimeZone), original, Points.Zero, Points.Zero);
        AddKnownLot(lot);
        tracker.Lots.Add(lot.Id);
        return lot.Id;
    }

    /// <summary>The lot with <paramref name="id"/>, which this instance must hold.</summary>
    private PointsLot LotOf(int id) =>
        lotPosition.TryGetValue(id, out var position)
            ? lots[position]
            : throw new InvariantViolationException($"Lot {id} of {CustomerId} is not held: the store did not load a lot the account's records name.");

    /// <summary>Replaces a held lot, keeping the open-lot index and the change set up to date.</summary>
    private void SetLot(PointsLot lot)
    {
        lots[lotPosition[lot.Id]] = lot;
        Track(lot.Id, lot.Remaining);
        tracker.Lots.Add(lot.Id);
    }

    /// <summary>Holds a lot (loaded, rebuilt or new); lots arrive in id order.</summary>
    private void AddKnownLot(PointsLot lot)
    {
        if (lots.Count > 0 && lots[^1].Id >= lot.Id)
        {
            throw new InvariantViolationException($"Lot {lot.Id} of {CustomerId} arrived out of order.");
        }

        lotPosition.Add(lot.Id, lots.Count);
        lots.Add(lot);
        Track(lot.Id, lot.Remaining);
    }

    /// <summary>Keeps <see cref="openLots"/> the lots with points left after a lot's remaining points change.</summary>
    private void Track(int lotId, Points remaining)
    {
        var isOpen = openPosition.TryGetValue(lotId, out var position);
        if (remaining.IsPositive && !isOpen)
        {
            openPosition.Add(lotId, openLots.Count);
            openLots.Add(lotId);
        }
        else if (!remaining.IsPositive && isOpen)
        {
            // Swap-remove: the last open lot takes the emptied lot's place.
            var last = openLots[^1];
            openLots[position] = last;
            openPosition[last] = position;
            openLots.RemoveAt(openLots.Count - 1);
            openPosition.Remove(lotId);
        }
    }

    /// <summary>Adds a redemption and indexes it by its order.</summary>
    private void AddRedemption(PointsRedemption redemption)
    {
        if (!redemptionIndex.TryGetValue(redemption.OrderId, out var ofOrder))
        {
            ofOrder = [];
            redemptionIndex.Add(redemption.OrderId, ofOrder);
        }

        ofOrder.Add(redemptions.Count);
        redemptions.Add(redemption);
    }

    /// <summary>Positions in <see cref="redemptions"/> of the order's redemptions, oldest first.</summary>
    private ReadOnlySpan<int> RedemptionsOf(OrderId orderId) =>
        redemptionIndex.TryGetValue(orderId, out var ofOrder) ? CollectionsMarshal.AsSpan(ofOrder) : default;

    private void AddEarning(OrderEarning earning)
    {
        if (!earningIndex.TryAdd(earning.OrderId, earnings.Count))
        {
            throw new InvariantViolationException($"Order {earning.OrderId} of {CustomerId} earned twice.");
        }

        earnings.Add(earning);
    }

    private void AddRefund(RefundId refund)
    {
        if (refundSet.Add(refund))
        {
            refunds.Add(refund);
        }
    }

    private void WriteOffExpired(int lotId, Points points, Instant at, IdempotencyKey? key)
    {
        Write(PointsEntryKind.Expired, -points, lotId, Points.Zero, at, key, LotOf(lotId).OrderId);
        var lot = LotOf(lotId);
        SetLot(lot with { Expired = lot.Expired + points });
    }

    /// <summary>Repays clawback debt from a lot that has just been credited, if it is not expired.</summary>
    private void RepayDebtFrom(int lotId, Instant at, IdempotencyKey? key)
    {
        var lot = LotOf(lotId);
        if (!debt.IsPositive || lot.IsExpiredAt(at) || !lot.Remaining.IsPositive)
        {
            return;
        }

        var repaid = Points.Min(debt, lot.Remaining);
        Write(PointsEntryKind.DebtRepaid, Points.Zero, lotId, -repaid, at, key, lot.OrderId, note: "clawback debt repaid");
    }

    /// <summary>Ids of lots with points that can be spent at <paramref name="at"/>, earliest expiry first (never-expiring last), then oldest.</summary>
    private List<int> SpendableLots(Instant at, bool includePending = false)
    {
        var result = new List<int>();
        foreach (var id in openLots)
        {
            var lot = LotOf(id);
            if (lot.Remaining.IsPositive && (lot.IsSpendableAt(at) || (includePending && lot.IsPendingAt(at))))
            {
                result.Add(id);
            }
        }

        result.Sort((a, b) => CompareSpendOrder(LotOf(a), LotOf(b), at));
        return result;
    }

    private static int CompareSpendOrder(PointsLot a, PointsLot b, Instant at)
    {
        // Spendable before pending; then earliest expiry (none = last); then oldest lot.
        var pending = a.IsPendingAt(at).CompareTo(b.IsPendingAt(at));
        if (pending != 0)
        {
            return pending;
        }

        var expiry = (a.ExpiresAt ?? Instant.MaxValue).CompareTo(b.ExpiresAt ?? Instant.MaxValue);
        return expiry != 0 ? expiry : a.Id.CompareTo(b.Id);
    }

    /// <summary>Takes <paramref name="points"/> from lots in spend order, writing one entry per lot (and noting it in <paramref name="taken"/>); returns what could not be taken.</summary>
    private Points TakeFromLots(IEnumerable<int> lotIds, Points points, PointsEntryKind kind, Instant at, IdempotencyKey key, OrderId? orderId = null, RefundId? refundId = null, int? redemptionId = null, string? note = null, List<PointsTaken>? taken = null)
    {
        var left = points;
        foreach (var id in lotIds)
        {
            if (!left.IsPositive)
            {
                break;
            }

            var lot = LotOf(id);
            var take = Points.Min(left, lot.Remaining);
            if (take.IsPositive)
            {
                Write(kind, -take, id, Points.Zero, at, key, orderId ?? lot.OrderId, refundId, redemptionId, note);
                taken?.Add(new PointsTaken(id, take));
                left -= take;
            }
        }

        return left;
    }
}
