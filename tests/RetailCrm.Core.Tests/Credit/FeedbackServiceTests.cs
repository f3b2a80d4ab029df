namespace RetailCrm.Tests.Credit;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Credit;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>The feedback service: both profiles of a trade, ratings at the clock's instant, windows closed on reading.</summary>
public sealed class FeedbackServiceTests
{
    private static readonly PartyId Buyer = new("b-1");

    private readonly FakeClock clock = new(At(2026, 3, 2));
    private readonly InMemoryFeedbackProfileStore store = new();

    private FeedbackService Service => new(store, clock, Policy);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_trade_is_recorded_in_both_profiles_and_each_side_rates_the_other()
    {
        var trade = Sale("t-1", "b-1", "tea", 58m, At(2026, 2, 27));

        var recorded = await Service.RecordTradeAsync(trade, Token);
        var byBuyer = await Service.RateAsync(Shop, trade.Id, RatingValue.Positive, "fast", Token);
        var bySeller = await Service.RateAsync(Buyer, trade.Id, RatingValue.Neutral, null, Token);
        var twice = await Service.RecordTradeAsync(trade, Token);

        Assert.Equal((FeedbackRole.Seller, FeedbackRole.Buyer), (recorded.Seller.Role, recorded.Buyer.Role));
        Assert.Equal((FeedbackOutcome.Replayed, FeedbackOutcome.Replayed), (twice.Seller.Outcome, twice.Buyer.Outcome));
        Assert.Equal((1L, 0L), (byBuyer.Score, bySeller.Score));
        Assert.Equal(1, (await Service.GetAsync(Shop, Token)).AsSeller.Score);
        Assert.Equal(1, (await Service.GetAsync(Buyer, Token)).AsBuyer.Neutrals);
        Assert.Equal(FeedbackReason.AlreadyRated, (await Service.RateAsync(Shop, trade.Id, RatingValue.Positive, "fast", Token)).Reason);
    }

    [Fact]
    public async Task Reading_a_profile_after_the_window_gives_the_missing_ratings_and_keeps_them()
    {
        var trade = Sale("t-1", "b-1", "tea", 58m, At(2026, 2, 27));
        await Service.RecordTradeAsync(trade, Token);

        clock.Reset(trade.CompletedAt + Duration.FromDays(15));
        var standing = await Service.GetStandingAsync(Shop, FeedbackRole.Seller, Token);
        var lateForTheBuyer = await Service.RateAsync(Buyer, trade.Id, RatingValue.Negative, null, Token);
        var lateForTheShop = await Service.RateAsync(Shop, trade.Id, RatingValue.Negative, null, Token);

        Assert.Equal(1, standing.Score);
        Assert.Equal(Percentage.Hundred, standing.LastSixMonths.PositiveRate);
        Assert.Equal(FeedbackReason.WindowClosed, lateForTheBuyer.Reason);
        Assert.Equal(FeedbackReason.CannotChange, lateForTheShop.Reason);
        Assert.True((await Service.ReadEntriesAsync(Shop, 0, 10, Token)).Single(e => e.TradeId == trade.Id).Rating!.IsDefault);
        Assert.Empty(await Service.CloseWindowsAsync(Shop, Token));
    }

    [Fact]
    public async Task Replies_and_fraud_flags_go_to_the_rated_partys_profile()
    {
        var trade = Sale("t-1", "b-1", "tea", 58m, At(2026, 2, 27));
        await Service.RecordTradeAsync(trade, Token);
        await Service.RateAsync(Shop, trade.Id, RatingValue.Positive, null, Token);

        var reply = await Service.ReplyAsync(Shop, trade.Id, FeedbackReplyAuthor.Rated, "Thank you!", Token);
        var flag = await Service.FlagFraudulentAsync(Shop, trade.Id, "brushing", Token);

        Assert.Equal((FeedbackOutcome.Applied, FeedbackOutcome.Applied), (reply.Outcome, flag.Outcome));
        Assert.Equal(0, (await Service.GetAsync(Shop, Token)).AsSeller.Score);
        Assert.Equal(FeedbackReason.UnknownTrade, (await Service.RateAsync(new PartyId("stranger"), trade.Id, RatingValue.Positive, null, Token)).Reason);
        Assert.Null((await store.LoadAsync(new PartyId("stranger"), FeedbackLoadKeys.None, Token)).Live);
    }

    [Fact]
    public async Task A_trade_is_recorded_in_both_profiles_in_one_commit_or_in_neither()
    {
        var trade = Sale("t-1", "b-1", "tea", 58m, At(2026, 2, 27));
        var crashing = new CrashingStore(store);

        await Assert.ThrowsAsync<IOException>(() => new FeedbackService(crashing, clock, Policy).RecordTradeAsync(trade, Token));

        Assert.Equal(1, crashing.Commits);
        Assert.Null((await store.LoadAsync(Shop, FeedbackLoadKeys.None, Token)).Live);
        Assert.Null((await store.LoadAsync(Buyer, FeedbackLoadKeys.None, Token)).Live);
        Assert.Equal(0, store.Outbox.Count);

        var recorded = await Service.RecordTradeAsync(trade, Token);
        Assert.Equal((FeedbackOutcome.Applied, FeedbackOutcome.Applied), (recorded.Seller.Outcome, recorded.Buyer.Outcome));
        Assert.Equal(2, store.Outbox.Count);
    }

    [Fact]
    public async Task A_rating_raises_its_events_and_moves_the_level_through_the_outbox()
    {
        for (var i = 0; i < 4; i++)
        {
            var trade = Sale($"t-{i}", $"b-{i}", "tea", 58m, At(2026, 2, 27));
            await Service.RecordTradeAsync(trade, Token);
            await Service.RateAsync(Shop, trade.Id, RatingValue.Positive, null, Token);
        }

        var events = (await store.Outbox.ReadAsync(0, 100, Token)).Select(e => e.Event).ToList();
        var level = Assert.Single(events.OfType<FeedbackLevelChanged>());
        Assert.Equal((0, 1, FeedbackRole.Seller), (level.From.Rank, level.To.Rank, level.Role));
        Assert.Equal(4, events.OfType<FeedbackRated>().Count(e => e.Party == Shop && e.Decision.Counts));
        Assert.Equal(4, (await Service.GetAsync(Shop, Token)).AsSeller.Score);
    }

    [Fact]
    public void The_service_checks_its_arguments()
    {
        Assert.Equal("store", Assert.Throws<ArgumentNullException>(() => new FeedbackService(null!, clock, Policy)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackService(store, clock, Policy, 0)).ParamName);
    }

    // A store whose first commit fails as a crash would: nothing of it is applied.
    private sealed class CrashingStore(IFeedbackProfileStore inner) : IFeedbackProfileStore
    {
        public int Commits { get; private set; }

        public Task<FeedbackLoaded> LoadAsync(PartyId party, FeedbackLoadKeys keys, CancellationToken cancellationToken = default) => inner.LoadAsync(party, keys, cancellationToken);

        public Task<IReadOnlyList<FeedbackEntryRecord>> ReadDueAsync(PartyId party, Instant dueBy, int maxCount, CancellationToken cancellationToken = default) => inner.ReadDueAsync(party, dueBy, maxCount, cancellationToken);

        public Task CommitAsync(IReadOnlyList<FeedbackChangeSet> changeSets, CancellationToken cancellationToken = default)
        {
            Commits++;
            Assert.Equal(2, changeSets.Count);
            throw new IOException("The process stopped during the commit.");
        }

        public Task<IReadOnlyList<FeedbackEntryRecord>> ReadEntriesAsync(PartyId party, long afterSequence, int maxCount, CancellationToken cancellationToken = default) => inner.ReadEntriesAsync(party, afterSequence, maxCount, cancellationToken);

        public Task<FeedbackRatingCounts> CountRatingsAsync(PartyId party, FeedbackRole role, Instant after, Instant until, CancellationToken cancellationToken = default) => inner.CountRatingsAsync(party, role, after, until, cancellationToken);

        public Task<FeedbackProfileSnapshot?> ExportAsync(PartyId party, CancellationToken cancellationToken = default) => inner.ExportAsync(party, cancellationToken);
    }
}
