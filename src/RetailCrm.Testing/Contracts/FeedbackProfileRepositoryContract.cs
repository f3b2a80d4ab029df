namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IFeedbackProfileRepository"/> must have. Derive a test class from
/// it in your test project and return your store from <see cref="CreateRepository"/>; xunit runs
/// these tests against it: round-trip of every trade, rating, reply and flag with the same count
/// decisions, optimistic concurrency, replays recognised after a reload, and independence of parties.
/// </summary>
public abstract class FeedbackProfileRepositoryContract
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The policy of the contract's profiles: Taobao's defaults in CNY and Asia/Shanghai.</summary>
    protected virtual FeedbackPolicy Policy { get; } = FeedbackPolicy.CreateDefault(Currency.CNY, Shanghai);

    /// <summary>Creates an empty store under test.</summary>
    /// <param name="policy">The policy the store rebuilds profiles with.</param>
    /// <returns>The repository.</returns>
    protected abstract IFeedbackProfileRepository CreateRepository(FeedbackPolicy policy);

    /// <summary>An unknown party has no profile.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Find_returns_null_for_a_party_without_a_profile()
    {
        Assert.Null(await CreateRepository(Policy).FindAsync(new PartyId("nobody"), Token));
    }

    /// <summary>Every trade, rating, reply and flag survives a save and a load, and counts alike.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_then_find_round_trips_every_fact_and_decision()
    {
        var repository = CreateRepository(Policy);
        var profile = RichProfile(new PartyId("shop-rich"));

        await repository.SaveAsync(profile, 0, Token);
        var loaded = await repository.FindAsync(profile.Party, Token);

        Assert.NotNull(loaded);
        AssertSameState(profile, loaded);
    }

    /// <summary>Two writers that both start from nothing cannot both create the profile.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Creating_the_same_profile_twice_from_version_zero_conflicts()
    {
        var repository = CreateRepository(Policy);
        var party = new PartyId("shop-twice");
        var first = Sold(party, "t-1");
        await repository.SaveAsync(first, 0, Token);

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(Sold(party, "t-2"), 0, Token));

        Assert.Equal(first.Version, conflict.ActualVersion);
        AssertSameState(first, (await repository.FindAsync(party, Token))!);
    }

    /// <summary>A write from a stale load is refused and leaves the stored profile as the first writer left it.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_from_a_stale_version_throws_and_keeps_the_stored_state()
    {
        var repository = CreateRepository(Policy);
        var party = new PartyId("shop-stale");
        await repository.SaveAsync(Sold(party, "t-1"), 0, Token);
        var writerA = (await repository.FindAsync(party, Token))!;
        var writerB = (await repository.FindAsync(party, Token))!;
        var loadedVersion = writerA.Version;
        writerA.Rate(new OrderId("t-1"), RatingValue.Positive, "good", At(2026, 3, 6));
        writerB.Rate(new OrderId("t-1"), RatingValue.Negative, "bad", At(2026, 3, 6));

        await repository.SaveAsync(writerA, loadedVersion, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(writerB, loadedVersion, Token));

        var stored = (await repository.FindAsync(party, Token))!;
        Assert.Equal(1, stored.AsSeller.Score);
        AssertSameState(writerA, stored);
    }

    /// <summary>A trade, a rating, a reply and a flag recorded again after a reload are replays; a changed rating is refused.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Replays_are_recognised_after_a_reload()
    {
        var repository = CreateRepository(Policy);
        var profile = RichProfile(new PartyId("shop-replay"));
        await repository.SaveAsync(profile, 0, Token);

        var reloaded = (await repository.FindAsync(profile.Party, Token))!;

        Assert.Equal(FeedbackReason.AlreadyRecorded, reloaded.RecordTrade(Trade(profile.Party, "t-1", "b-1", "tea", 58m, At(2026, 3, 2))).Reason);
        Assert.Equal(FeedbackReason.AlreadyRated, reloaded.Rate(new OrderId("t-1"), RatingValue.Positive, "fast", At(2026, 3, 9)).Reason);
        Assert.Equal(FeedbackReason.CannotChange, reloaded.Rate(new OrderId("t-1"), RatingValue.Negative, null, At(2026, 3, 9)).Reason);
        Assert.Equal(FeedbackReason.AlreadyReplied, reloaded.Reply(new OrderId("t-3"), FeedbackReplyAuthor.Rated, "Refunded in full.", At(2026, 3, 12)).Reason);
        Assert.Equal(FeedbackReason.AlreadyFlagged, reloaded.FlagFraudulent(new OrderId("t-4"), "again", At(2026, 3, 12)).Reason);
        Assert.Empty(reloaded.CloseWindows(At(2026, 4, 30)));
        Assert.Equal(profile.Version, reloaded.Version);
    }

    /// <summary>Saving one party's profile leaves another's untouched.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Profiles_of_different_parties_are_independent()
    {
        var repository = CreateRepository(Policy);
        var alice = Sold(new PartyId("shop-alice"), "t-1");
        alice.Rate(new OrderId("t-1"), RatingValue.Positive, null, At(2026, 3, 6));
        var bob = Sold(new PartyId("shop-bob"), "t-1");
        bob.Rate(new OrderId("t-1"), RatingValue.Negative, null, At(2026, 3, 6));

        await repository.SaveAsync(alice, 0, Token);
        await repository.SaveAsync(bob, 0, Token);

        Assert.Equal(1, (await repository.FindAsync(alice.Party, Token))!.AsSeller.Score);
        Assert.Equal(-1, (await repository.FindAsync(bob.Party, Token))!.AsSeller.Score);
    }

    /// <summary>
    /// Builds a profile with every kind of fact and decision: counted ratings of each value, a
    /// same-item repeat, a trade below the minimum price, a flagged rating, a default rating from a
    /// closed window, replies from both sides, a capped month, and trades in both roles.
    /// </summary>
    /// <param name="party">The party.</param>
    /// <returns>The profile, under <see cref="Policy"/>.</returns>
    protected FeedbackProfile RichProfile(PartyId party)
    {
        var profile = FeedbackProfile.Open(party, Policy);
        void Rated(string id, string buyer, string item, decimal price, Instant created, RatingValue? value, string? comment = null)
        {
            var trade = Trade(party, id, buyer, item, price, created);
            profile.RecordTrade(trade);
            if (value is { } v)
            {
                profile.Rate(trade.Id, v, comment, trade.CompletedAt + Duration.FromHours(2));
            }
        }

        Rated("t-1", "b-1", "tea", 58m, At(2026, 3, 2), RatingValue.Positive, "fast");
        Rated("t-2", "b-1", "tea", 58m, At(2026, 3, 3), RatingValue.Positive);
        Rated("t-3", "b-2", "tea", 58m, At(2026, 3, 2), RatingValue.Negative, "broken");
        Rated("t-4", "b-3", "tea", 58m, At(2026, 3, 2), RatingValue.Positive);
        Rated("t-5", "b-4", "sticker", 0.5m, At(2026, 3, 2), RatingValue.Neutral);
        Rated("t-6", "b-5", "tea", 58m, At(2026, 3, 2), null);
        for (var i = 0; i < 7; i++)
        {
            Rated($"t-cap-{i}", "b-6", $"item-{i}", 58m, At(2026, 3, 4 + i), RatingValue.Positive);
        }

        var bought = new CompletedTrade(new OrderId("t-bought"), party, new PartyId("shop-other"), new Sku("cup"), Money.Of(20m, Policy.Currency), At(2026, 3, 2), At(2026, 3, 4));
        profile.RecordTrade(bought);
        profile.Rate(bought.Id, RatingValue.Neutral, "paid late", At(2026, 3, 5));
        profile.Reply(new OrderId("t-3"), FeedbackReplyAuthor.Rated, "Refunded in full.", At(2026, 3, 10));
        profile.Reply(new OrderId("t-3"), FeedbackReplyAuthor.Rater, "Thanks.", At(2026, 3, 11));
        profile.FlagFraudulent(new OrderId("t-4"), "brushing", At(2026, 3, 11));
        profile.CloseWindows(At(2026, 4, 30));
        var reasons = profile.Entries.Select(e => e.Decision?.Reason).Distinct().Count();
        if (reasons < 5 || !profile.Entries.Any(e => e.Rating?.IsDefault == true) || profile.AsBuyer.Rated.Count == 0)
        {
            throw new InvalidOperationException("The contract's rich profile must use every kind of fact and decision.");
        }

        return profile;
    }

    /// <summary>Asserts that two profiles hold the same facts, decisions and scores.</summary>
    /// <param name="expected">The profile saved.</param>
    /// <param name="actual">The profile loaded.</param>
    protected static void AssertSameState(FeedbackProfile expected, FeedbackProfile actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var saved = expected.ToSnapshot();
        var loaded = actual.ToSnapshot();
        Assert.Equal(saved.Party, loaded.Party);
        Assert.Equal(saved.Trades, loaded.Trades);
        Assert.Equal(saved.Ratings, loaded.Ratings);
        Assert.Equal(saved.Replies, loaded.Replies);
        Assert.Equal(saved.FraudFlags, loaded.FraudFlags);
        Assert.Equal(saved.Version, loaded.Version);
        Assert.Equal(expected.Entries.Select(e => e.Decision), actual.Entries.Select(e => e.Decision));
        Assert.Equal((expected.AsSeller.Score, expected.AsBuyer.Score), (actual.AsSeller.Score, actual.AsBuyer.Score));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Instant At(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(Shanghai).ToInstant();

    private CompletedTrade Trade(PartyId seller, string id, string buyer, string item, decimal price, Instant created) =>
        new(new OrderId(id), new PartyId(buyer), seller, new Sku(item), Money.Of(price, Policy.Currency), created, created + Duration.FromDays(2));

    private FeedbackProfile Sold(PartyId party, string id)
    {
        var profile = FeedbackProfile.Open(party, Policy);
        profile.RecordTrade(Trade(party, id, "b-1", "tea", 58m, At(2026, 3, 2)));
        return profile;
    }
}
