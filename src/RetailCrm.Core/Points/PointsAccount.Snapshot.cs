namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>The account's state as plain records, for a store.</summary>
    /// <returns>A snapshot that shares nothing mutable with the account.</returns>
    public PointsAccountSnapshot ToSnapshot() =>
        new(CustomerId, Version, lots.ToArray(), entries.ToArray(), redemptions.ToArray(), earnings.ToArray(), refunds.ToArray(), commands.ToArray());

    /// <summary>
    /// Rebuilds an account from a snapshot, checking that it describes a state the account's own
    /// behaviour could have produced: entries numbered in order and never back in time, every lot
    /// equal to the sum of its entries and never negative, the debt equal to the sum of the entries'
    /// debt changes.
    /// </summary>
    /// <param name="snapshot">The stored state.</param>
    /// <param name="policy">The programme's current policy.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvariantViolationException">The snapshot is inconsistent.</exception>
    public static PointsAccount FromSnapshot(PointsAccountSnapshot snapshot, PointsPolicy policy)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(policy);
        RequireCustomer(snapshot.CustomerId);
        if (snapshot.Version < 0)
        {
            throw Broken(snapshot, "has a negative version");
        }

        var account = new PointsAccount(snapshot.CustomerId, policy, snapshot.Version);
        var lotTotals = new Points[snapshot.Lots.Count];
        var expiredTotals = new Points[snapshot.Lots.Count];
        for (var i = 0; i < snapshot.Entries.Count; i++)
        {
            var entry = snapshot.Entries[i];
            if (entry is null || entry.Id != i + 1 || (i > 0 && entry.At < snapshot.Entries[i - 1].At))
            {
                throw Broken(snapshot, $"has entry {i + 1} out of order");
            }

            if (entry.LotId is { } lotId)
            {
                if (lotId < 1 || lotId > lotTotals.Length)
                {
                    throw Broken(snapshot, $"has entry {entry.Id} for unknown lot {lotId}");
                }

                lotTotals[lotId - 1] += entry.LotChange;
                if (entry.Kind == PointsEntryKind.Expired)
                {
                    expiredTotals[lotId - 1] -= entry.Change;
                }
            }
            else if (!entry.LotChange.IsZero)
            {
                throw Broken(snapshot, $"has entry {entry.Id} that moves points without a lot");
            }

            account.balance += entry.Change;
            account.debt += entry.DebtChange;
            account.entries.Add(entry);
        }

        for (var i = 0; i < snapshot.Lots.Count; i++)
        {
            var lot = snapshot.Lots[i];
            if (lot is null || lot.Id != i + 1 || lot.Remaining.IsNegative || lot.Remaining != lotTotals[i] || lot.Expired != expiredTotals[i])
            {
                throw Broken(snapshot, $"has lot {i + 1} that does not match its entries");
            }

            account.lots.Add(lot);
            account.openPosition.Add(-1);
            account.Track(i, lot.Remaining);
        }

        if (account.debt.IsNegative)
        {
            throw Broken(snapshot, "has a negative debt");
        }

        foreach (var redemption in snapshot.Redemptions)
        {
            account.AddRedemption(redemption);
        }
        foreach (var earning in snapshot.Earnings)
        {
            if (!account.earningIndex.TryAdd(earning.OrderId, account.earnings.Count))
            {
                throw Broken(snapshot, $"has order {earning.OrderId} earning twice");
            }

            account.earnings.Add(earning);
        }

        foreach (var refund in snapshot.Refunds)
        {
            account.refunds.Add(refund);
            account.refundSet.Add(refund);
        }

        foreach (var command in snapshot.Commands)
        {
            if (command is null || command.Key == default || string.IsNullOrWhiteSpace(command.Content))
            {
                throw Broken(snapshot, "has a processed command without a key or content");
            }

            if (!account.commandIndex.TryAdd(command.Key, command))
            {
                throw Broken(snapshot, $"has idempotency key '{command.Key}' twice");
            }

            account.commands.Add(command);
        }

        return account;
    }

    private static InvariantViolationException Broken(PointsAccountSnapshot snapshot, string what) =>
        new($"The snapshot of the points account of {snapshot.CustomerId} {what}.");
}
