namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// The application service a storefront calls: loads the live state of the customer's account and
/// the records the command names (<see cref="PointsCommand.Touches"/>), runs the command at the
/// clock's current instant, commits its change set, and retries a bounded number of times when
/// another writer committed first. A command costs the same whatever the account's history.
/// </summary>
public sealed class PointsService
{
    private const int StatementPage = 1_000;
    private readonly IPointsAccountStore store;
    private readonly IClock clock;
    private readonly PointsPolicy policy;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where accounts are kept.</param>
    /// <param name="clock">The clock that dates commands.</param>
    /// <param name="policy">The programme's policy, for new accounts.</param>
    /// <param name="maxAttempts">How many times a command is tried when saves conflict; 1 to 100, default 5.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is out of range.</exception>
    public PointsService(IPointsAccountStore store, IClock clock, PointsPolicy policy, int maxAttempts = 5)
    {
        this.store = Guard.Against.Null(store);
        this.clock = Guard.Against.Null(clock);
        this.policy = Guard.Against.Null(policy);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>Earns points on a paid order (pending until the return window passes).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="key">The idempotency key, e.g. "order-1001:earn".</param>
    /// <param name="tierMultiplier">The customer's membership multiplier, 1 by default.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsResult> EarnAsync(CustomerId customerId, PaidOrder order, IdempotencyKey key, decimal tierMultiplier = 1m, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        return ExecuteAsync(customerId, new EarnPoints(key, order, tierMultiplier), cancellationToken);
    }

    /// <summary>Spends points on an order; a refusal (too few points, over the share) is a result with a reason.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="orderAmount">The order's amount before points.</param>
    /// <param name="points">The points to spend.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome, with the money value of the points on success.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> or <paramref name="orderId"/> is <c>default</c>.</exception>
    public Task<PointsResult> RedeemAsync(CustomerId customerId, OrderId orderId, Money orderAmount, Points points, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        IdArgument.Require(orderId, nameof(orderId));
        return ExecuteAsync(customerId, new RedeemPoints(key, orderId, orderAmount, points), cancellationToken);
    }

    /// <summary>Cancels an order's redemptions and returns the points.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> or <paramref name="orderId"/> is <c>default</c>.</exception>
    public Task<PointsResult> CancelRedemptionAsync(CustomerId customerId, OrderId orderId, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        IdArgument.Require(orderId, nameof(orderId));
        return ExecuteAsync(customerId, new CancelRedemption(key, orderId), cancellationToken);
    }

    /// <summary>Claws back points in proportion to a refund.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="refund">The refund.</param>
    /// <param name="key">The idempotency key, e.g. "refund-77:clawback".</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsResult> ClawBackAsync(CustomerId customerId, OrderRefund refund, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        return ExecuteAsync(customerId, new ClawBackPoints(key, refund), cancellationToken);
    }

    /// <summary>Credits or debits points by hand, with a reason.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="change">Positive to credit, negative to debit.</param>
    /// <param name="reason">Why.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsResult> AdjustAsync(CustomerId customerId, Points change, string reason, IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        return ExecuteAsync(customerId, new AdjustPoints(key, change, reason), cancellationToken);
    }

    /// <summary>Runs any points command for a customer at the clock's current instant.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsResult> ExecuteAsync(CustomerId customerId, PointsCommand command, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        Guard.Against.Null(command);
        return WithRetryAsync(customerId, command.Touches(), account => account.Decide(command, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Writes the expiry entries of every lot expired by now.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries written.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt conflicted with another writer.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsResult> ExpireAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        WithRetryAsync(customerId, PointsKeys.None, account => account.DecideExpiry(clock.GetCurrentInstant()), cancellationToken);

    /// <summary>The customer's position now: available, pending, expiring soon. It reads the live state and open lots only.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The balance; all zero for a customer without an account.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public async Task<PointsBalance> GetBalanceAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        var account = await LoadAsync(customerId, PointsKeys.None, cancellationToken).ConfigureAwait(false);
        return account.BalanceAt(clock.GetCurrentInstant());
    }

    /// <summary>
    /// The customer's statement now: every entry with its running balance, read from the store's
    /// history page by page, up to the last entry of the live state read first.
    /// </summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The statement; empty for a customer without an account.</returns>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public async Task<PointsStatement> GetStatementAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        var account = await LoadAsync(customerId, PointsKeys.None, cancellationToken).ConfigureAwait(false);
        var last = account.LiveState.NextEntryId - 1;
        var lines = new List<StatementLine>();
        var running = Points.Zero;
        for (long after = 0; after < last;)
        {
            var page = await store.ReadEntriesAsync(customerId, after, StatementPage, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                if (entry.Id > last)
                {
                    break;
                }

                running += entry.Change;
                lines.Add(new StatementLine(entry, running));
            }

            if (page.Count < StatementPage)
            {
                break;
            }

            after = page[^1].Id;
        }

        return new PointsStatement(customerId, lines, account.BalanceAt(clock.GetCurrentInstant()));
    }

    private async Task<PointsAccount> LoadAsync(CustomerId customerId, PointsKeys keys, CancellationToken cancellationToken)
    {
        IdArgument.Require(customerId, nameof(customerId));
        var loaded = await store.LoadAsync(customerId, keys, cancellationToken).ConfigureAwait(false);
        return PointsAccount.Load(loaded, policy);
    }

    private Task<PointsResult> WithRetryAsync(CustomerId customerId, PointsKeys keys, Func<PointsAccount, PointsDecision> decide, CancellationToken cancellationToken)
    {
        IdArgument.Require(customerId, nameof(customerId));
        PointsChangeSet? changes = null;
        return OptimisticRetry.RunAsync(
            ct => LoadAsync(customerId, keys, ct),
            account => account.Version,
            account =>
            {
                var decision = decide(account);
                changes = decision.Changes;
                return decision.Result;
            },
            (_, _, ct) => store.CommitAsync(changes!, ct),
            maxAttempts,
            cancellationToken);
    }
}
