namespace RetailCrm.Points;

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
/// One class, two ways to hold it, the same decisions. <see cref="Open"/> and
/// <see cref="FromSnapshot"/> hold the whole account in memory (tests, export, one-off runs).
/// <see cref="Load"/> holds what a store loaded for one command: the live state, the open lots and
/// the keyed records the command names (<see cref="PointsCommand.Touches"/>). Either way
/// <see cref="Decide"/> returns the outcome and the change set a store commits.
/// </para>
/// <para>
/// Optimistic concurrency: <see cref="Version"/> grows by one for each command that changes the
/// account; a store commits a change set only while it still holds the version it was read at.
/// </para>
/// </remarks>
public sealed partial class PointsAccount
{
    // The lots this instance knows (every lot for a whole account; the open and named ones for a
    // loaded one), in id order, and each lot's place there.
    private readonly List<PointsLot> lots = [];
    private readonly Dictionary<int, int> lotPosition = [];

    // The ids of the lots with points left, in no particular order, and each one's place there:
    // balances, redemptions and expiry read only these, so a long history of spent lots costs nothing.
    private readonly List<int> openLots = [];
    private readonly Dictionary<int, int> openPosition = [];
    private readonly List<PointsEntry> entries = [];
    private readonly List<PointsRedemption> redemptions = [];
    private readonly Dictionary<OrderId, List<int>> redemptionIndex = [];
    private readonly List<OrderEarning> earnings = [];
    private readonly Dictionary<OrderId, int> earningIndex = [];
    private readonly List<RefundId> refunds = [];
    private readonly HashSet<RefundId> refundSet = [];
    private readonly List<ProcessedCommand> commands = [];
    private readonly Dictionary<IdempotencyKey, ProcessedCommand> commandIndex = [];

    // The keys a loaded account was loaded with; null for a whole account.
    private readonly PointsKeys? loadedKeys;
    private readonly Tracker tracker = new();
    private Points balance;
    private Points debt;
    private long nextEntryId = 1;
    private int nextLotId = 1;
    private int nextRedemptionId = 1;
    private Instant? lastEntryAt;

    private PointsAccount(CustomerId customerId, PointsPolicy policy, long version, PointsKeys? loadedKeys)
    {
        CustomerId = customerId;
        Policy = policy;
        Version = version;
        this.loadedKeys = loadedKeys;
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

    /// <summary>
    /// The ledger entries this instance holds, oldest first: the whole ledger for an account held
    /// whole (<see cref="Open"/>, <see cref="FromSnapshot"/>); for a loaded account only those written
    /// since it was loaded (the store's history has the rest).
    /// </summary>
    public IReadOnlyList<PointsEntry> Entries => entries;

    /// <summary>The lots this instance holds, in the order they were credited: all of them for an account held whole; for a loaded account the open lots and those its records name.</summary>
    public IReadOnlyList<PointsLot> Lots => lots;

    /// <summary>The redemptions this instance holds, oldest first (for a loaded account, those of the order it was loaded for).</summary>
    public IReadOnlyList<PointsRedemption> Redemptions => redemptions;

    /// <summary>What each order earned, in the order earned (for a loaded account, the earning it was loaded for).</summary>
    public IReadOnlyList<OrderEarning> Earnings => earnings;

    /// <summary>When the last entry was written, or null for an empty ledger.</summary>
    public Instant? LastEntryAt => lastEntryAt;

    /// <summary>Whether the instance holds the whole account (<see cref="Open"/>, <see cref="FromSnapshot"/>) rather than what a store loaded for one command.</summary>
    public bool IsWhole => loadedKeys is null;

    /// <summary>Opens an empty account, held whole in memory.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="policy">The programme's policy.</param>
    /// <returns>The account, at version 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is default.</exception>
    public static PointsAccount Open(CustomerId customerId, PointsPolicy policy)
    {
        RequireCustomer(customerId);
        return new PointsAccount(customerId, Guard.Against.Null(policy), 0, loadedKeys: null);
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
    /// <exception cref="InvalidOperationException">The account was loaded without the records the command touches.</exception>
    public PointsResult Execute(PointsCommand command, Instant at) => Decide(command, at).Result;

    /// <summary>
    /// Runs a command at <paramref name="at"/> like <see cref="Execute"/>, and returns with the
    /// outcome the change set that stores it (null for a replay, which changes nothing).
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="at">When it happens.</param>
    /// <returns>The outcome and the change set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ArgumentException">An amount in the command is not in the programme's currency.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used before for a command that asked something else.</exception>
    /// <exception cref="InvalidOperationException">The account was loaded without the records the command touches.</exception>
    public PointsDecision Decide(PointsCommand command, Instant at)
    {
        Guard.Against.Null(command);
        RequireLoaded(command.Touches());
        var content = command.ToCanonicalString();
        if (commandIndex.TryGetValue(command.Key, out var first))
        {
            return string.Equals(first.Content, content, StringComparison.Ordinal)
                ? new PointsDecision(Replay(first), null)
                : throw new IdempotencyKeyReusedException(command.Key, first.Content, content);
        }

        RequireCurrency(command);
        var now = lastEntryAt is { } last && last > at ? last : at;
        var firstEntry = Begin();
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
        var record = new ProcessedCommand(command.Key, content, outcome.Rejection?.Reason, outcome.Rejection?.Message, change, outcome.Value, written);
        commands.Add(record);
        commandIndex.Add(record.Key, record);
        var result = new PointsResult(command.Key, outcome.Rejection, change, outcome.Value, written, isReplay: false);
        return new PointsDecision(result, Commit(written, record));
    }

    /// <summary>
    /// Writes off every lot whose expiry has come by <paramref name="at"/> with an
    /// <see cref="PointsEntryKind.Expired"/> entry, so the statement explains where the points
    /// went. Balances asked at an instant never count expired points even before this runs; running
    /// it twice writes nothing the second time.
    /// </summary>
    /// <param name="at">The instant to expire up to.</param>
    /// <returns>The entries written; the version grows only if there were any.</returns>
    public PointsResult Expire(Instant at) => DecideExpiry(at).Result;

    /// <summary>Runs <see cref="Expire"/> and returns with its outcome the change set that stores it (null when nothing was due).</summary>
    /// <param name="at">The instant to expire up to.</param>
    /// <returns>The outcome and the change set.</returns>
    public PointsDecision DecideExpiry(Instant at)
    {
        var now = lastEntryAt is { } last && last > at ? last : at;
        var firstEntry = Begin();
        List<int>? due = null;
        foreach (var id in openLots)
        {
            if (LotOf(id).IsExpiredAt(now))
            {
                (due ??= []).Add(id);
            }
        }

        if (due is not null)
        {
            // Oldest lot first, as the statement reads.
            due.Sort();
            foreach (var id in due)
            {
                WriteOffExpired(id, LotOf(id).Remaining, now, key: null);
            }
        }

        var written = entries.GetRange(firstEntry, entries.Count - firstEntry);
        if (due is not null)
        {
            Raise(new PointsExpired(CustomerId, now, Sum(written), due));
        }

        var result = new PointsResult(null, null, Sum(written), null, written, isReplay: false);
        return new PointsDecision(result, written.Count > 0 ? Commit(written, null) : null);
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

    private static PointsResult Replay(ProcessedCommand first)
    {
        var rejection = first.Reason is { } reason ? new Rejection<PointsRejectionReason>(reason, first.Message!) : null;
        return new PointsResult(first.Key, rejection, first.Change, first.Value, first.Entries, isReplay: true);
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
}
