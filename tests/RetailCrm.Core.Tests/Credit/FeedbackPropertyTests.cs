namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>Invariants of feedback counting over generated trades, ratings, flags and arrival orders.</summary>
public sealed class FeedbackPropertyTests
{
    [Fact]
    public void The_score_is_the_sum_of_the_counted_ratings_and_agrees_with_a_recount_from_scratch()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, scenario =>
        {
            var shop = scenario.Play();
            var expected = scenario.Recount();

            var decided = shop.Entries.Where(e => e.Decision is not null).ToDictionary(e => e.Trade.Id.Value, e => (e.Decision!.Value.Points, e.Decision.Value.Reason));
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), decided.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Values.Sum(d => (long)d.Points), shop.AsSeller.Score);
            Assert.Equal(shop.Entries.Sum(e => (long)(e.Decision?.Points ?? 0)), shop.AsSeller.Score);
            var counted = shop.Entries.Where(e => e.Decision is { Counts: true }).ToList();
            Assert.Equal(counted.Count(e => e.Rating!.Value == RatingValue.Positive), shop.AsSeller.Positives);
            Assert.Equal(counted.Count(e => e.Rating!.Value == RatingValue.Neutral), shop.AsSeller.Neutrals);
            Assert.Equal(counted.Count(e => e.Rating!.Value == RatingValue.Negative), shop.AsSeller.Negatives);
            Assert.All(shop.Entries.Where(e => e.Decision is { Counts: false }), e => Assert.False(string.IsNullOrWhiteSpace(e.Decision!.Value.Explanation)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decisions_do_not_depend_on_the_order_ratings_arrive_in()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, scenario =>
        {
            var given = scenario.Play();
            var reversed = scenario.Play([.. scenario.Arrival.Reverse()]);
            var inCreationOrder = scenario.Play([.. Enumerable.Range(0, scenario.Trades.Count)]);

            Assert.Equal(given.Entries.Select(e => e.Decision), reversed.Entries.Select(e => e.Decision));
            Assert.Equal(given.Entries.Select(e => e.Decision), inCreationOrder.Entries.Select(e => e.Decision));
            Assert.Equal(given.AsSeller.Score, reversed.AsSeller.Score);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decisions_do_not_depend_on_the_order_trades_are_recorded_in()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, scenario =>
        {
            var byCreation = Enumerable.Range(0, scenario.Trades.Count).OrderBy(i => scenario.Trades[i].Trade.CreatedAt).ThenBy(i => scenario.Trades[i].Trade.Id.Value, StringComparer.Ordinal).ToList();
            var expected = Decisions(scenario.Play(recording: byCreation));

            Assert.Equal(expected, Decisions(scenario.Play()));
            Assert.Equal(expected, Decisions(scenario.Play(recording: [.. byCreation.AsEnumerable().Reverse()])));

            // Trades recorded only as their ratings arrive: earlier trades recorded late re-form later groups.
            var late = scenario.PlayRecordingLate();
            Assert.Equal(expected, Decisions(late));
            Assert.Equal(scenario.Recount().Values.Sum(d => (long)d.Points), late.AsSeller.Score);
            Assert.Equal(late.Entries.Sum(e => (long)(e.Decision?.Points ?? 0)), late.AsSeller.Score);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void One_pair_never_adds_or_takes_more_than_6_points_in_a_month()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, scenario =>
        {
            var shop = scenario.Play();

            Assert.All(
                shop.Entries.Where(e => e.Decision is not null).GroupBy(e => (e.Counterpart, e.Month)),
                pairMonth => Assert.InRange(pairMonth.Sum(e => e.Decision!.Value.Points), -6, 6));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_rating_can_never_be_changed()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, Arb.From(Gen.Elements(RatingValue.Positive, RatingValue.Neutral, RatingValue.Negative)), (scenario, other) =>
        {
            var shop = scenario.Play();
            var before = shop.ToSnapshot();
            var score = shop.AsSeller.Score;

            foreach (var entry in shop.Entries.Where(e => e.Rating is not null).ToList())
            {
                var rating = entry.Rating!;
                var again = shop.Rate(entry.Trade.Id, other, "changed my mind", rating.RatedAt);

                Assert.Equal(FeedbackReason.CannotChange, again.Reason);
                Assert.Equal(FeedbackReason.AlreadyRated, shop.Rate(entry.Trade.Id, rating.Value, rating.Comment, rating.RatedAt).Reason);
                Assert.Same(rating, entry.Rating);
            }

            Assert.Equal(before.Version, shop.Version);
            Assert.Equal(before.Ratings, shop.ToSnapshot().Ratings);
            Assert.Equal(score, shop.AsSeller.Score);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Adding_a_positive_never_lowers_the_score_or_the_level()
    {
        var newTrade = FeedbackScenario.TradeGen(999).Select(t => t with { Value = RatingValue.Positive, Flagged = false });
        Prop.ForAll(FeedbackScenario.Arbitrary, Arb.From(newTrade), (scenario, extra) =>
        {
            var shop = scenario.Play();
            var score = shop.AsSeller.Score;
            var rank = shop.AsSeller.Level.Rank;

            // A positive on a new trade created no earlier than the pair's trades of the item (so it
            // re-forms no group), and then on each trade still unrated.
            var latest = scenario.Trades.Where(t => (t.Buyer, t.Item) == (extra.Buyer, extra.Item)).Select(t => t.CreatedHours).DefaultIfEmpty(0).Max();
            extra = extra with { CreatedHours = Math.Max(extra.CreatedHours, latest) };
            shop.RecordTrade(extra.Trade);
            shop.Rate(extra.Trade.Id, RatingValue.Positive, null, extra.RatedAt);
            Assert.True(shop.AsSeller.Score >= score, $"new trade {extra}: {score} -> {shop.AsSeller.Score}");
            foreach (var spec in scenario.Trades.Where(t => t.Value is null))
            {
                score = shop.AsSeller.Score;
                rank = shop.AsSeller.Level.Rank;
                shop.Rate(spec.Trade.Id, RatingValue.Positive, null, spec.RatedAt);

                Assert.True(shop.AsSeller.Score >= score, $"{spec}: {score} -> {shop.AsSeller.Score}");
                Assert.True(shop.AsSeller.Level.Rank >= rank);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_profile_rebuilt_from_its_snapshot_decides_every_rating_alike()
    {
        Prop.ForAll(FeedbackScenario.Arbitrary, scenario =>
        {
            var shop = scenario.Play();

            var loaded = FeedbackProfile.FromSnapshot(shop.ToSnapshot(), Policy);

            Assert.Equal(shop.Entries.Select(e => (e.Trade, e.Rating, e.Fraud, e.Decision)), loaded.Entries.Select(e => (e.Trade, e.Rating, e.Fraud, e.Decision)));
            Assert.Equal((shop.AsSeller.Score, shop.Version), (loaded.AsSeller.Score, loaded.Version));
            Assert.Equal(shop.Entries.Select(e => (e.SameItemGroup, e.Month)), loaded.Entries.Select(e => (e.SameItemGroup, e.Month)));

            var late = scenario.PlayRecordingLate();
            var reloaded = FeedbackProfile.FromSnapshot(late.ToSnapshot(), Policy);
            Assert.Equal(late.Entries.Select(e => (e.Trade, e.Decision, e.SameItemGroup, e.Month)), reloaded.Entries.Select(e => (e.Trade, e.Decision, e.SameItemGroup, e.Month)));
        }).QuickCheckThrowOnFailure();
    }

    private static List<(string, CountDecision?, OrderId?, NodaTime.YearMonth)> Decisions(FeedbackProfile shop) =>
        [.. shop.Entries.OrderBy(e => e.Trade.Id.Value, StringComparer.Ordinal).Select(e => (e.Trade.Id.Value, e.Decision, e.SameItemGroup, e.Month))];
}
