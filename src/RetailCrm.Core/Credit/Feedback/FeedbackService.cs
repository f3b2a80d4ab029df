namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// The feedback application service a marketplace calls: for each command it loads the party's
/// live state and the records the command names, decides in memory at the clock's instant, commits
/// the change set, and retries when another writer committed first.
/// </summary>
/// <remarks>
/// A trade is recorded in both profiles (seller's and buyer's) in one atomic commit: both or neither.
/// No command loads a profile's history, so each costs the same with 100 or 100,000 earlier ratings.
/// </remarks>
public sealed class FeedbackService
{
    private const int ClosePage = 256;
    private readonly IFeedbackProfileStore store;
    private readonly IClock clock;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where profiles are kept.</param>
    /// <param name="clock">The clock commands act at.</param>
    /// <param name="policy">The feedback rules.</param>
    /// <param name="maxAttempts">How often to retry a commit that lost to another writer, 1 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public FeedbackService(IFeedbackProfileStore store, IClock clock, FeedbackPolicy policy, int maxAttempts = 5)
    {
        this.store = Guard.Against.Null(store);
        this.clock = Guard.Against.Null(clock);
        Policy = Guard.Against.Null(policy);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>The feedback rules.</summary>
    public FeedbackPolicy Policy { get; }

    /// <summary>Records a completed trade in the seller's and the buyer's profiles, in one commit; both may rate until the window closes.</summary>
    /// <param name="trade">The trade.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result in each profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trade"/> is null.</exception>
    /// <exception cref="ArgumentException">The price is in another currency than the policy's.</exception>
    /// <exception cref="IdempotencyKeyReusedException">A different trade was recorded under the same id.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public Task<TradeRecordResult> RecordTradeAsync(CompletedTrade trade, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(trade);
        FeedbackProfile.CheckTrade(trade.Seller, Policy, trade);
        return OptimisticRetry.RunAsync(
            async ct =>
            {
                var at = clock.GetCurrentInstant();
                var sellerState = await store.LoadAsync(trade.Seller, FeedbackExecution.KeysToRecord(trade.Seller, trade, Policy), ct).ConfigureAwait(false);
                var buyerState = await store.LoadAsync(trade.Buyer, FeedbackExecution.KeysToRecord(trade.Buyer, trade, Policy), ct).ConfigureAwait(false);
                var seller = FeedbackExecution.RecordTrade(Policy, trade.Seller, sellerState, trade, at);
                var buyer = FeedbackExecution.RecordTrade(Policy, trade.Buyer, buyerState, trade, at);
                FeedbackChangeSet[] changes = [.. new[] { seller.Changes, buyer.Changes }.OfType<FeedbackChangeSet>()];
                if (changes.Length > 0)
                {
                    await store.CommitAsync(changes, ct).ConfigureAwait(false);
                }

                return new TradeRecordResult(seller.Result, buyer.Result);
            },
            maxAttempts,
            cancellationToken);
    }

    /// <summary>Records the rating <paramref name="rated"/> receives from the other side of <paramref name="trade"/>, now; see <see cref="FeedbackProfile.Rate"/>.</summary>
    /// <param name="rated">The party rated (the seller when the buyer rates, the buyer when the seller rates).</param>
    /// <param name="trade">The trade.</param>
    /// <param name="value">Positive, neutral or negative.</param>
    /// <param name="comment">The rater's comment; null for none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result: applied, "already rated", "cannot change", window closed or unknown trade.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="comment"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="rated"/> or <paramref name="trade"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public Task<FeedbackResult> RateAsync(PartyId rated, OrderId trade, RatingValue value, string? comment = null, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        ArgumentRange.Defined(value);
        if (comment is not null)
        {
            Guard.Against.NullOrWhiteSpace(comment);
        }

        return ActAsync(rated, trade, (profile, at) => profile.Rate(trade, value, comment, at), cancellationToken);
    }

    /// <summary>Adds a reply to the rating <paramref name="rated"/> received on <paramref name="trade"/>, now; see <see cref="FeedbackProfile.Reply"/>.</summary>
    /// <param name="rated">The party rated.</param>
    /// <param name="trade">The trade.</param>
    /// <param name="author">The rated party or the rater.</param>
    /// <param name="text">The reply.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="author"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="rated"/> or <paramref name="trade"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public Task<FeedbackResult> ReplyAsync(PartyId rated, OrderId trade, FeedbackReplyAuthor author, string text, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        ArgumentRange.Defined(author);
        Guard.Against.NullOrWhiteSpace(text);
        return ActAsync(rated, trade, (profile, at) => profile.Reply(trade, author, text, at), cancellationToken);
    }

    /// <summary>Flags the rating <paramref name="rated"/> received on <paramref name="trade"/> as fraudulent, now; see <see cref="FeedbackProfile.FlagFraudulent"/>.</summary>
    /// <param name="rated">The party rated.</param>
    /// <param name="trade">The trade.</param>
    /// <param name="reason">The finding.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="rated"/> or <paramref name="trade"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public Task<FeedbackResult> FlagFraudulentAsync(PartyId rated, OrderId trade, string reason, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        Guard.Against.NullOrWhiteSpace(reason);
        return ActAsync(rated, trade, (profile, at) => profile.FlagFraudulent(trade, reason, at), cancellationToken);
    }

    /// <summary>
    /// Closes the party's rating windows that have ended by now, giving the policy's missing ratings;
    /// run it daily. Works through the due trades a page at a time (by window end), one commit per
    /// page, so it never loads the profile's history.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ratings given by default, by window end.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt of a page lost to another writer.</exception>
    public async Task<IReadOnlyList<FeedbackRating>> CloseWindowsAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        var at = clock.GetCurrentInstant();
        var given = new List<FeedbackRating>();
        while (true)
        {
            var (page, more) = await OptimisticRetry.RunAsync(
                async ct =>
                {
                    var due = await store.ReadDueAsync(party, at, ClosePage, ct).ConfigureAwait(false);
                    if (due.Count == 0)
                    {
                        return ((IReadOnlyList<FeedbackRating>)[], false);
                    }

                    OrderId[] trades = [.. due.Select(r => r.Trade.Id)];
                    var state = await store.LoadAsync(party, new FeedbackLoadKeys(trades, []), ct).ConfigureAwait(false);
                    var (ratings, changes) = FeedbackExecution.CloseWindows(Policy, party, state, trades, at);
                    if (changes is not null)
                    {
                        await store.CommitAsync([changes], ct).ConfigureAwait(false);
                    }

                    return (ratings, true);
                },
                maxAttempts,
                cancellationToken).ConfigureAwait(false);
            given.AddRange(page);
            if (!more)
            {
                return given;
            }
        }
    }

    /// <summary>The party's live state (score, level and counts per role) with its windows closed up to now.</summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The state; version 0 and no score for a party without a profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt to close a page of windows lost to another writer.</exception>
    public async Task<FeedbackProfileState> GetAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        await CloseWindowsAsync(party, cancellationToken).ConfigureAwait(false);
        var state = await store.LoadAsync(party, FeedbackLoadKeys.None, cancellationToken).ConfigureAwait(false);
        return state.Live ?? FeedbackProfileState.Empty(party, Policy);
    }

    /// <summary>The party's entries after <paramref name="afterSequence"/>, in the order recorded: the profile's entry list, a page at a time.</summary>
    /// <param name="party">The party.</param>
    /// <param name="afterSequence">The last sequence already read (0 from the start).</param>
    /// <param name="maxCount">The page size, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries, each with its trade, rating, replies, flag and how it counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterSequence"/> is negative or <paramref name="maxCount"/> is outside 1 to 10,000.</exception>
    public Task<IReadOnlyList<FeedbackEntryRecord>> ReadEntriesAsync(PartyId party, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        ArgumentRange.NotNegative(afterSequence, nameof(afterSequence));
        Guard.Against.OutOfRange(maxCount, nameof(maxCount), 1, 10_000);
        return store.ReadEntriesAsync(party, afterSequence, maxCount, cancellationToken);
    }

    /// <summary>What a storefront shows of the party in <paramref name="role"/> now: score, level and positive-feedback rates.</summary>
    /// <param name="party">The party.</param>
    /// <param name="role">Seller or buyer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt to close a page of windows lost to another writer.</exception>
    public async Task<FeedbackStanding> GetStandingAsync(PartyId party, FeedbackRole role, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        ArgumentRange.Defined(role);
        var credit = (await GetAsync(party, cancellationToken).ConfigureAwait(false)).CreditAs(role);
        var asOf = clock.GetCurrentInstant();
        async Task<FeedbackRate> Over(int months)
        {
            var window = Period.FromMonths(months);
            var from = asOf.InZone(Policy.Zone).LocalDateTime.Minus(window).InZoneLeniently(Policy.Zone).ToInstant();
            var counts = await store.CountRatingsAsync(party, role, from, asOf, cancellationToken).ConfigureAwait(false);
            return Policy.RateOf(window, counts.Positives, counts.Neutrals, counts.Negatives);
        }

        return new FeedbackStanding(
            role,
            credit.Score,
            credit.Level,
            Policy.Ladder.NextThreshold(credit.Level),
            await Over(1).ConfigureAwait(false),
            await Over(6).ConfigureAwait(false),
            await Over(12).ConfigureAwait(false),
            Policy.RateOf(null, credit.Positives, credit.Neutrals, credit.Negatives));
    }

    private Task<FeedbackResult> ActAsync(PartyId rated, OrderId trade, Func<FeedbackProfile, Instant, FeedbackResult> act, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(
            async ct =>
            {
                var at = clock.GetCurrentInstant();
                var state = await store.LoadAsync(rated, FeedbackExecution.KeysFor(trade), ct).ConfigureAwait(false);
                var (result, changes) = FeedbackExecution.Act(Policy, rated, state, trade, at, profile => act(profile, at));
                if (changes is not null)
                {
                    await store.CommitAsync([changes], ct).ConfigureAwait(false);
                }

                return result;
            },
            maxAttempts,
            cancellationToken);
}
