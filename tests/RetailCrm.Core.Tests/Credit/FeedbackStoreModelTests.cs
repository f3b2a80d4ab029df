namespace RetailCrm.Tests.Credit;

using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Credit;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>
/// Model-based: random command sequences through the service and the in-memory store, which load
/// only live state and keyed records, against a reference that keeps every party's whole profile
/// in memory and applies each command to all its history.
/// </summary>
public sealed class FeedbackStoreModelTests
{
    [Property(MaxTest = 3_000, Arbitrary = [typeof(FeedbackStoreModelTests)])]
    public void The_store_backed_service_gives_the_same_outcomes_scores_levels_and_decisions_as_the_whole_profiles(FeedbackStoreScenario scenario) =>
        RunAsync(scenario).GetAwaiter().GetResult();

    public static FsCheck.Arbitrary<FeedbackStoreScenario> Scenarios() => FeedbackStoreScenario.Arbitrary;

    private static async Task RunAsync(FeedbackStoreScenario scenario)
    {
        var clock = new FakeClock(ModelTrade.Start);
        var store = new InMemoryFeedbackProfileStore();
        var service = new FeedbackService(store, clock, Policy);
        var reference = FeedbackStoreScenario.Parties.ToDictionary(p => p, p => FeedbackProfile.Open(p, Policy));
        var token = CancellationToken.None;
        foreach (var command in scenario.Commands)
        {
            var now = clock.GetCurrentInstant();
            var model = scenario.Trades[command.Trade];
            var trade = model.Trade(command.Kind == FeedbackCommandKind.RecordChanged ? model.Price + 1m : null);
            var rated = command.SellerRated ? trade.Seller : trade.Buyer;
            switch (command.Kind)
            {
                case FeedbackCommandKind.Record or FeedbackCommandKind.RecordChanged:
                    var expected = Outcome(() => new TradeRecordResult(reference[trade.Seller].RecordTrade(trade), reference[trade.Buyer].RecordTrade(trade)));
                    var actual = await OutcomeAsync(() => service.RecordTradeAsync(trade, token));
                    Assert.Equal(expected, actual);
                    break;
                case FeedbackCommandKind.Rate:
                    var comment = command.Comment ? "said so" : null;
                    Assert.Equal(reference[rated].Rate(trade.Id, command.Value, comment, now), await service.RateAsync(rated, trade.Id, command.Value, comment, token));
                    break;
                case FeedbackCommandKind.Reply:
                    var text = $"reply {command.Text}";
                    Assert.Equal(reference[rated].Reply(trade.Id, command.Author, text, now), await service.ReplyAsync(rated, trade.Id, command.Author, text, token));
                    break;
                case FeedbackCommandKind.Flag:
                    Assert.Equal(reference[rated].FlagFraudulent(trade.Id, "brushing", now), await service.FlagFraudulentAsync(rated, trade.Id, "brushing", token));
                    break;
                case FeedbackCommandKind.Close:
                    var party = FeedbackStoreScenario.Parties[command.Party];
                    Assert.Equal(reference[party].CloseWindows(now), await service.CloseWindowsAsync(party, token));
                    break;
                default:
                    clock.Advance(Duration.FromHours(command.Hours));
                    break;
            }
        }

        foreach (var (party, profile) in reference)
        {
            var live = (await store.LoadAsync(party, FeedbackLoadKeys.None, token)).Live ?? FeedbackProfileState.Empty(party, Policy);
            foreach (var role in new[] { FeedbackRole.Seller, FeedbackRole.Buyer })
            {
                var (credit, totals) = (profile.CreditAs(role), live.CreditAs(role));
                Assert.Equal((credit.Score, credit.Level, credit.Positives, credit.Neutrals, credit.Negatives), (totals.Score, totals.Level, totals.Positives, totals.Neutrals, totals.Negatives));
            }

            var entries = await service.ReadEntriesAsync(party, 0, 100, token);
            Assert.Equal(
                profile.Entries.Select(e => (e.Trade.Id, e.Rating, e.Fraud, e.Decision, e.SameItemGroup, e.Month, string.Join("|", e.Replies))),
                entries.Select(e => (e.TradeId, e.Rating, e.Fraud, e.Decision, e.SameItemGroup, e.Month, string.Join("|", e.Replies))));
        }

        // The storefront's standing: the live score and level, and the rates the store counts by window.
        var standing = await service.GetStandingAsync(Shop, FeedbackRole.Seller, token);
        reference[Shop].CloseWindows(clock.GetCurrentInstant());
        Assert.Equal(reference[Shop].AsSeller.StandingAt(clock.GetCurrentInstant()), standing);
    }

    private static string Outcome(Func<TradeRecordResult> act)
    {
        try
        {
            return act().ToString();
        }
        catch (IdempotencyKeyReusedException e)
        {
            return e.GetType().Name;
        }
    }

    private static async Task<string> OutcomeAsync(Func<Task<TradeRecordResult>> act)
    {
        try
        {
            return (await act()).ToString();
        }
        catch (IdempotencyKeyReusedException e)
        {
            return e.GetType().Name;
        }
    }
}
