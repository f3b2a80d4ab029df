namespace RetailCrm.Tests.Credit;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>Rating windows, default ratings, idempotency, replies, roles and rates of a feedback profile.</summary>
public sealed class FeedbackProfileTests
{
    private static readonly CompletedTrade Tea = Sale("t-1", "b-1", "tea", 50m, At(2026, 3, 2));

    [Fact]
    public void Rating_the_same_trade_again_is_already_rated_and_counts_once()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);
        shop.Rate(Tea.Id, RatingValue.Positive, "fast delivery", Tea.CompletedAt + Duration.FromHours(1));
        var version = shop.Version;

        var again = shop.Rate(Tea.Id, RatingValue.Positive, "fast delivery", Tea.CompletedAt + Duration.FromHours(5));

        Assert.Equal((FeedbackOutcome.Replayed, FeedbackReason.AlreadyRated), (again.Outcome, again.Reason));
        Assert.Equal((1L, version), (shop.AsSeller.Score, shop.Version));
    }

    [Fact]
    public void A_rating_cannot_be_changed()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);
        var first = shop.Rate(Tea.Id, RatingValue.Negative, "broken", Tea.CompletedAt + Duration.FromHours(1));

        var changed = shop.Rate(Tea.Id, RatingValue.Positive, "sorry, all fine", Tea.CompletedAt + Duration.FromHours(2));
        var recommented = shop.Rate(Tea.Id, RatingValue.Negative, "very broken", Tea.CompletedAt + Duration.FromHours(2));

        Assert.Equal((FeedbackOutcome.Rejected, FeedbackReason.CannotChange), (changed.Outcome, changed.Reason));
        Assert.Equal(FeedbackReason.CannotChange, recommented.Reason);
        Assert.Equal(-1, changed.Score);
        Assert.Equal(first.Decision, changed.Decision);
        Assert.Equal("broken", shop.Find(Tea.Id)!.Rating!.Comment);
    }

    [Fact]
    public void Ratings_are_taken_from_completion_until_the_15_day_window_closes()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);

        Assert.Equal(FeedbackReason.WindowNotOpen, shop.Rate(Tea.Id, RatingValue.Positive, null, Tea.CompletedAt - Duration.Epsilon).Reason);
        Assert.Equal(FeedbackReason.WindowClosed, shop.Rate(Tea.Id, RatingValue.Negative, null, Tea.CompletedAt + Duration.FromDays(15)).Reason);
        Assert.Equal(FeedbackReason.Done, shop.Rate(Tea.Id, RatingValue.Negative, null, Tea.CompletedAt + Duration.FromDays(15) - Duration.Epsilon).Reason);
        Assert.Equal(FeedbackReason.UnknownTrade, shop.Rate(new OrderId("t-x"), RatingValue.Positive, null, Tea.CompletedAt).Reason);
    }

    [Fact]
    public void A_side_that_does_not_rate_within_15_days_gives_a_default_positive()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);
        var closes = Tea.CompletedAt + Duration.FromDays(15);

        Assert.Empty(shop.CloseWindows(closes - Duration.Epsilon));
        var defaults = shop.CloseWindows(closes);
        var version = shop.Version;

        var rating = Assert.Single(defaults);
        Assert.Equal((RatingValue.Positive, true, closes), (rating.Value, rating.IsDefault, rating.RatedAt));
        Assert.Equal(1, shop.AsSeller.Score);
        Assert.Empty(shop.CloseWindows(closes + Duration.FromDays(30)));
        Assert.Equal(version, shop.Version);
        Assert.Equal(FeedbackReason.CannotChange, shop.Rate(Tea.Id, RatingValue.Negative, null, closes).Reason);
    }

    [Theory]
    [InlineData(RatingValue.Neutral, 0)]
    [InlineData(RatingValue.Negative, -1)]
    [InlineData(null, 0)]
    public void The_missing_rating_is_the_policys(RatingValue? missing, long score)
    {
        var shop = OpenShop(new FeedbackPolicy(Currency.CNY, Shanghai) { MissingRating = missing, RatingWindow = Duration.FromDays(7) });
        shop.RecordTrade(Tea);

        var defaults = shop.CloseWindows(Tea.CompletedAt + Duration.FromDays(7));

        Assert.Equal(missing is null ? 0 : 1, defaults.Count);
        Assert.Equal(score, shop.AsSeller.Score);
        Assert.Equal(missing is null, shop.Find(Tea.Id)!.Rating is null);
    }

    [Fact]
    public void The_rated_party_may_explain_and_the_rater_follow_up_once_each()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);
        Assert.Equal(FeedbackReason.NotRated, shop.Reply(Tea.Id, FeedbackReplyAuthor.Rated, "?", At(2026, 3, 6)).Reason);
        shop.Rate(Tea.Id, RatingValue.Negative, "late", Tea.CompletedAt + Duration.FromHours(1));

        var explained = shop.Reply(Tea.Id, FeedbackReplyAuthor.Rated, "The courier was delayed by snow.", At(2026, 3, 7));
        var followUp = shop.Reply(Tea.Id, FeedbackReplyAuthor.Rater, "Tea is good though.", At(2026, 3, 9));
        var replayed = shop.Reply(Tea.Id, FeedbackReplyAuthor.Rated, "The courier was delayed by snow.", At(2026, 3, 8));
        var changed = shop.Reply(Tea.Id, FeedbackReplyAuthor.Rated, "Our fault.", At(2026, 3, 8));

        Assert.Equal((FeedbackOutcome.Applied, FeedbackOutcome.Applied), (explained.Outcome, followUp.Outcome));
        Assert.Equal(FeedbackReason.AlreadyReplied, replayed.Reason);
        Assert.Equal(FeedbackReason.CannotChange, changed.Reason);
        Assert.Equal(2, shop.Find(Tea.Id)!.Replies.Count);
        Assert.Equal(RatingValue.Negative, shop.Find(Tea.Id)!.Rating!.Value);
    }

    [Fact]
    public void Seller_credit_and_buyer_credit_are_kept_apart()
    {
        var party = new PartyId("li-na");
        var profile = FeedbackProfile.Open(party, Policy);
        var sold = new CompletedTrade(new OrderId("t-s"), new PartyId("b-9"), party, new Sku("scarf"), Cny(80m), At(2026, 3, 2), At(2026, 3, 4));
        var bought = new CompletedTrade(new OrderId("t-b"), party, new PartyId("shop-9"), new Sku("tea"), Cny(80m), At(2026, 3, 2), At(2026, 3, 4));
        profile.RecordTrade(sold);
        var asBuyer = profile.RecordTrade(bought);

        profile.Rate(sold.Id, RatingValue.Negative, null, At(2026, 3, 5));
        profile.Rate(bought.Id, RatingValue.Positive, null, At(2026, 3, 5));

        Assert.Equal(FeedbackRole.Buyer, asBuyer.Role);
        Assert.Equal((-1L, 1L), (profile.AsSeller.Score, profile.AsBuyer.Score));
        Assert.Same(profile.AsBuyer, profile.CreditAs(FeedbackRole.Buyer));
    }

    [Fact]
    public void The_positive_rate_leaves_out_neutrals_and_covers_the_window_asked_for()
    {
        var shop = OpenShop();
        for (var i = 0; i < 8; i++)
        {
            shop.Sell($"p-{i}", $"b-{i}", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        }

        shop.Sell("n-1", "b-20", "tea", 50m, At(2026, 3, 2), RatingValue.Neutral);
        shop.Sell("x-1", "b-21", "tea", 50m, At(2026, 3, 2), RatingValue.Negative);
        shop.Sell("x-old", "b-22", "tea", 50m, At(2025, 6, 2), RatingValue.Negative);
        var asOf = At(2026, 4, 1);

        var standing = shop.AsSeller.StandingAt(asOf);

        Assert.Equal((8, 1, 1), (standing.LastSixMonths.Positives, standing.LastSixMonths.Neutrals, standing.LastSixMonths.Negatives));
        Assert.Equal(Percentage.FromFraction(8m / 9m), standing.LastSixMonths.PositiveRate);
        Assert.Equal(Percentage.FromFraction(8m / 10m), standing.AllTime.PositiveRate);
        Assert.Equal(Percentage.FromFraction(8m / 10m), standing.LastTwelveMonths.PositiveRate);
        Assert.Null(shop.AsSeller.RateOver(asOf, Period.FromDays(1)).PositiveRate);
        Assert.Equal((6L, 11L), (standing.Score, standing.NextThreshold!.Value));
        Assert.Equal("1 heart", standing.Level.Name);

        var withNeutrals = OpenShop(new FeedbackPolicy(Currency.CNY, Shanghai) { IncludeNeutralsInRate = true });
        withNeutrals.Sell("p", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        withNeutrals.Sell("n", "b-2", "tea", 50m, At(2026, 3, 2), RatingValue.Neutral);
        Assert.Equal(Percentage.FromPercent(50), withNeutrals.AsSeller.RateOver(asOf, Period.FromMonths(6)).PositiveRate);
    }

    [Fact]
    public void A_trade_recorded_again_is_a_replay_and_a_different_one_under_its_id_is_an_error()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);

        Assert.Equal(FeedbackReason.AlreadyRecorded, shop.RecordTrade(Sale("t-1", "b-1", "tea", 50m, At(2026, 3, 2))).Reason);
        Assert.Throws<IdempotencyKeyReusedException>(() => shop.RecordTrade(Sale("t-1", "b-1", "tea", 60m, At(2026, 3, 2))));
        Assert.Equal(1, shop.Version);
    }

    public static TheoryData<string, CompletedTrade> TradesDifferingInOneField => new()
    {
        { "buyer", new CompletedTrade(Tea.Id, new PartyId("b-2"), Tea.Seller, Tea.Item, Tea.Price, Tea.CreatedAt, Tea.CompletedAt) },
        { "item", new CompletedTrade(Tea.Id, Tea.Buyer, Tea.Seller, new Sku("coffee"), Tea.Price, Tea.CreatedAt, Tea.CompletedAt) },
        { "price", new CompletedTrade(Tea.Id, Tea.Buyer, Tea.Seller, Tea.Item, Cny(50.01m), Tea.CreatedAt, Tea.CompletedAt) },
        { "createdAt", new CompletedTrade(Tea.Id, Tea.Buyer, Tea.Seller, Tea.Item, Tea.Price, Tea.CreatedAt + Duration.FromMilliseconds(1), Tea.CompletedAt) },
        { "completedAt", new CompletedTrade(Tea.Id, Tea.Buyer, Tea.Seller, Tea.Item, Tea.Price, Tea.CreatedAt, Tea.CompletedAt + Duration.FromMilliseconds(1)) },
    };

    [Theory]
    [MemberData(nameof(TradesDifferingInOneField))]
    public void A_trade_under_a_recorded_id_differing_in_any_field_throws_naming_the_difference(string field, CompletedTrade other)
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);

        var error = Assert.Throws<IdempotencyKeyReusedException>(() => shop.RecordTrade(other));

        Assert.NotEqual(error.FirstCommand, error.NewCommand);
        Assert.Contains(field + "=", error.NewCommand, StringComparison.Ordinal);
        Assert.Equal(1, shop.Version);
    }

    [Fact]
    public void A_trade_recorded_again_with_its_price_written_at_another_scale_is_a_replay()
    {
        var shop = OpenShop();
        shop.RecordTrade(Tea);

        var again = shop.RecordTrade(new CompletedTrade(Tea.Id, Tea.Buyer, Tea.Seller, Tea.Item, Cny(50.000m), Tea.CreatedAt, Tea.CompletedAt));

        Assert.Equal(FeedbackReason.AlreadyRecorded, again.Reason);
    }

    [Fact]
    public void Bad_arguments_throw_naming_the_argument_and_change_nothing()
    {
        var shop = OpenShop();
        var foreign = new CompletedTrade(new OrderId("t-9"), new PartyId("b-1"), new PartyId("shop-2"), new Sku("tea"), Cny(5m), At(2026, 3, 1), At(2026, 3, 2));
        var dollars = new CompletedTrade(new OrderId("t-8"), new PartyId("b-1"), Shop, new Sku("tea"), Money.Of(5m, Currency.USD), At(2026, 3, 1), At(2026, 3, 2));

        Assert.Equal("party", Assert.Throws<ArgumentException>(() => shop.RecordTrade(foreign)).ParamName);
        Assert.Equal("trade", Assert.Throws<ArgumentException>(() => shop.RecordTrade(dollars)).ParamName);
        Assert.Equal("seller", Assert.Throws<ArgumentException>(() => new CompletedTrade(new OrderId("t"), Shop, Shop, new Sku("x"), Cny(1m), At(2026, 3, 1), At(2026, 3, 1))).ParamName);
        Assert.Equal("completedAt", Assert.Throws<ArgumentOutOfRangeException>(() => new CompletedTrade(new OrderId("t"), new PartyId("b"), Shop, new Sku("x"), Cny(1m), At(2026, 3, 2), At(2026, 3, 1))).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => Sale("t", "b", "x", -1m, At(2026, 3, 1))).ParamName);
        shop.RecordTrade(Tea);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => shop.Rate(Tea.Id, (RatingValue)2, null, Tea.CompletedAt)).ParamName);
        Assert.Throws<ArgumentException>(() => shop.Rate(Tea.Id, RatingValue.Positive, " ", Tea.CompletedAt));
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => shop.FlagFraudulent(Tea.Id, "", Tea.CompletedAt)).ParamName);
        Assert.Null(shop.Find(Tea.Id)!.Rating);
        Assert.Equal(1, shop.Version);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackPolicy(Currency.CNY, Shanghai) { MaxPointsPerPairPerMonth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackPolicy(Currency.CNY, Shanghai) { RatingWindow = Duration.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackPolicy(Currency.CNY, Shanghai) { SameItemPeriodDays = 32 });
        Assert.Throws<ArgumentException>(() => new FeedbackPolicy(Currency.CNY, Shanghai) { MinimumScoredPrice = Money.Of(1m, Currency.USD) });
    }

    [Fact]
    public void A_snapshot_round_trips_and_a_broken_one_is_refused()
    {
        var shop = OpenShop();
        shop.Sell("t-1", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-2", "b-1", "tea", 50m, At(2026, 3, 3), RatingValue.Negative);
        shop.Reply(new OrderId("t-2"), FeedbackReplyAuthor.Rated, "Refunded.", At(2026, 3, 9));
        shop.FlagFraudulent(new OrderId("t-1"), "brushing", At(2026, 3, 10));
        var snapshot = shop.ToSnapshot();

        var loaded = FeedbackProfile.FromSnapshot(snapshot, Policy);

        Assert.Equal(shop.AsSeller.Score, loaded.AsSeller.Score);
        Assert.Equal(shop.Entries.Select(e => e.Decision), loaded.Entries.Select(e => e.Decision));
        Assert.Equal(snapshot.Version, loaded.Version);
        Assert.Throws<ArgumentException>(() => FeedbackProfile.FromSnapshot(snapshot with { Ratings = [.. snapshot.Ratings, snapshot.Ratings[0]] }, Policy));
        Assert.Throws<ArgumentException>(() => FeedbackProfile.FromSnapshot(snapshot with { Trades = [snapshot.Trades[0]] }, Policy));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackProfile.FromSnapshot(snapshot with { Version = -1 }, Policy));
        Assert.Throws<ArgumentException>(() => FeedbackProfile.FromSnapshot(snapshot with { Party = new PartyId("other") }, Policy));
    }
}
