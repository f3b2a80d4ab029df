namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>
/// A seller's feedback credit with 1,000 or 100,000 counted ratings (one trade per buyer and month
/// over 20 months, from 50 or 5,000 buyers, mostly positive): reading the score and the level, and adding one rating (record
/// the trade, rate it) then reading the level. Each iteration starts from the same loaded profile
/// and adds a fixed number of ratings from new buyers.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations, 1)]
public class FeedbackBenchmarks
{
    /// <summary>Ratings added per iteration.</summary>
    public const int Invocations = 16_384;

    private const int Months = 20;

    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly PartyId Seller = new("s-big");

    private readonly FeedbackPolicy policy = FeedbackPolicy.CreateDefault(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
    private FeedbackProfileSnapshot snapshot = null!;
    private FeedbackProfile profile = null!;
    private CompletedTrade[] fresh = null!;
    private int next;

    /// <summary>How many counted ratings the profile holds: 20 months of one rating per buyer.</summary>
    [Params(1_000, 100_000)]
    public int Ratings { get; set; }

    /// <summary>Builds the profile through its commands and the new trades, and checks that every rating counts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var built = FeedbackProfile.Open(Seller, policy);
        var buyers = Ratings / Months;
        var price = Money.Of(50m, Currency.CNY);
        var start = Instant.FromUtc(2024, 1, 1, 2, 0);
        for (var month = 0; month < Months; month++)
        {
            for (var buyer = 0; buyer < buyers; buyer++)
            {
                // Same day of each month per pair: a pair's trades are never within the same-item days.
                var created = start.InUtc().LocalDateTime.PlusMonths(month).PlusDays(buyer % 20).PlusMinutes(buyer).InUtc().ToInstant();
                var trade = new CompletedTrade(new OrderId($"t{month}-{buyer}"), new PartyId($"b{buyer}"), Seller, new Sku($"sku-{buyer % 50}"), price, created, created + Duration.FromDays(3));
                built.RecordTrade(trade);
                var value = (((buyer * 31) + month) % 50) switch
                {
                    0 => RatingValue.Negative,
                    1 or 2 => RatingValue.Neutral,
                    _ => RatingValue.Positive,
                };
                built.Rate(trade.Id, value, null, trade.CompletedAt + Duration.FromDays(1));
            }
        }

        var credit = built.AsSeller;
        Check(credit.Positives + credit.Neutrals + credit.Negatives == Ratings, $"{credit} counts {credit.Positives + credit.Neutrals + credit.Negatives} ratings, not {Ratings}");
        snapshot = built.ToSnapshot();
        fresh = new CompletedTrade[Invocations];
        for (var i = 0; i < Invocations; i++)
        {
            var created = Now - Duration.FromDays(5) + Duration.FromSeconds(i);
            fresh[i] = new CompletedTrade(new OrderId($"new{i}"), new PartyId($"nb{i}"), Seller, new Sku("sku-new"), price, created, created + Duration.FromDays(3));
        }

        Restore();
        var score = Score();
        Check(AddRatingAndReadLevel() == policy.Ladder.LevelFor(score + 1), "a new positive did not add one point");

        // Runs each operation as often as one iteration does, then gives the JIT time to finish its
        // optimized code: otherwise a small profile, whose setup is short, measures partly unoptimized code.
        Restore();
        for (var i = 0; i < Invocations; i++)
        {
            Score();
            Level();
            AddRatingAndReadLevel();
        }

        Thread.Sleep(1000);
        Restore();
    }

    /// <summary>Reloads the profile from its snapshot, so each iteration starts from the same ratings.</summary>
    [IterationSetup(Target = nameof(AddRatingAndReadLevel))]
    public void Restore()
    {
        profile = FeedbackProfile.FromSnapshot(snapshot, policy);
        next = 0;
    }

    /// <summary>The seller score.</summary>
    /// <returns>The score.</returns>
    [Benchmark]
    public long Score() => profile.AsSeller.Score;

    /// <summary>The seller level on the ladder.</summary>
    /// <returns>The level.</returns>
    [Benchmark]
    public FeedbackLevel Level() => profile.AsSeller.Level;

    /// <summary>Records a completed trade with a new buyer, rates it positive, and reads the level.</summary>
    /// <returns>The level.</returns>
    [Benchmark]
    public FeedbackLevel AddRatingAndReadLevel()
    {
        var trade = fresh[next++];
        profile.RecordTrade(trade);
        profile.Rate(trade.Id, RatingValue.Positive, null, Now);
        return profile.AsSeller.Level;
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Feedback benchmark setup is wrong: {message}.");
        }
    }
}
