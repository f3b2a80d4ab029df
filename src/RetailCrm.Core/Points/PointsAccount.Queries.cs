namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>The account's position at <paramref name="at"/>: available, pending, expiring soon. Expired points never count as available.</summary>
    /// <param name="at">The instant asked about, normally now.</param>
    /// <returns>The position.</returns>
    /// <remarks>It reads the account as it stands after every recorded command: it is not a view of the past.</remarks>
    public PointsBalance BalanceAt(Instant at)
    {
        Points spendable = Points.Zero, pending = Points.Zero, expired = Points.Zero, expiringSoon = Points.Zero;
        Instant? nextExpiry = null;
        var soon = at + Policy.ExpiringSoonWindow;
        foreach (var id in openLots)
        {
            var lot = LotOf(id);
            if (lot.IsExpiredAt(at))
            {
                expired += lot.Remaining;
                continue;
            }

            if (lot.IsPendingAt(at))
            {
                pending += lot.Remaining;
            }
            else
            {
                spendable += lot.Remaining;
                if (lot.ExpiresAt is { } e && e <= soon)
                {
                    expiringSoon += lot.Remaining;
                }
            }

            if (lot.ExpiresAt is { } expiry && (nextExpiry is null || expiry < nextExpiry))
            {
                nextExpiry = expiry;
            }
        }

        return new PointsBalance(at, balance, spendable - debt, pending, expired, debt, expiringSoon, nextExpiry);
    }

    /// <summary>The statement of an account held whole: every entry with its running balance, and the position at <paramref name="at"/>.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="InvalidOperationException">The account was loaded for one command and holds only part of its ledger; read the statement through the store.</exception>
    public PointsStatement StatementAt(Instant at)
    {
        RequireWhole();
        var lines = new StatementLine[entries.Count];
        var running = Points.Zero;
        for (var i = 0; i < entries.Count; i++)
        {
            running += entries[i].Change;
            lines[i] = new StatementLine(entries[i], running);
        }

        return new PointsStatement(CustomerId, lines, BalanceAt(at));
    }

    /// <summary>The ids of the lots with points left, as the account keeps them; for checking the index.</summary>
    internal IReadOnlyList<int> OpenLotIds => openLots;

    private void RequireWhole()
    {
        if (!IsWhole)
        {
            throw new InvalidOperationException($"The points account of {CustomerId} was loaded for one command and holds only part of its history.");
        }
    }

    /// <summary>Points that can be spent at <paramref name="at"/>, minus debt.</summary>
    private Points AvailableAt(Instant at)
    {
        var spendable = Points.Zero;
        foreach (var id in openLots)
        {
            var lot = LotOf(id);
            if (lot.IsSpendableAt(at))
            {
                spendable += lot.Remaining;
            }
        }

        return spendable - debt;
    }
}
