namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IFeedbackProfileStore"/> must have. Derive a test class from it in
/// your test project and return your store from <see cref="CreateStore"/>; xunit runs these tests
/// against it: every fact and decision through the service as the in-memory profile counts them,
/// loads that return exactly the named records, atomic commits of several change sets, optimistic
/// conflicts, racing writers, replays, events in the outbox exactly when committed, and the cost
/// bound (a store that loads history to execute a command fails it).
/// </summary>
public abstract partial class FeedbackProfileStoreContract
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The policy of the contract's profiles: Taobao's defaults in CNY and Asia/Shanghai.</summary>
    protected virtual FeedbackPolicy Policy { get; } = FeedbackPolicy.CreateDefault(Currency.CNY, Shanghai);

    /// <summary>Creates an empty store under test.</summary>
    /// <returns>The store.</returns>
    protected abstract IFeedbackProfileStore CreateStore();

    /// <summary>The outbox <paramref name="store"/> writes its events to.</summary>
    /// <param name="store">A store made by <see cref="CreateStore"/>.</param>
    /// <returns>The outbox.</returns>
    protected abstract IEventOutbox OutboxOf(IFeedbackProfileStore store);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A party never seen has no live state and no records.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_party_without_a_profile_loads_nothing()
    {
        var loaded = await CreateStore().LoadAsync(new PartyId("nobody"), new FeedbackLoadKeys([new OrderId("t-1")], []), Token);

        Assert.Null(loaded.Live);
        Assert.Empty(loaded.Records);
    }

    /// <summary>
    /// Trades, ratings, replies, flags and closed windows through the service over the store leave
    /// the same facts, decisions, groups, months and scores as the whole profile counted in memory.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Every_fact_and_decision_is_stored_as_the_whole_profile_counts_it()
    {
        var store = CreateStore();
        var party = new PartyId("shop-rich");
        var expected = FeedbackProfile.Open(party, Policy);
        await PlayRichAsync(store, party, expected);

        var exported = await store.ExportAsync(party, Token);
        var entries = await ReadAllAsync(store, party);
        var live = (await store.LoadAsync(party, FeedbackLoadKeys.None, Token)).Live!;

        Assert.NotNull(exported);
        var facts = expected.ToSnapshot();
        Assert.Equal(facts.Trades, exported.Trades);
        Assert.Equal(facts.Ratings, exported.Ratings);
        Assert.Equal(facts.Replies, exported.Replies);
        Assert.Equal(facts.FraudFlags, exported.FraudFlags);
        Assert.Equal(
            expected.Entries.Select(e => (e.Trade, e.Rating, e.Fraud, e.Decision, e.SameItemGroup, e.Month, e.Replies.Count)),
            entries.Select(e => (e.Trade, e.Rating, e.Fraud, e.Decision, e.SameItemGroup, e.Month, e.Replies.Count)));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal((expected.AsSeller.Score, expected.AsSeller.Positives, expected.AsSeller.Neutrals, expected.AsSeller.Negatives), (live.AsSeller.Score, live.AsSeller.Positives, live.AsSeller.Neutrals, live.AsSeller.Negatives));
        Assert.Equal((expected.AsBuyer.Score, expected.AsBuyer.Level), (live.AsBuyer.Score, live.AsBuyer.Level));
        Assert.Equal(entries.Count, live.EntryCount);
        var reasons = entries.Select(e => e.Decision?.Reason).Distinct().Count();
        Assert.True(reasons >= 5 && entries.Any(e => e.Rating?.IsDefault == true), "The contract's rich profile must use every kind of fact and decision.");
    }

    /// <summary>A named trade loads with the records of its pair's month and nothing else; a pair scope loads its months from the first named.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_load_returns_the_named_trade_with_its_pair_month_and_nothing_else()
    {
        var store = CreateStore();
        var (service, _) = Service(store, At(2026, 5, 1));
        var shop = new PartyId("shop-keys");
        foreach (var (id, buyer, day) in new[] { ("t-mar-1", "b-1", At(2026, 3, 2)), ("t-mar-2", "b-1", At(2026, 3, 20)), ("t-apr", "b-1", At(2026, 4, 20)), ("t-other", "b-2", At(2026, 3, 2)) })
        {
            await service.RecordTradeAsync(Trade(shop, id, buyer, "tea-" + id, 58m, day), Token);
        }

        var month = await store.LoadAsync(shop, new FeedbackLoadKeys([new OrderId("t-mar-1")], []), Token);
        var pair = await store.LoadAsync(shop, new FeedbackLoadKeys([], [new FeedbackPairScope(FeedbackRole.Seller, new PartyId("b-1"), new YearMonth(2026, 4))]), Token);

        Assert.Equal(["t-mar-1", "t-mar-2"], month.Records.Select(r => r.TradeId.Value));
        Assert.Equal(["t-apr"], pair.Records.Select(r => r.TradeId.Value));
        Assert.Equal(4, month.Live!.EntryCount);
    }

    /// <summary>A change set read at an old version is refused, and the stored state and the outbox stay as they were.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_commit_from_a_stale_version_conflicts_and_changes_nothing()
    {
        var store = CreateStore();
        var party = new PartyId("shop-stale");
        await store.CommitAsync([Created(party, "t-1", 0)], Token);
        var events = (await OutboxOf(store).ReadAsync(0, 1_000, Token)).Count;

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync([Created(party, "t-2", 0)], Token));

        Assert.Equal(1, conflict.ActualVersion);
        var loaded = await store.LoadAsync(party, new FeedbackLoadKeys([new OrderId("t-1"), new OrderId("t-2")], []), Token);
        Assert.Equal(["t-1"], loaded.Records.Select(r => r.TradeId.Value));
        Assert.Equal(1, loaded.Live!.Version);
        Assert.Equal(events, (await OutboxOf(store).ReadAsync(0, 1_000, Token)).Count);
    }

    /// <summary>One commit of two profiles' change sets: when either is stale, neither is applied and no event is written.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_failing_commit_of_either_profile_leaves_neither()
    {
        var store = CreateStore();
        var (seller, buyer) = (new PartyId("shop-atomic"), new PartyId("buyer-atomic"));
        await store.CommitAsync([Created(buyer, "t-0", 0)], Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync([Created(seller, "t-1", 0), Created(buyer, "t-1", 0)], Token));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync([Created(buyer, "t-1", 0), Created(seller, "t-1", 0)], Token));

        Assert.Null((await store.LoadAsync(seller, new FeedbackLoadKeys([new OrderId("t-1")], []), Token)).Live);
        Assert.Equal(["t-0"], (await ReadAllAsync(store, buyer)).Select(r => r.TradeId.Value));
        Assert.Single(await OutboxOf(store).ReadAsync(0, 1_000, Token));
    }

    /// <summary>The events of a commit appear in the outbox when it succeeds, in the order of its change sets, and only then.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_commits_events_reach_the_outbox_in_order_exactly_when_it_succeeds()
    {
        var store = CreateStore();
        var outbox = OutboxOf(store);
        var (service, _) = Service(store, At(2026, 3, 6));
        var shop = new PartyId("shop-events");
        var trade = Trade(shop, "t-1", "b-1", "tea", 58m, At(2026, 3, 2));

        await service.RecordTradeAsync(trade, Token);
        await service.RateAsync(shop, trade.Id, RatingValue.Positive, "fast", Token);
        await service.RateAsync(shop, trade.Id, RatingValue.Positive, "fast", Token);

        var events = (await outbox.ReadAsync(0, 1_000, Token)).Select(e => e.Event).ToList();
        Assert.Equal(
            [typeof(FeedbackTradeRecorded), typeof(FeedbackTradeRecorded), typeof(FeedbackRated), typeof(FeedbackScoreChanged)],
            events.Select(e => e.GetType()));
        Assert.Equal(["feedback/shop-events", "feedback/b-1", "feedback/shop-events", "feedback/shop-events"], events.Select(e => e.Stream));
        Assert.Equal((0L, 1L), (((FeedbackScoreChanged)events[3]).From, ((FeedbackScoreChanged)events[3]).To));
    }

    /// <summary>A trade, a rating, a reply and a flag sent again return the first outcome; the same trade id with other figures throws.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_retry_returns_the_first_outcome_and_a_clash_throws()
    {
        var store = CreateStore();
        var (service, _) = Service(store, At(2026, 3, 6));
        var shop = new PartyId("shop-replay");
        var trade = Trade(shop, "t-1", "b-1", "tea", 58m, At(2026, 3, 2));
        await service.RecordTradeAsync(trade, Token);
        var rated = await service.RateAsync(shop, trade.Id, RatingValue.Positive, "fast", Token);
        await service.ReplyAsync(shop, trade.Id, FeedbackReplyAuthor.Rated, "Thanks!", Token);
        await service.FlagFraudulentAsync(shop, trade.Id, "brushing", Token);
        var version = (await store.LoadAsync(shop, FeedbackLoadKeys.None, Token)).Live!.Version;

        var again = await service.RecordTradeAsync(trade, Token);
        Assert.Equal((FeedbackReason.AlreadyRecorded, FeedbackReason.AlreadyRecorded), (again.Seller.Reason, again.Buyer.Reason));
        Assert.Equal(FeedbackReason.AlreadyRated, (await service.RateAsync(shop, trade.Id, RatingValue.Positive, "fast", Token)).Reason);
        Assert.Equal(FeedbackReason.CannotChange, (await service.RateAsync(shop, trade.Id, RatingValue.Negative, null, Token)).Reason);
        Assert.Equal(FeedbackReason.AlreadyReplied, (await service.ReplyAsync(shop, trade.Id, FeedbackReplyAuthor.Rated, "Thanks!", Token)).Reason);
        Assert.Equal(FeedbackReason.AlreadyFlagged, (await service.FlagFraudulentAsync(shop, trade.Id, "again", Token)).Reason);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.RecordTradeAsync(Trade(shop, "t-1", "b-1", "tea", 60m, At(2026, 3, 2)), Token));
        Assert.Equal(FeedbackOutcome.Applied, rated.Outcome);
        Assert.Equal(version, (await store.LoadAsync(shop, FeedbackLoadKeys.None, Token)).Live!.Version);
    }

    /// <summary>64 buyers rating one seller at once: every rating counts once, whatever the conflicts on the seller's version.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Racing_writers_on_one_seller_each_count_once()
    {
        var store = CreateStore();
        var clock = new FakeClock(At(2026, 3, 6));
        var service = new FeedbackService(store, clock, Policy, maxAttempts: 100);
        var shop = new PartyId("shop-race");
        var trades = Enumerable.Range(0, 64).Select(i => Trade(shop, $"t-{i}", $"b-{i}", "tea", 58m, At(2026, 3, 2))).ToList();
        foreach (var trade in trades)
        {
            await service.RecordTradeAsync(trade, Token);
        }

        var results = await Task.WhenAll(trades.Select(t => Task.Run(() => service.RateAsync(shop, t.Id, RatingValue.Positive, null, Token), Token)));

        Assert.All(results, r => Assert.Equal(FeedbackOutcome.Applied, r.Outcome));
        var live = (await store.LoadAsync(shop, FeedbackLoadKeys.None, Token)).Live!;
        Assert.Equal((64L, 64), (live.AsSeller.Score, live.AsSeller.Positives));
        Assert.Equal(64, (await OutboxOf(store).ReadAsync(0, 10_000, Token)).Count(e => e.Event is FeedbackRated));
    }
}
