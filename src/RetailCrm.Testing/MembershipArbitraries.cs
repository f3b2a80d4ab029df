namespace RetailCrm.Testing;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>
/// FsCheck generators for membership tiers in CNY: ladders of two to four tiers over every kind of
/// qualification window, and scenarios of orders, partial and full refunds, pending points and
/// clawbacks, evaluations, tiers assigned by hand and points spent, at increasing instants over up
/// to about three years from a joining instant in 2026, with some replays of earlier orders and
/// points. Use as <c>[Property(Arbitrary = [typeof(MembershipArbitraries)])]</c> with parameters of
/// type <see cref="MembershipScenario"/> or <see cref="TierLadder"/>.
/// </summary>
/// <remarks>
/// Every generated step is valid: a refund never exceeds what remains of its order (a refund of an
/// order never recorded is generated too, and is ignored). Joining dates fall in 2026, so no member
/// joins on 29 February. A scenario prints as its ladder and one line per step; shrinking drops steps.
/// </remarks>
public static class MembershipArbitraries
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly DateTimeZone[] Zones = [DateTimeZoneProviders.Tzdb["Asia/Shanghai"], DateTimeZoneProviders.Tzdb["Europe/Berlin"]];

    private static readonly string[] Names = ["regular", "silver", "gold", "platinum"];

    /// <summary>Ladders; see <see cref="LadderGen"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TierLadder> Ladders() => LadderGen().ToArbitrary();

    /// <summary>Scenarios on generated ladders; see <see cref="ScenarioGen()"/>.</summary>
    /// <returns>The arbitrary; shrinks by dropping steps.</returns>
    public static Arbitrary<MembershipScenario> Scenarios() => Arb.From(ScenarioGen(), Shrink);

    /// <summary>
    /// The generator behind <see cref="Ladders"/>: CNY ladders in Asia/Shanghai or Europe/Berlin with an
    /// entry tier and one to three higher tiers whose thresholds (spend, orders, confirmed points, all or
    /// any) rise with rank; a window of the last 12 or 6 months, the calendar year or the membership
    /// year; a grace period of 0 to 60 days; one or two steps down per review; in two ladders out of
    /// five a lifetime tier; in one out of four refunds that undo upgrades.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<TierLadder> LadderGen() =>
        from window in Gen.Elements(QualificationWindow.Last12Months, QualificationWindow.Rolling(6), QualificationWindow.CalendarYear, QualificationWindow.MembershipYear)
        from higher in Gen.Choose(1, 3)
        from measures in Gen.Choose(1, 7)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from grace in Gen.Choose(0, 60)
        from steps in Gen.Choose(1, 2)
        from lifetime in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
        from undo in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from zone in Gen.Elements(Zones)
        select BuildLadder(window, higher, measures, seed, grace, steps, lifetime, undo, zone);

    /// <summary>The generator behind <see cref="Scenarios"/>: a ladder from <see cref="LadderGen"/> and a scenario on it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<MembershipScenario> ScenarioGen() =>
        from ladder in LadderGen()
        from scenario in ScenarioGen(ladder)
        select scenario;

    /// <summary>
    /// Scenarios on <paramref name="ladder"/>: a member who joins at an instant in 2026, then 0 to 70
    /// steps an hour to about 200 days apart. About 38% are orders of CNY 50 to 3,000; 12% refunds
    /// (four in ten of them refund all that remains); 14% points (one in seven a clawback; most
    /// confirmed 1 to 30 days after they are earned); 16% evaluations; 6% assignments of any tier,
    /// most of them ending within 200 days; 8% points spent; the rest replays of an earlier order or
    /// points with their own figures and instants.
    /// </summary>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    public static Gen<MembershipScenario> ScenarioGen(TierLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        return from joinHours in Gen.Choose(0, (364 * 24) + 23)
               from count in Gen.Choose(0, 70)
               from gaps in Gen.ArrayOf(Gen.Frequency((5, Gen.Choose(1, 72)), (4, Gen.Choose(72, 24 * 40)), (1, Gen.Choose(24 * 60, 24 * 200))), count)
               from kinds in Gen.ArrayOf(Gen.Choose(0, 99), count)
               from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue - 1), count)
               select BuildScenario(ladder, Start + Duration.FromHours(joinHours), gaps, kinds, seeds);
    }

    /// <summary>Smaller scenarios on the same ladder: the first half, the second half, then each step left out in turn.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The smaller scenarios, most reduced first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static IEnumerable<MembershipScenario> Shrink(MembershipScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var steps = scenario.Steps;
        if (steps.Count == 0)
        {
            yield break;
        }

        if (steps.Count > 2)
        {
            yield return scenario with { Steps = [.. steps.Take(steps.Count / 2)] };
            yield return scenario with { Steps = [.. steps.Skip(steps.Count / 2)] };
        }

        for (var i = steps.Count - 1; i >= 0; i--)
        {
            yield return scenario with { Steps = [.. steps.Take(i), .. steps.Skip(i + 1)] };
        }
    }

    private static TierLadder BuildLadder(QualificationWindow window, int higher, int measures, int seed, int grace, int steps, int lifetime, bool undo, DateTimeZone zone)
    {
        var random = new Random(seed);
        var tiers = new List<TierDefinition> { new(new TierId(Names[0]), "Regular", TierRequirement.None) };
        var (spend, orders, points) = (0m, 0, 0L);
        for (var rank = 1; rank <= higher; rank++)
        {
            spend += random.Next(5, 60) * 100m;
            orders += random.Next(1, 4);
            points += random.Next(2, 15) * 100L;
            var mask = measures & random.Next(1, 8);
            mask = mask == 0 ? measures : mask;
            var requirement = new TierRequirement
            {
                MinSpend = (mask & 1) != 0 ? Money.Of(spend, Currency.CNY) : null,
                MinOrders = (mask & 2) != 0 ? orders : null,
                MinPoints = (mask & 4) != 0 ? Points.Of(points) : null,
                Mode = mask is 3 or 5 or 6 or 7 && random.Next(0, 3) == 0 ? RequirementMode.Any : RequirementMode.All,
            };
            var name = Names[rank];
            tiers.Add(new TierDefinition(new TierId(name), char.ToUpperInvariant(name[0]) + name[1..], requirement) { Lifetime = rank == lifetime });
        }

        return new TierLadder(Currency.CNY, zone, window, tiers)
        {
            GracePeriod = Period.FromDays(grace),
            MaxStepsDown = steps,
            RefundsUndoUpgrades = undo,
        };
    }

    private static MembershipScenario BuildScenario(TierLadder ladder, Instant joinedAt, int[] gapHours, int[] kinds, int[] seeds)
    {
        var steps = new List<MembershipStep>(gapHours.Length);
        var orders = new List<(string Id, long Amount, long Refunded)>();
        var at = joinedAt;
        for (var i = 0; i < gapHours.Length; i++)
        {
            at += Duration.FromHours(gapHours[i]);
            var random = new Random(seeds[i]);
            var kind = kinds[i];
            if (kind < 38)
            {
                var amount = random.Next(5_000, 300_001);
                orders.Add(($"o{i}", amount, 0));
                steps.Add(new MembershipStep(MembershipStepKind.Order, at) { Reference = $"o{i}", Amount = Money.FromMinorUnits(amount, Currency.CNY) });
            }
            else if (kind < 50)
            {
                steps.Add(Refund(i, at, random, orders));
            }
            else if (kind < 64)
            {
                var points = random.Next(0, 7) == 0 ? -random.Next(1, 301) : random.Next(10, 901);
                var confirmed = random.Next(0, 5) < 2 ? at : at + Duration.FromDays(random.Next(1, 31));
                steps.Add(new MembershipStep(MembershipStepKind.Points, at) { Reference = $"p{i}", Points = Points.Of(points), ConfirmedAt = confirmed });
            }
            else if (kind < 80)
            {
                steps.Add(new MembershipStep(MembershipStepKind.Evaluate, at));
            }
            else if (kind < 86)
            {
                var tier = ladder.Tiers[random.Next(0, ladder.Tiers.Count)].Id;
                Instant? until = random.Next(0, 5) == 0 ? null : at + Duration.FromDays(random.Next(1, 201));
                steps.Add(new MembershipStep(MembershipStepKind.Assign, at) { Reference = $"assigned by hand {i}", Tier = tier, Until = until });
            }
            else if (kind < 94)
            {
                var points = random.Next(1, 21) * 100;
                steps.Add(new MembershipStep(MembershipStepKind.SpendPoints, at) { Points = Points.Of(points), Amount = Money.Of(points / 100m, Currency.CNY) });
            }
            else
            {
                var earlier = steps.Where(s => s.Kind is MembershipStepKind.Order or MembershipStepKind.Points && !s.IsReplay).ToArray();
                steps.Add(earlier.Length == 0
                    ? new MembershipStep(MembershipStepKind.Evaluate, at)
                    : earlier[random.Next(0, earlier.Length)] with { IsReplay = true });
            }
        }

        return new MembershipScenario(ladder, joinedAt, steps);
    }

    private static MembershipStep Refund(int index, Instant at, Random random, List<(string Id, long Amount, long Refunded)> orders)
    {
        var open = orders.Select((o, i) => (Order: o, Index: i)).Where(o => o.Order.Refunded < o.Order.Amount).ToArray();
        var step = new MembershipStep(MembershipStepKind.Refund, at) { Reference = $"r{index}" };
        if (open.Length == 0 || random.Next(0, 12) == 0)
        {
            return step with { RefundedOrder = $"unknown{index}", Amount = Money.FromMinorUnits(random.Next(1, 10_000), Currency.CNY) };
        }

        var (order, position) = open[random.Next(0, open.Length)];
        var remaining = order.Amount - order.Refunded;
        var amount = random.Next(0, 5) < 2 ? remaining : random.NextInt64(1, remaining + 1);
        orders[position] = order with { Refunded = order.Refunded + amount };
        return step with { RefundedOrder = order.Id, Amount = Money.FromMinorUnits(amount, Currency.CNY) };
    }
}
