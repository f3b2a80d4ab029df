namespace RetailCrm.Benchmarks.History;

using BenchmarkDotNet.Attributes;
using NodaTime;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// Earn, redeem, cancel a redemption, claw back and expire on one customer's account, through
/// <see cref="PointsService"/>, after <see cref="HistoryBenchmark.Prior"/> earlier orders that each
/// earned 100 points and were paid for with them on another order (so their lots are closed), plus
/// one large order whose points the calls spend and claw back.
/// </summary>
public class PointsCommandBenchmarks : HistoryBenchmark
{
    private static readonly CustomerId Customer = new("c-history");
    private static readonly OrderId Large = new("o-large");
    private static readonly PointsPolicy Policy = PointsPolicy.Default.With(pendingPeriod: Duration.Zero);
    private static readonly Money Hundred = Money.Of(100m, Currency.CNY);
    private static readonly Money Thousand = Money.Of(1_000m, Currency.CNY);
    private static readonly Money One = Money.Of(1m, Currency.CNY);

    private readonly Queue<OrderId> redeemed = new();
    private PointsService service = null!;

    /// <summary>Earns on a new order of CNY 100.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<PointsResult> Earn()
    {
        var n = Fresh();
        return service.EarnAsync(Customer, PaidOrder.Simple(new OrderId($"n{n}"), Now, Hundred), new IdempotencyKey($"earn-{n}"));
    }

    /// <summary>Redeems 100 points on a new order of CNY 1,000.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<PointsResult> Redeem()
    {
        var n = Fresh();
        return service.RedeemAsync(Customer, new OrderId($"r{n}"), Thousand, Points.Of(100), new IdempotencyKey($"redeem-{n}"));
    }

    /// <summary>Cancels the redemption of an order redeemed before the iteration.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<PointsResult> CancelRedemption() =>
        service.CancelRedemptionAsync(Customer, redeemed.Dequeue(), new IdempotencyKey($"cancel-{Fresh()}"));

    /// <summary>Claws back a CNY 1 refund of the large order.</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<PointsResult> ClawBack()
    {
        var n = Fresh();
        return service.ClawBackAsync(Customer, new OrderRefund(new RefundId($"f{n}"), Large, One), new IdempotencyKey($"clawback-{n}"));
    }

    /// <summary>Expires what is due now (nothing: the large order's points expire next year).</summary>
    /// <returns>The outcome.</returns>
    [Benchmark]
    public Task<PointsResult> Expire()
    {
        Fresh();
        return service.ExpireAsync(Customer);
    }

    /// <inheritdoc />
    protected override void Seed(int prior)
    {
        service = new PointsService(new InMemoryPointsAccountStore(), Clock, Policy);
        redeemed.Clear();
        for (var i = 0; i < prior; i++)
        {
            var earned = service.EarnAsync(Customer, PaidOrder.Simple(new OrderId($"h{i}"), Now, Hundred), new IdempotencyKey($"h-earn-{i}")).GetAwaiter().GetResult();
            var spent = service.RedeemAsync(Customer, new OrderId($"s{i}"), Thousand, Points.Of(100), new IdempotencyKey($"h-redeem-{i}")).GetAwaiter().GetResult();
            Check(earned.Succeeded && spent.Succeeded, $"seeding order {i} did not earn and spend: {earned.Rejection} {spent.Rejection}");
        }

        var large = service.EarnAsync(Customer, PaidOrder.Simple(Large, Now, Money.Of(100_000_000m, Currency.CNY)), new IdempotencyKey("large")).GetAwaiter().GetResult();
        Check(large.Succeeded, $"the large order did not earn: {large.Rejection}");
    }

    /// <summary>
    /// Rebuilds the history before every iteration: each earning opens a lot that stays open, and open
    /// lots are live state, which every command loads; without it, 100,000 would be measured with
    /// thousands more open lots than 100.
    /// </summary>
    [IterationSetup(Target = nameof(Earn))]
    public void BeforeEarning() => StartIteration(recordsPerCall: 1, rebuild: true);

    /// <summary>Redeems on as many orders as an iteration cancels, outside the measurement.</summary>
    [IterationSetup(Target = nameof(CancelRedemption))]
    public void BeforeCancelling()
    {
        StartIteration(recordsPerCall: 2);
        while (redeemed.Count < Calls)
        {
            var order = new OrderId($"p{Fresh()}");
            var result = service.RedeemAsync(Customer, order, Thousand, Points.Of(100), new IdempotencyKey($"prepare-{order}")).GetAwaiter().GetResult();
            Check(result.Succeeded, $"preparing a redemption failed: {result.Rejection}");
            redeemed.Enqueue(order);
        }
    }
}
