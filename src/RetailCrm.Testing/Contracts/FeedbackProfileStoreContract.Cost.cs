namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using Xunit;

public abstract partial class FeedbackProfileStoreContract
{
    /// <summary>
    /// The cost bound: recording and rating a trade with a new buyer loads the same records after
    /// 10 and after 500 earlier rated trades of the seller (a store that loads history fails).
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Recording_and_rating_a_trade_loads_the_same_records_after_10_or_500_earlier_ratings()
    {
        Assert.Equal(await RecordsLoadedForANewRatingAsync(10), await RecordsLoadedForANewRatingAsync(500));
    }

    /// <summary>Due windows are read by window end a page at a time, and closing them gives every missing rating once.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Due_windows_are_read_a_page_at_a_time_and_all_close()
    {
        var store = CreateStore();
        var (service, clock) = Service(store, At(2026, 3, 6));
        var shop = new PartyId("shop-due");
        for (var i = 0; i < 300; i++)
        {
            await service.RecordTradeAsync(Trade(shop, $"t-{i:D3}", $"b-{i % 40}", $"item-{i}", 58m, At(2026, 3, 2) + Duration.FromMinutes(300 - i)), Token);
        }

        clock.Reset(At(2026, 4, 30));
        var page = await store.ReadDueAsync(shop, clock.GetCurrentInstant(), 7, Token);
        var given = await service.CloseWindowsAsync(shop, Token);

        Assert.Equal(7, page.Count);
        Assert.Equal(page.OrderBy(r => r.WindowClosesAt).Select(r => r.TradeId), page.Select(r => r.TradeId));
        Assert.Equal(300, given.Count);
        Assert.Equal(given.OrderBy(r => r.RatedAt).ThenBy(r => r.Trade.Value, StringComparer.Ordinal), given);
        Assert.Empty(await store.ReadDueAsync(shop, clock.GetCurrentInstant(), 10, Token));
        Assert.Empty(await service.CloseWindowsAsync(shop, Token));
        var live = (await service.GetAsync(shop, Token)).AsSeller;
        Assert.Equal(live.Score, live.Positives);
        Assert.Equal(40 * 6, live.Score);
    }

    /// <summary>The entry list is read in pages, in the order the trades were recorded.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Entries_are_read_in_pages_in_the_order_recorded()
    {
        var store = CreateStore();
        var (service, _) = Service(store, At(2026, 3, 6));
        var shop = new PartyId("shop-pages");
        for (var i = 0; i < 12; i++)
        {
            await service.RecordTradeAsync(Trade(shop, $"t-{11 - i}", $"b-{i}", "tea", 58m, At(2026, 3, 2)), Token);
        }

        var first = await store.ReadEntriesAsync(shop, 0, 5, Token);
        var rest = await store.ReadEntriesAsync(shop, first[^1].Sequence, 100, Token);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"t-{11 - i}"), first.Concat(rest).Select(e => e.TradeId.Value));
        Assert.Empty(await store.ReadEntriesAsync(shop, 12, 5, Token));
    }

    /// <summary>Plays the contract's rich history through a service over <paramref name="store"/> and the same commands on <paramref name="expected"/>.</summary>
    /// <param name="store">The store under test.</param>
    /// <param name="party">The seller.</param>
    /// <param name="expected">A profile that gets the same commands in memory.</param>
    /// <returns>The task.</returns>
    protected async Task PlayRichAsync(IFeedbackProfileStore store, PartyId party, FeedbackProfile expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var (service, clock) = Service(store, At(2026, 3, 1));
        async Task Rated(string id, string buyer, string item, decimal price, Instant created, RatingValue? value, string? comment = null)
        {
            var trade = Trade(party, id, buyer, item, price, created);
            clock.Reset(trade.CompletedAt);
            await service.RecordTradeAsync(trade, Token);
            expected.RecordTrade(trade);
            if (value is { } v)
            {
                clock.Reset(trade.CompletedAt + Duration.FromHours(2));
                await service.RateAsync(party, trade.Id, v, comment, Token);
                expected.Rate(trade.Id, v, comment, clock.GetCurrentInstant());
            }
        }

        await Rated("t-2", "b-1", "tea", 58m, At(2026, 3, 3), RatingValue.Positive);
        await Rated("t-1", "b-1", "tea", 58m, At(2026, 3, 2), RatingValue.Positive, "fast");
        await Rated("t-3", "b-2", "tea", 58m, At(2026, 3, 2), RatingValue.Negative, "broken");
        await Rated("t-4", "b-3", "tea", 58m, At(2026, 3, 2), RatingValue.Positive);
        await Rated("t-5", "b-4", "sticker", 0.5m, At(2026, 3, 2), RatingValue.Neutral);
        await Rated("t-6", "b-5", "tea", 58m, At(2026, 3, 2), null);
        for (var i = 0; i < 8; i++)
        {
            await Rated($"t-cap-{i}", "b-6", $"item-{i}", 58m, At(2026, 3, 4 + i), RatingValue.Positive);
        }

        await Rated("t-cap-late", "b-6", "item-0", 58m, At(2026, 2, 25), RatingValue.Negative);
        var bought = new CompletedTrade(new OrderId("t-bought"), party, new PartyId("shop-other"), new Sku("cup"), Money.Of(20m, Policy.Currency), At(2026, 3, 2), At(2026, 3, 4));
        clock.Reset(At(2026, 3, 5));
        await service.RecordTradeAsync(bought, Token);
        expected.RecordTrade(bought);
        await service.RateAsync(party, bought.Id, RatingValue.Neutral, "paid late", Token);
        expected.Rate(bought.Id, RatingValue.Neutral, "paid late", clock.GetCurrentInstant());
        clock.Reset(At(2026, 3, 11));
        await service.ReplyAsync(party, new OrderId("t-3"), FeedbackReplyAuthor.Rated, "Refunded in full.", Token);
        expected.Reply(new OrderId("t-3"), FeedbackReplyAuthor.Rated, "Refunded in full.", clock.GetCurrentInstant());
        await service.ReplyAsync(party, new OrderId("t-3"), FeedbackReplyAuthor.Rater, "Thanks.", Token);
        expected.Reply(new OrderId("t-3"), FeedbackReplyAuthor.Rater, "Thanks.", clock.GetCurrentInstant());
        await service.FlagFraudulentAsync(party, new OrderId("t-4"), "brushing", Token);
        expected.FlagFraudulent(new OrderId("t-4"), "brushing", clock.GetCurrentInstant());
        await service.FlagFraudulentAsync(party, new OrderId("t-6"), "brushing", Token);
        expected.FlagFraudulent(new OrderId("t-6"), "brushing", clock.GetCurrentInstant());
        clock.Reset(At(2026, 4, 30));
        await service.CloseWindowsAsync(party, Token);
        expected.CloseWindows(clock.GetCurrentInstant());
    }

    /// <summary>Every entry of <paramref name="party"/>, read a page at a time.</summary>
    /// <param name="store">The store.</param>
    /// <param name="party">The party.</param>
    /// <returns>The entries in the order recorded.</returns>
    protected static async Task<IReadOnlyList<FeedbackEntryRecord>> ReadAllAsync(IFeedbackProfileStore store, PartyId party)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = new List<FeedbackEntryRecord>();
        while (true)
        {
            var page = await store.ReadEntriesAsync(party, all.Count == 0 ? 0 : all[^1].Sequence, 4, Token);
            if (page.Count == 0)
            {
                return all;
            }

            all.AddRange(page);
        }
    }

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(Shanghai).ToInstant();

    private (FeedbackService Service, FakeClock Clock) Service(IFeedbackProfileStore store, Instant now)
    {
        var clock = new FakeClock(now);
        return (new FeedbackService(store, clock, Policy), clock);
    }

    private CompletedTrade Trade(PartyId seller, string id, string buyer, string item, decimal price, Instant created) =>
        new(new OrderId(id), new PartyId(buyer), seller, new Sku(item), Money.Of(price, Policy.Currency), created, created + Duration.FromDays(2));

    // A change set that records one trade in a new or existing profile at version expected.
    private FeedbackChangeSet Created(PartyId party, string id, long expected)
    {
        var trade = Trade(party, id, "b-" + party.Value, "tea", 58m, At(2026, 3, 2));
        var empty = FeedbackProfileState.Empty(party, Policy);
        var entry = new FeedbackEntryRecord(party, expected + 1, trade, FeedbackRole.Seller, trade.Buyer, trade.CompletedAt + Policy.RatingWindow, new YearMonth(2026, 3), trade.Id, null, [], null, null, AwaitingRating: true);
        return new FeedbackChangeSet(
            expected,
            empty with { EntryCount = expected + 1, Version = expected + 1 },
            [entry],
            [trade],
            [],
            [],
            [],
            [new FeedbackTradeRecorded(party, FeedbackRole.Seller, trade, entry.WindowClosesAt, trade.CompletedAt)]);
    }

    private async Task<(int Record, int Rate)> RecordsLoadedForANewRatingAsync(int earlier)
    {
        var counting = new CountingStore(CreateStore());
        var (service, clock) = Service(counting, At(2026, 1, 1));
        var shop = new PartyId("shop-cost");
        for (var i = 0; i < earlier; i++)
        {
            var trade = Trade(shop, $"t-{i}", $"b-{i % 50}", $"item-{i}", 58m, At(2026, 1, 1) + Duration.FromHours(i * 6));
            clock.Reset(trade.CompletedAt);
            await service.RecordTradeAsync(trade, Token);
            await service.RateAsync(shop, trade.Id, RatingValue.Positive, null, Token);
        }

        var fresh = Trade(shop, "t-new", "b-new", "tea", 58m, clock.GetCurrentInstant());
        clock.Reset(fresh.CompletedAt);
        counting.Loaded = 0;
        await service.RecordTradeAsync(fresh, Token);
        var record = counting.Loaded;
        counting.Loaded = 0;
        Assert.True((await service.RateAsync(shop, fresh.Id, RatingValue.Positive, null, Token)).IsApplied);
        return (record, counting.Loaded);
    }

    // Counts the keyed records every load returns.
    private sealed class CountingStore(IFeedbackProfileStore inner) : IFeedbackProfileStore
    {
        public int Loaded { get; set; }

        public async Task<FeedbackLoaded> LoadAsync(PartyId party, FeedbackLoadKeys keys, CancellationToken cancellationToken = default)
        {
            var loaded = await inner.LoadAsync(party, keys, cancellationToken);
            Loaded += loaded.Records.Count;
            return loaded;
        }

        public async Task<IReadOnlyList<FeedbackEntryRecord>> ReadDueAsync(PartyId party, Instant dueBy, int maxCount, CancellationToken cancellationToken = default)
        {
            var due = await inner.ReadDueAsync(party, dueBy, maxCount, cancellationToken);
            Loaded += due.Count;
            return due;
        }

        public Task CommitAsync(IReadOnlyList<FeedbackChangeSet> changeSets, CancellationToken cancellationToken = default) => inner.CommitAsync(changeSets, cancellationToken);

        public Task<IReadOnlyList<FeedbackEntryRecord>> ReadEntriesAsync(PartyId party, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadEntriesAsync(party, afterSequence, maxCount, cancellationToken);

        public Task<FeedbackRatingCounts> CountRatingsAsync(PartyId party, FeedbackRole role, Instant after, Instant until, CancellationToken cancellationToken = default) =>
            inner.CountRatingsAsync(party, role, after, until, cancellationToken);

        public Task<FeedbackProfileSnapshot?> ExportAsync(PartyId party, CancellationToken cancellationToken = default) => inner.ExportAsync(party, cancellationToken);
    }
}
