namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// The feedback application service a marketplace calls: it loads a party's profile (opening an
/// empty one on first contact), records completed trades, ratings, replies and fraud flags at the
/// clock's instant, closes rating windows, saves, and retries when another writer saved first.
/// </summary>
/// <remarks>
/// A trade is written to two profiles (seller's and buyer's), one after the other. Both writes are
/// idempotent, so when the second fails, calling <see cref="RecordTradeAsync"/> again completes it.
/// </remarks>
public sealed class FeedbackService
{
    private readonly IFeedbackProfileRepository repository;
    private readonly IClock clock;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where profiles are kept.</param>
    /// <param name="clock">The clock commands act at.</param>
    /// <param name="policy">The feedback rules.</param>
    /// <param name="maxAttempts">How often to retry a save that lost to another writer, 1 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public FeedbackService(IFeedbackProfileRepository repository, IClock clock, FeedbackPolicy policy, int maxAttempts = 5)
    {
        this.repository = Guard.Against.Null(repository);
        this.clock = Guard.Against.Null(clock);
        Policy = Guard.Against.Null(policy);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>The feedback rules.</summary>
    public FeedbackPolicy Policy { get; }

    /// <summary>Records a completed trade in the seller's and the buyer's profiles; both may rate until the window closes.</summary>
    /// <param name="trade">The trade.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result in each profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trade"/> is null.</exception>
    /// <exception cref="ArgumentException">The price is in another currency than the policy's.</exception>
    /// <exception cref="IdempotencyKeyReusedException">A different trade was recorded under the same id.</exception>
    public async Task<TradeRecordResult> RecordTradeAsync(CompletedTrade trade, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(trade);
        var seller = await ChangeAsync(trade.Seller, profile => profile.RecordTrade(trade), cancellationToken).ConfigureAwait(false);
        var buyer = await ChangeAsync(trade.Buyer, profile => profile.RecordTrade(trade), cancellationToken).ConfigureAwait(false);
        return new TradeRecordResult(seller, buyer);
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
    public Task<FeedbackResult> RateAsync(PartyId rated, OrderId trade, RatingValue value, string? comment = null, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        return ChangeAsync(rated, profile => profile.Rate(trade, value, comment, clock.GetCurrentInstant()), cancellationToken);
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
    public Task<FeedbackResult> ReplyAsync(PartyId rated, OrderId trade, FeedbackReplyAuthor author, string text, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        return ChangeAsync(rated, profile => profile.Reply(trade, author, text, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Flags the rating <paramref name="rated"/> received on <paramref name="trade"/> as fraudulent, now; see <see cref="FeedbackProfile.FlagFraudulent"/>.</summary>
    /// <param name="rated">The party rated.</param>
    /// <param name="trade">The trade.</param>
    /// <param name="reason">The finding.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="rated"/> or <paramref name="trade"/> is <c>default</c>.</exception>
    public Task<FeedbackResult> FlagFraudulentAsync(PartyId rated, OrderId trade, string reason, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(rated, nameof(rated));
        IdArgument.Require(trade, nameof(trade));
        return ChangeAsync(rated, profile => profile.FlagFraudulent(trade, reason, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Closes the party's rating windows that have ended by now, giving the policy's missing ratings; run it daily.</summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ratings given by default.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public Task<IReadOnlyList<FeedbackRating>> CloseWindowsAsync(PartyId party, CancellationToken cancellationToken = default) =>
        ChangeAsync(party, profile => profile.CloseWindows(clock.GetCurrentInstant()), cancellationToken);

    /// <summary>The party's profile with its windows closed up to now (saved if that changed it).</summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public async Task<FeedbackProfile> GetAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        FeedbackProfile? current = null;
        await ChangeAsync(party, profile => (current = profile).CloseWindows(clock.GetCurrentInstant()), cancellationToken).ConfigureAwait(false);
        return current!;
    }

    /// <summary>What a storefront shows of the party in <paramref name="role"/> now: score, level and positive-feedback rates.</summary>
    /// <param name="party">The party.</param>
    /// <param name="role">Seller or buyer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public async Task<FeedbackStanding> GetStandingAsync(PartyId party, FeedbackRole role, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        ArgumentRange.Defined(role);
        var profile = await GetAsync(party, cancellationToken).ConfigureAwait(false);
        return profile.CreditAs(role).StandingAt(clock.GetCurrentInstant());
    }

    private async Task<FeedbackProfile> LoadAsync(PartyId party, CancellationToken cancellationToken) =>
        await repository.FindAsync(party, cancellationToken).ConfigureAwait(false) ?? FeedbackProfile.Open(party, Policy);

    private Task<TResult> ChangeAsync<TResult>(PartyId party, Func<FeedbackProfile, TResult> act, CancellationToken cancellationToken)
    {
        IdArgument.Require(party, nameof(party));
        return OptimisticRetry.RunAsync(ct => LoadAsync(party, ct), profile => profile.Version, act, repository.SaveAsync, maxAttempts, cancellationToken);
    }
}
