namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>The whole account as plain records, for tests and export; no store is built on it.</summary>
    /// <returns>A snapshot that shares nothing mutable with the account.</returns>
    /// <exception cref="InvalidOperationException">The account was loaded for one command and holds only part of its history.</exception>
    public PointsAccountSnapshot ToSnapshot()
    {
        RequireWhole();
        return new(CustomerId, Version, lots.ToArray(), entries.ToArray(), redemptions.ToArray(), earnings.ToArray(), refunds.ToArray(), commands.ToArray());
    }

    /// <summary>
    /// Rebuilds a whole account from a snapshot, checking that it describes a state the account's own
    /// behaviour could have produced: entries numbered in order and never back in time, every lot
    /// equal to the sum of its entries and never negative, the debt equal to the sum of the entries'
    /// debt changes, every redemption's taken lots adding up to its points.
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

        var account = new PointsAccount(snapshot.CustomerId, policy, snapshot.Version, loadedKeys: null);
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

        account.nextEntryId = snapshot.Entries.Count + 1;
        account.lastEntryAt = snapshot.Entries.Count == 0 ? null : snapshot.Entries[^1].At;
        for (var i = 0; i < snapshot.Lots.Count; i++)
        {
            var lot = snapshot.Lots[i];
            if (lot is null || lot.Id != i + 1 || lot.Remaining.IsNegative || lot.Remaining != lotTotals[i] || lot.Expired != expiredTotals[i])
            {
                throw Broken(snapshot, $"has lot {i + 1} that does not match its entries");
            }

            account.AddKnownLot(lot);
        }

        account.nextLotId = snapshot.Lots.Count + 1;
        if (account.debt.IsNegative)
        {
            throw Broken(snapshot, "has a negative debt");
        }

        for (var i = 0; i < snapshot.Redemptions.Count; i++)
        {
            var redemption = snapshot.Redemptions[i];
            if (redemption is null || redemption.Id != i + 1 || redemption.Taken.Any(t => t.LotId < 1 || t.LotId > snapshot.Lots.Count || !t.Points.IsPositive)
                || redemption.Taken.Aggregate(Points.Zero, (sum, t) => sum + t.Points) != redemption.Points)
            {
                throw Broken(snapshot, $"has redemption {i + 1} whose lots do not add up to its points");
            }

            account.AddRedemption(redemption);
        }

        account.nextRedemptionId = snapshot.Redemptions.Count + 1;
        foreach (var earning in snapshot.Earnings)
        {
            if (earning is null || account.earningIndex.ContainsKey(earning.OrderId))
            {
                throw Broken(snapshot, $"has order {earning?.OrderId} earning twice");
            }

            account.AddEarning(earning);
        }

        foreach (var refund in snapshot.Refunds)
        {
            account.AddRefund(refund);
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
