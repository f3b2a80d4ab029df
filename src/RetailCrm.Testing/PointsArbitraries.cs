namespace RetailCrm.Testing;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// FsCheck generators for points scenarios in CNY under <see cref="PointsPolicy.Default"/>:
/// sequences of earn, redeem, cancel, refund clawback, adjustment and expiry steps at instants
/// spread over about two years (so pending periods pass and lots expire), with some replays of
/// earlier commands under their own keys. Use as <c>[Property(Arbitrary = [typeof(PointsArbitraries)])]</c>.
/// </summary>
public static class PointsArbitraries
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>Scenarios of 0 to about 60 steps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PointsOperation[]> Scenarios() => ScenarioGen().ToArbitrary();

    /// <summary>The generator behind <see cref="Scenarios"/>.</summary>
    /// <returns>A generator of scenarios, steps in the order to apply them.</returns>
    public static Gen<PointsOperation[]> ScenarioGen() => ScenarioGen(50);

    /// <summary>Scenarios of 0 to <paramref name="maxSteps"/> commands, plus replays of about one in six of them.</summary>
    /// <param name="maxSteps">The most commands before the replays, 0 to 1,000.</param>
    /// <returns>A generator of scenarios, steps in the order to apply them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is out of range.</exception>
    public static Gen<PointsOperation[]> ScenarioGen(int maxSteps)
    {
        if (maxSteps is < 0 or > 1_000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "0 to 1,000.");
        }

        return from count in Gen.Choose(0, maxSteps)
               from gaps in Gen.ArrayOf(Gen.Frequency((6, Gen.Choose(0, 72)), (4, Gen.Choose(72, 24 * 40)), (2, Gen.Choose(-3, 0)), (1, Gen.Choose(24 * 150, 24 * 400))), count)
               from kinds in Gen.ArrayOf(Gen.Choose(0, 99), count)
               from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue - 1), count)
               from replays in Gen.ArrayOf(Gen.Choose(0, count), Math.Max(0, count / 6))
               select Build(gaps, kinds, seeds, replays);
    }

    private static PointsOperation[] Build(int[] gapHours, int[] kinds, int[] seeds, int[] replays)
    {
        var steps = new List<PointsOperation>(gapHours.Length + replays.Length);
        var at = Start;
        for (var i = 0; i < gapHours.Length; i++)
        {
            at += Duration.FromHours(gapHours[i]);
            var random = new Random(seeds[i]);
            steps.Add(new PointsOperation(Command(kinds[i], i, at, random), at));
        }

        foreach (var index in replays)
        {
            if (index < steps.Count && steps[index].Command is { } command)
            {
                var last = steps.Count == 0 ? Start : steps[^1].At;
                steps.Add(new PointsOperation(command, last + Duration.FromHours(1)));
            }
        }

        return [.. steps];
    }

    private static PointsCommand? Command(int kind, int step, Instant at, Random random)
    {
        var key = new IdempotencyKey($"k{step}");
        var order = new OrderId($"o{random.Next(0, 12)}");
        return kind switch
        {
            < 35 => new EarnPoints(key, Order(order, at, random), random.Next(0, 4) == 0 ? 1.5m : 1m),
            < 55 => new RedeemPoints(key, order, Money.FromMinorUnits(random.Next(1, 200_000), Currency.CNY), Points.Of(random.Next(0, 5) == 0 ? random.Next(1, 3000) : 100L * random.Next(1, 30))),
            < 63 => new CancelRedemption(key, order),
            < 78 => new ClawBackPoints(key, new OrderRefund(new RefundId($"r{random.Next(0, 15)}"), order, Money.FromMinorUnits(random.Next(1, 60_000), Currency.CNY))),
            < 88 => new AdjustPoints(key, Points.Of(random.Next(0, 2) == 0 ? random.Next(1, 500) : -random.Next(1, 500)), "service adjustment"),
            _ => null,
        };
    }

    private static PaidOrder Order(OrderId id, Instant at, Random random)
    {
        var lines = Enumerable.Range(0, random.Next(1, 4))
            .Select(i => new PaidOrderLine(new Sku($"{id}-{i}"), new CategoryId(random.Next(0, 3) == 0 ? "books" : "general"), Money.FromMinorUnits(random.Next(0, 80_000), Currency.CNY)))
            .ToArray();
        var goods = lines.Sum(l => l.AmountPaid.ToMinorUnits());
        var byPoints = random.Next(0, 4) == 0 ? goods / 4 : 0;
        return new PaidOrder(id, at - Duration.FromHours(random.Next(0, 48)), lines, Money.FromMinorUnits(random.Next(0, 2000), Currency.CNY), Money.FromMinorUnits(byPoints, Currency.CNY));
    }
}
