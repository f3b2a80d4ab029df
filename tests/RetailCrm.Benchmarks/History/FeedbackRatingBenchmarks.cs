namespace RetailCrm.Benchmarks.History;

using BenchmarkDotNet.Attributes;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;

/// <summary>
/// A marketplace seller's trades recorded and rated through <see cref="FeedbackService"/>, after
/// <see cref="HistoryBenchmark.Prior"/> earlier trades with other buyers, each rated positive.
/// </summary>
public class FeedbackRatingBenchmarks : HistoryBenchmark
{
    private static readonly PartyId Seller = new("s-history");
    private static readonly FeedbackPolicy Policy = FeedbackPolicy.CreateDefault(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
    private static readonly Money Price = Money.Of(50m, Currency.CNY);

    private readonly Queue<OrderId> unrated = new();
    private FeedbackService service = null!;

    /// <summary>Records a new trade with a new buyer on both parties' profiles.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<TradeRecordResult> RecordTrade() => service.RecordTradeAsync(Trade(Fresh()));

    /// <summary>The buyer of a trade recorded before the iteration rates the seller positive.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<FeedbackResult> Rate() => service.RateAsync(Seller, unrated.Dequeue(), RatingValue.Positive);

    /// <summary>Records as many trades as an iteration rates, outside the measurement.</summary>
    [IterationSetup(Target = nameof(Rate))]
    public void BeforeRating()
    {
        StartIteration(recordsPerCall: 2);
        while (unrated.Count < Calls)
        {
            var trade = Trade(Fresh());
            service.RecordTradeAsync(trade).GetAwaiter().GetResult();
            unrated.Enqueue(trade.Id);
        }
    }

    /// <inheritdoc />
    protected override void Seed(int prior)
    {
        service = new FeedbackService(new InMemoryFeedbackProfileStore(), Clock, Policy);
        unrated.Clear();
        for (var i = 0; i < prior; i++)
        {
            var trade = Trade(-i - 1);
            service.RecordTradeAsync(trade).GetAwaiter().GetResult();
            var rated = service.RateAsync(Seller, trade.Id, RatingValue.Positive).GetAwaiter().GetResult();
            Check(rated.IsApplied, $"seeding trade {i} failed: {rated}");
        }
    }

    private static CompletedTrade Trade(int n)
    {
        var created = Now - Duration.FromDays(3);
        return new CompletedTrade(new OrderId($"t{n}"), new PartyId($"b{n}"), Seller, new Sku("sku"), Price, created, created + Duration.FromDays(1));
    }
}
