namespace RetailCrm.Points;

using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// A customer's points account: a ledger of entries over lots of points, each lot with its own
/// pending period and expiry. The only way to change it is a <see cref="PointsCommand"/> or
/// <see cref="Expire"/>; every change is an entry, so the balance is always the sum of the entries.
/// </summary>
/// <remarks>
/// <para>
/// Pure: it never reads a clock. Every command takes the instant it happens at; an instant earlier
/// than the last entry (a slightly slow clock on another server) is recorded at the last entry's
/// instant, so entries never go back in time.
/// </para>
/// <para>
/// Optimistic concurrency: <see cref="Version"/> grows by one for each command that changes the
/// account. Save with the version it had when loaded; a repository refuses a stale write.
/// </para>
/// </remarks>
public sealed partial class PointsAccount
{
    private readonly List<PointsLot> lots = [];

    // The lots with points left, in no particular order, and each lot's place there (-1 when empty):
    // balances, redemptions and expiry read only these, so a long history of spent lots costs nothing.
    private readonly List<int> openLots = [];
    private readonly List<int> openPosition = [];
    private readonly List<PointsEntry> entries = [];
    private readonly List<PointsRedemption> redemptions = [];
    private readonly Dictionary<OrderId, List<int>> redemptionIndex = [];
    private readonly List<OrderEarning> earnings = [];
    private readonly Dictionary<OrderId, int> earningIndex = [];
    private readonly List<RefundId> refunds = [];
    private readonly HashSet<RefundId> refundSet = [];
    private readonly List<ProcessedCommand> commands = [];
    private readonly Dictionary<IdempotencyKey, ProcessedCommand> commandIndex = [];
    private Points balance;
    private Points debt;

    private PointsAccount(CustomerId customerId, PointsPolicy policy, long version)
    {
        CustomerId = customerId;
        Policy = policy;
        Version = version;
    }

    /// <summary>The customer who owns the account.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The policy the account applies to new commands.</summary>
    public PointsPolicy Policy { get; }

    /// <summary>The version for optimistic concurrency: 0 for a new account, one more per change.</summary>
    public long Version { get; private set; }

    /// <summary>The balance: the sum of every entry's change (pending and not-yet-written-off expired points included, debt subtracted).</summary>
    public Points Balance => balance;

    /// <summary>Points owed because a refund clawed back points that were already spent; later credits repay it first.</summary>
    public Points Debt => debt;

    /// <summary>The ledger, oldest entry first.</summary>
    public IReadOnlyList<PointsEntry> Entries => entries;

    /// <summary>The lots, in the order they were credited.</summary>
    public IReadOnlyList<PointsLot> Lots => lots;

    /// <summary>The redemptions, oldest first.</summary>
    public IReadOnlyList<PointsRedemption> Redemptions => redemptions;

    /// <summary>What each order earned, in the order earned.</summary>
    public IReadOnlyList<OrderEarning> Earnings => earnings;

    /// <summary>When the last entry was written, or null for an empty ledger.</summary>
    public Instant? LastEntryAt => entries.Count == 0 ? null : entries[^1].At;

    /// <summary>Opens an empty account.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="policy">The programme's policy.</param>
    /// <returns>The account, at version 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is default.</exception>
    public static PointsAccount Open(CustomerId customerId, PointsPolicy policy)
    {
        RequireCustomer(customerId);
        return new PointsAccount(customerId, Guard.Against.Null(policy), 0);
    }

    /// <summary>
    /// Runs a command at <paramref name="at"/>. A key seen before with the same command returns the
    /// first outcome and changes nothing; bad input throws and changes nothing; a business refusal is a result.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentException">An amount in the command is not in the programme's currency.</exception>
    /// <exception cref="IdempotencyKeyReusedException">
    /// The key was used before for a command that asked something else: another kind of command, or
    /// any field different (<see cref="PointsCommand.ToCanonicalString"/>).
    /// </exception>
    public PointsResult Execute(PointsCommand command, Instant at)
    {
        Guard.Against.Null(command);
        var content = command.ToCanonicalString();
        if (commandIndex.TryGetValue(command.Key, out var first))
        {
            return string.Equals(first.Content, content, StringComparison.Ordinal)
                ? Replay(first)
                : throw new IdempotencyKeyReusedException(command.Key, first.Content, content);
        }

        RequireCurrency(command);
        var now = LastEntryAt is { } last && last > at ? last : at;
        var firstEntry = entries.Count;
        var outcome = command switch
        {
            EarnPoints earn => Earn(earn, now),
            RedeemPoints redeem => Redeem(redeem, now),
            CancelRedemption cancel => Cancel(cancel, now),
            ClawBackPoints clawBack => ClawBack(clawBack, now),
            AdjustPoints adjust => Adjust(adjust, now),
            _ => throw new ArgumentException($"Unknown points command {command.GetType().Name}.", nameof(command)),
        };

        var written = entries.GetRange(firstEntry, entries.Count - firstEntry);
        var change = Sum(written);
        var record = new ProcessedCommand(command.Key, content, outcome.Rejection?.Reason, outcome.Rejection?.Message, change, outcome.Value);
        commands.Add(record);
        commandIndex.Add(record.Key, record);
        Version++;
        return new PointsResult(command.Key, outcome.Rejection, change, outcome.Value, written, isReplay: false);
    }

    /// <summary>
    /// Writes off every lot whose expiry has come by <paramref name="at"/> with an
    /// <see cref="PointsEntryKind.Expired"/> entry, so the statement explains where the points
    /// went. Balances asked at an instant never count expired points even before this runs; running
    /// it twice writes nothing the second time.
    /// </summary>
    /// <param name="at">The instant to expire up to.</param>
    /// <returns>The entries written; the version grows only if there were any.</returns>
    public PointsResult Expire(Instant at)
    {
        var now = LastEntryAt is { } last && last > at ? last : at;
        var firstEntry = entries.Count;
        List<int>? due = null;
        foreach (var i in openLots)
        {
            if (lots[i].IsExpiredAt(now))
            {
                (due ??= []).Add(i);
            }
        }

        if (due is not null)
        {
            // Oldest lot first, as the statement reads.
            due.Sort();
            foreach (var i in due)
            {
                WriteOffExpired(i, lots[i].Remaining, now, key: null);
            }
        }

        var written = entries.GetRange(firstEntry, entries.Count - firstEntry);
        if (written.Count > 0)
        {
            Version++;
        }

        return new PointsResult(null, null, Sum(written), null, written, isReplay: false);
    }

    private static void RequireCustomer(CustomerId customerId)
    {
        IdArgument.Require(customerId, nameof(customerId));
    }

    private static Points Sum(List<PointsEntry> written)
    {
        var sum = Points.Zero;
        foreach (var entry in written)
        {
            sum += entry.Change;
        }

        return sum;
    }

    private PointsResult Replay(ProcessedCommand first)
    {
        var written = entries.Where(e => e.CommandKey == first.Key).ToArray();
        var rejection = first.Reason is { } reason ? new Rejection<PointsRejectionReason>(reason, first.Message!) : null;
        return new PointsResult(first.Key, rejection, first.Change, first.Value, written, isReplay: true);
    }

    private void RequireCurrency(PointsCommand command)
    {
        switch (command)
        {
            case EarnPoints earn:
                Policy.RequireCurrency(earn.Order.Currency, nameof(command));
                break;
            case RedeemPoints redeem:
                Policy.RequireCurrency(redeem.OrderAmount.Currency, nameof(command));
                break;
            case ClawBackPoints clawBack:
                Policy.RequireCurrency(clawBack.Refund.GoodsAmount.Currency, nameof(command));
                break;
        }
    }

    /// <summary>Appends an entry and moves its lot and the debt, keeping the balance the sum of the entries.</summary>
    private void Write(PointsEntryKind kind, Points change, int? lotIndex, Points debtChange, Instant at, IdempotencyKey? key, OrderId? orderId = null, RefundId? refundId = null, int? redemptionId = null, string? note = null)
    {
        int? lotId = null;
        if (lotIndex is { } index)
        {
            var lot = lots[index];
            var remaining = lot.Remaining + change + debtChange;
            if (remaining.IsNegative)
            {
                throw new InvariantViolationException($"Lot {lot.Id} of {CustomerId} would go below zero.");
            }

            lots[index] = lot with { Remaining = remaining };
            Track(index, remaining);
            lotId = lot.Id;
        }

        entries.Add(new PointsEntry(entries.Count + 1, at, kind, change, lotId, debtChange, orderId, refundId, redemptionId, key, note));
        balance += change;
        debt += debtChange;
    }

    /// <summary>Adds an empty lot of <paramref name="original"/> points; the entry that credits it follows.</summary>
    private int AddLot(LotSource source, OrderId? orderId, Instant creditedAt, Instant availableAt, Points original)
    {
        var lot = new PointsLot(lots.Count + 1, source, orderId, creditedAt, availableAt, Policy.Expiry.ExpiresAt(creditedAt, Policy.TimeZone), original, Points.Zero, Points.Zero);
        lots.Add(lot);
        openPosition.Add(-1);
        return lots.Count - 1;
    }

    /// <summary>Keeps <see cref="openLots"/> the lots with points left after a lot's remaining points change.</summary>
    private void Track(int lotIndex, Points remaining)
    {
        var position = openPosition[lotIndex];
        if (remaining.IsPositive && position < 0)
        {
            openPosition[lotIndex] = openLots.Count;
            openLots.Add(lotIndex);
        }
        else if (!remaining.IsPositive && position >= 0)
        {
            // Swap-remove: the last open lot takes the emptied lot's place.
            var last = openLots[^1];
            openLots[position] = last;
            openPosition[last] = position;
            openLots.RemoveAt(openLots.Count - 1);
            openPosition[lotIndex] = -1;
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

    private void WriteOffExpired(int lotIndex, Points points, Instant at, IdempotencyKey? key)
    {
        Write(PointsEntryKind.Expired, -points, lotIndex, Points.Zero, at, key, lots[lotIndex].OrderId);
        lots[lotIndex] = lots[lotIndex] with { Expired = lots[lotIndex].Expired + points };
    }

    /// <summary>Repays clawback debt from a lot that has just been credited, if it is not expired.</summary>
    private void RepayDebtFrom(int lotIndex, Instant at, IdempotencyKey? key)
    {
        var lot = lots[lotIndex];
        if (!debt.IsPositive || lot.IsExpiredAt(at) || !lot.Remaining.IsPositive)
        {
            return;
        }

        var repaid = Points.Min(debt, lot.Remaining);
        Write(PointsEntryKind.DebtRepaid, Points.Zero, lotIndex, -repaid, at, key, lot.OrderId, note: "clawback debt repaid");
    }

    /// <summary>Indexes of lots with points that can be spent at <paramref name="at"/>, earliest expiry first (never-expiring last), then oldest.</summary>
    private List<int> SpendableLots(Instant at, bool includePending = false)
    {
        var result = new List<int>();
        foreach (var i in openLots)
        {
            var lot = lots[i];
            if (lot.Remaining.IsPositive && (lot.IsSpendableAt(at) || (includePending && lot.IsPendingAt(at))))
            {
                result.Add(i);
            }
        }

        result.Sort((a, b) => CompareSpendOrder(lots[a], lots[b], at));
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

    /// <summary>Takes <paramref name="points"/> from lots in spend order, writing one entry per lot; returns what could not be taken.</summary>
    private Points TakeFromLots(IEnumerable<int> lotIndexes, Points points, PointsEntryKind kind, Instant at, IdempotencyKey key, OrderId? orderId = null, RefundId? refundId = null, int? redemptionId = null, string? note = null)
    {
        var left = points;
        foreach (var index in lotIndexes)
        {
            if (!left.IsPositive)
            {
                break;
            }

            var take = Points.Min(left, lots[index].Remaining);
            if (take.IsPositive)
            {
                Write(kind, -take, index, Points.Zero, at, key, orderId ?? lots[index].OrderId, refundId, redemptionId, note);
                left -= take;
            }
        }

        return left;
    }
}
