namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// The membership application service a storefront calls: it loads the member's account (opening
/// it in the entry tier on first contact), records qualifying activity or evaluates at the clock's
/// instant, saves, and retries when another writer saved first.
/// </summary>
public sealed class MembershipService
{
    private readonly IMembershipRepository repository;
    private readonly IClock clock;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where accounts are kept.</param>
    /// <param name="clock">The clock commands act at.</param>
    /// <param name="ladder">The tier ladder.</param>
    /// <param name="maxAttempts">How often to retry a save that lost to another writer, 1 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public MembershipService(IMembershipRepository repository, IClock clock, TierLadder ladder, int maxAttempts = 5)
    {
        this.repository = Guard.Against.Null(repository);
        this.clock = Guard.Against.Null(clock);
        Ladder = Guard.Against.Null(ladder);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>The tier ladder.</summary>
    public TierLadder Ladder { get; }

    /// <summary>
    /// Records a paid order: its qualifying spend is the goods' value after discounts (shipping
    /// excluded, whether paid in money or points). Upgrades at once when it qualifies the member.
    /// </summary>
    /// <param name="customer">The member.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result, with any upgrade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentException">The order is in another currency or has no value.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<MembershipResult> RecordOrderAsync(CustomerId customer, PaidOrder order, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        Guard.Against.Null(order);
        // A member's first order may be recorded after it was paid: the account opens no later than the payment.
        return ChangeAsync(customer, account => account.RecordOrder(order.Id, order.GoodsValue, order.PaidAt), cancellationToken, order.PaidAt);
    }

    /// <summary>Records a refund of goods; see <see cref="MembershipAccount.RecordRefund"/>.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="refund">The refund.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="refund"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The refund is more than remains of the order.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<MembershipResult> RecordRefundAsync(CustomerId customer, OrderRefund refund, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        Guard.Against.Null(refund);
        return ChangeAsync(customer, account => account.RecordRefund(refund.Id, refund.OrderId, refund.GoodsAmount, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Records points earned (or clawed back) with the instant they are confirmed; see <see cref="MembershipAccount.RecordPoints"/>.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="key">The idempotency key.</param>
    /// <param name="points">The points, not zero.</param>
    /// <param name="earnedAt">When they were earned.</param>
    /// <param name="confirmedAt">When they stop being pending.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is zero or <paramref name="confirmedAt"/> is before <paramref name="earnedAt"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="key"/> is <c>default</c>.</exception>
    public Task<MembershipResult> RecordPointsAsync(CustomerId customer, IdempotencyKey key, Points points, Instant earnedAt, Instant confirmedAt, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(key, nameof(key));
        return ChangeAsync(customer, account => account.RecordPoints(key, points, earnedAt, confirmedAt), cancellationToken);
    }

    /// <summary>Brings the member's tier up to date now (reviews, assignments ending, confirmed points); run it daily or on each visit.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result, with the changes made.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<MembershipResult> EvaluateAsync(CustomerId customer, CancellationToken cancellationToken = default) =>
        ChangeAsync(customer, account => account.Evaluate(clock.GetCurrentInstant()), cancellationToken);

    /// <summary>Assigns a tier by hand from now; see <see cref="MembershipAccount.Assign"/>. A retry under the same key returns the first outcome.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="key">The idempotency key of this assignment.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="until">When the assignment ends, or <see langword="null"/>.</param>
    /// <param name="reason">The shop's reason.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/>, <paramref name="key"/> or <paramref name="tier"/> is <c>default</c>, the tier is not in the ladder, or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is not in the future (for a new key).</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another assignment of the member.</exception>
    public Task<MembershipResult> AssignAsync(CustomerId customer, IdempotencyKey key, TierId tier, Instant? until, string reason, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(key, nameof(key));
        IdArgument.Require(tier, nameof(tier));
        return ChangeAsync(customer, account => account.Assign(key, tier, clock.GetCurrentInstant(), until, reason), cancellationToken);
    }

    /// <summary>The member's account, evaluated now (and saved if that changed it).</summary>
    /// <param name="customer">The member.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public async Task<MembershipAccount> GetAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        MembershipAccount? current = null;
        await ChangeAsync(customer, account => (current = account).Evaluate(clock.GetCurrentInstant()), cancellationToken).ConfigureAwait(false);
        return current!;
    }

    /// <summary>"Progress to the next tier" now, for the storefront.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public async Task<TierProgress> GetProgressAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        var account = await GetAsync(customer, cancellationToken).ConfigureAwait(false);
        return account.ProgressAt(clock.GetCurrentInstant());
    }

    private async Task<MembershipAccount> LoadAsync(CustomerId customer, Instant? joinNoLaterThan, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        return await repository.FindAsync(customer, cancellationToken).ConfigureAwait(false)
            ?? MembershipAccount.Open(customer, Ladder, joinNoLaterThan is { } limit ? Instant.Min(now, limit) : now);
    }

    private Task<MembershipResult> ChangeAsync(CustomerId customer, Func<MembershipAccount, MembershipResult> act, CancellationToken cancellationToken, Instant? joinNoLaterThan = null)
    {
        IdArgument.Require(customer, nameof(customer));
        return OptimisticRetry.RunAsync(ct => LoadAsync(customer, joinNoLaterThan, ct), account => account.Version, act, repository.SaveAsync, maxAttempts, cancellationToken);
    }
}
