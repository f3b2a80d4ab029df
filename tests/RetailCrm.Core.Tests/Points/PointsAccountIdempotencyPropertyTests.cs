namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>
/// Two commands under one key, drawn from a small domain (so equal pairs, equal pairs written at
/// another scale, and pairs that differ in a single field are all frequent): the second is a replay
/// exactly when a field-by-field comparison written here finds them equal.
/// </summary>
[Properties(Arbitrary = [typeof(CommandPairArbitraries)], MaxTest = 1000)]
public sealed class PointsAccountIdempotencyPropertyTests
{
    private static readonly IdempotencyKey Key = new("k-1");

    [Property]
    public void A_second_command_under_the_key_is_a_replay_exactly_when_it_asks_the_same(CommandPair pair)
    {
        var account = Open();
        account.Adjust("gift", 5_000, March3);
        var first = account.Execute(pair.First.Build(Key), March3 + Duration.FromDays(8));
        var before = account.ToSnapshot();
        var second = pair.Second.Build(Key);

        if (Same(pair.First, pair.Second))
        {
            var replay = account.Execute(second, March3 + Duration.FromDays(9));

            Assert.True(replay.IsReplay);
            Assert.Equal(first.Rejection, replay.Rejection);
            Assert.Equal(first.Change, replay.Change);
            Assert.Equal(first.Entries, replay.Entries);
        }
        else
        {
            var error = Assert.Throws<IdempotencyKeyReusedException>(() => account.Execute(second, March3 + Duration.FromDays(9)));

            Assert.Equal(Key, error.Key);
            Assert.Equal(pair.First.Build(Key).ToCanonicalString(), error.FirstCommand);
            Assert.Equal(second.ToCanonicalString(), error.NewCommand);
        }

        var after = account.ToSnapshot();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Entries, after.Entries);
        Assert.Equal(before.Lots, after.Lots);
        Assert.Equal(before.Commands, after.Commands);
    }

    [Property]
    public void Canonical_contents_are_equal_exactly_when_the_commands_are(CommandPair pair) =>
        Assert.Equal(Same(pair.First, pair.Second), pair.First.Build(Key).ToCanonicalString() == pair.Second.Build(Key).ToCanonicalString());

    // The reference: the same kind of command and, field by field, the same values; amounts and
    // multipliers compare as numbers (200 == 200.00), texts ordinally, lines in order.
    private static bool Same(CommandSpec a, CommandSpec b) =>
        a.Kind == b.Kind && a.Kind switch
        {
            CommandKind.Earn => a.Order == b.Order && a.PaidAtSeconds == b.PaidAtSeconds && a.Lines.Length == b.Lines.Length
                && a.Lines.Zip(b.Lines).All(l => l.First.Sku == l.Second.Sku && l.First.Category == l.Second.Category && l.First.Amount == l.Second.Amount)
                && a.Shipping == b.Shipping && a.PaidWithPoints == b.PaidWithPoints && a.Multiplier == b.Multiplier,
            CommandKind.Redeem => a.Order == b.Order && a.Amount == b.Amount && Math.Abs(a.Points) == Math.Abs(b.Points),
            CommandKind.Cancel => a.Order == b.Order,
            CommandKind.ClawBack => a.Refund == b.Refund && a.Order == b.Order && a.Amount == b.Amount,
            CommandKind.Adjust => a.Points == b.Points && a.Reason == b.Reason,
            _ => throw new ArgumentOutOfRangeException(nameof(a), a.Kind, null),
        };

    public enum CommandKind
    {
        Earn,
        Redeem,
        Cancel,
        ClawBack,
        Adjust,
    }

    public sealed record LineSpec(string Sku, string Category, decimal Amount)
    {
        public override string ToString() => $"{Sku}/{Category}/{Amount}";
    }

    /// <summary>Every field any points command has; each kind reads its own.</summary>
    public sealed record CommandSpec(
        CommandKind Kind,
        string Order,
        int PaidAtSeconds,
        LineSpec[] Lines,
        decimal Shipping,
        decimal PaidWithPoints,
        decimal Multiplier,
        decimal Amount,
        long Points,
        string Refund,
        string Reason)
    {
        public PointsCommand Build(IdempotencyKey key) => Kind switch
        {
            CommandKind.Earn => new EarnPoints(
                key,
                new PaidOrder(new OrderId(Order), March3 + Duration.FromSeconds(PaidAtSeconds), Lines.Select(l => new PaidOrderLine(new Sku(l.Sku), new CategoryId(l.Category), Cny(l.Amount))), Cny(Shipping), Cny(PaidWithPoints)),
                Multiplier),
            CommandKind.Redeem => new RedeemPoints(key, new OrderId(Order), Cny(Amount), RetailCrm.Primitives.Points.Of(Math.Abs(Points))),
            CommandKind.Cancel => new CancelRedemption(key, new OrderId(Order)),
            CommandKind.ClawBack => new ClawBackPoints(key, new OrderRefund(new RefundId(Refund), new OrderId(Order), Cny(Amount))),
            _ => new AdjustPoints(key, RetailCrm.Primitives.Points.Of(Points), Reason),
        };

        public override string ToString() => Kind switch
        {
            CommandKind.Earn => $"earn {Order} +{PaidAtSeconds}s [{string.Join(", ", Lines.AsEnumerable())}] ship {Shipping} by points {PaidWithPoints} x{Multiplier}",
            CommandKind.Redeem => $"redeem {Math.Abs(Points)} on {Order} of {Amount}",
            CommandKind.Cancel => $"cancel {Order}",
            CommandKind.ClawBack => $"claw back {Refund} of {Order} for {Amount}",
            _ => $"adjust {Points} '{Reason}'",
        };
    }

    public sealed record CommandPair(CommandSpec First, CommandSpec Second);

    public static class CommandPairArbitraries
    {
        // Each value has a twin written at another scale, so equal values are often written differently.
        private static readonly decimal[] Amounts = [200m, 200.00m, 150m, 150.0m, 50m];
        private static readonly decimal[] Multipliers = [1m, 1.0m, 1.5m, 1.50m];

        public static Arbitrary<CommandPair> Pairs() =>
            (from first in Spec()
             from second in Gen.Frequency(
                 (2, Gen.Constant(first)),
                 (2, Gen.Constant(Rescaled(first))),
                 (5, Mutated(first)),
                 (1, Spec()))
             select new CommandPair(first, second))
            .ToArbitrary();

        private static Gen<CommandSpec> Spec() =>
            from kind in Gen.Elements(Enum.GetValues<CommandKind>())
            from order in Gen.Elements("o-1", "o-2")
            from paidAt in Gen.Elements(0, 0, 1)
            from lines in Line().ArrayOf().Where(l => l.Length is > 0 and <= 2)
            from shipping in Gen.Elements(0m, 0.00m, 10m)
            from byPoints in Gen.Elements(0m, 0.00m, 20m)
            from multiplier in Gen.Elements(Multipliers)
            from amount in Gen.Elements(Amounts)
            from points in Gen.Elements(100L, 200L, -5L)
            from refund in Gen.Elements("r-1", "r-2")
            from reason in Gen.Elements("gift", "gift ", "Gift")
            select new CommandSpec(kind, order, paidAt, lines, shipping, byPoints, multiplier, amount, points, refund, reason);

        private static Gen<LineSpec> Line() =>
            from sku in Gen.Elements("a", "b")
            from category in Gen.Elements("general", "books")
            from amount in Gen.Elements(Amounts)
            select new LineSpec(sku, category, amount);

        // The same values at another scale: 200 becomes 200.00, 1.5 becomes 1.500.
        private static CommandSpec Rescaled(CommandSpec spec) => spec with
        {
            Lines = [.. spec.Lines.Select(l => l with { Amount = l.Amount * 1.00m })],
            Shipping = spec.Shipping * 1.00m,
            PaidWithPoints = spec.PaidWithPoints * 1.00m,
            Multiplier = spec.Multiplier * 1.00m,
            Amount = spec.Amount * 1.00m,
        };

        // One field replaced by a value from its domain (sometimes the same value, or its twin).
        private static Gen<CommandSpec> Mutated(CommandSpec spec) =>
            Gen.OneOf(
                Gen.Elements("o-1", "o-2").Select(v => spec with { Order = v }),
                Gen.Elements(0, 1).Select(v => spec with { PaidAtSeconds = v }),
                Line().Select(v => spec with { Lines = [v, .. spec.Lines.Skip(1)] }),
                Line().Select(v => spec with { Lines = [.. spec.Lines, v] }),
                Gen.Constant(spec with { Lines = [.. spec.Lines.Reverse()] }),
                Gen.Elements(0m, 0.00m, 10m).Select(v => spec with { Shipping = v }),
                Gen.Elements(0m, 20m, 20.0m).Select(v => spec with { PaidWithPoints = v }),
                Gen.Elements(Multipliers).Select(v => spec with { Multiplier = v }),
                Gen.Elements(Amounts).Select(v => spec with { Amount = v }),
                Gen.Elements(100L, 200L).Select(v => spec with { Points = v }),
                Gen.Elements("r-1", "r-2").Select(v => spec with { Refund = v }),
                Gen.Elements("gift", "gift ", "Gift").Select(v => spec with { Reason = v }),
                Gen.Elements(Enum.GetValues<CommandKind>()).Select(v => spec with { Kind = v }));
    }
}
