namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// The points account's hot paths on an account with a long history (<see cref="PointsHistory"/>):
/// earning one order, the balance at an instant, and a redemption. Each iteration starts from the
/// same loaded account and runs a fixed number of fresh commands (new keys and orders), so every
/// invocation does the same work and the history grows by at most one iteration's commands.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations, 1)]
public class PointsBenchmarks
{
    /// <summary>Commands run per iteration.</summary>
    public const int Invocations = 16_384;

    private readonly PointsPolicy policy = PointsPolicy.Default;
    private PointsAccountSnapshot snapshot = null!;
    private PointsAccount account = null!;
    private EarnPoints[] earns = null!;
    private RedeemPoints[] redeems = null!;
    private int next;

    /// <summary>How many spent lots the account holds before the open ones.</summary>
    [Params(10, 1_000, 1_000_000)]
    public int HistoricalLots { get; set; }

    /// <summary>Builds the history and the commands once per size, and checks that each benchmark measures a success.</summary>
    [GlobalSetup]
    public void Setup()
    {
        snapshot = PointsHistory.Build(HistoricalLots, policy);
        var amount = Money.Of(100m, policy.Currency);
        earns = new EarnPoints[Invocations];
        redeems = new RedeemPoints[Invocations];
        for (var i = 0; i < Invocations; i++)
        {
            earns[i] = new EarnPoints(new IdempotencyKey($"earn-{i}"), PaidOrder.Simple(new OrderId($"n{i}"), PointsHistory.Now, amount));
            redeems[i] = new RedeemPoints(new IdempotencyKey($"redeem-{i}"), new OrderId($"p{i}"), amount, Points.Of(100));
        }

        Restore();
        var expected = PointsHistory.OpenLots * PointsHistory.PointsPerOpenLot;
        Check(Balance().Available.Value == expected, $"available {Balance().Available}, expected {expected}");
        Check(Earn().Succeeded && Redeem().Succeeded, "earning or redeeming was refused");
        Check(account.Balance.Value == expected + 100 - 100, $"balance {account.Balance} after one earn and one redeem");
        WarmUp();
    }

    /// <summary>Reloads the account from the snapshot, so each iteration starts from the same history.</summary>
    [IterationSetup(Targets = [nameof(Earn), nameof(Redeem)])]
    public void Restore()
    {
        account = PointsAccount.FromSnapshot(snapshot, policy);
        next = 0;
    }

    /// <summary>Earns points on one new order (a new pending lot).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public PointsResult Earn() => account.Execute(earns[next++], PointsHistory.Now);

    /// <summary>The position at an instant: available, pending, expired, expiring soon, next expiry.</summary>
    /// <returns>The position.</returns>
    [Benchmark]
    public PointsBalance Balance() => account.BalanceAt(PointsHistory.Now);

    /// <summary>Redeems the minimum (100 points) on a new order, earliest-expiring lot first.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public PointsResult Redeem() => account.Execute(redeems[next++], PointsHistory.Now);

    // Runs each operation as often as one iteration does, then gives the JIT time to finish its
    // optimized code: otherwise a small history, whose setup is short, measures partly unoptimized code.
    private void WarmUp()
    {
        Restore();
        for (var i = 0; i < Invocations; i++)
        {
            Earn();
            Balance();
        }

        Restore();
        for (var i = 0; i < Invocations; i++)
        {
            Redeem();
        }

        Thread.Sleep(1000);
        Restore();
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Points benchmark setup is wrong: {message}.");
        }
    }
}
