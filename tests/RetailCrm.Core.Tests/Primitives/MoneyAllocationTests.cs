namespace RetailCrm.Tests.Primitives;

using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

[Properties(MaxTest = 300)]
public sealed class MoneyAllocationTests
{
    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_parts_always_sum_to_the_whole(Money whole, Weights weights)
    {
        var parts = whole.Allocate(weights.Values);

        Assert.Equal(weights.Values.Length, parts.Length);
        Assert.Equal(whole, parts.Aggregate(Money.Zero(whole.Currency), (sum, part) => sum + part));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_gives_every_part_whole_minor_units_in_the_same_currency(Money whole, Weights weights)
    {
        var parts = whole.Allocate(weights.Values);

        Assert.All(parts, part =>
        {
            Assert.Equal(whole.Currency, part.Currency);
            Assert.True(part.IsRounded, $"{part} is not a whole number of minor units");
        });
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_parts_differ_from_the_exact_proportional_share_by_less_than_one_minor_unit(Money amount, Weights weights)
    {
        var parts = amount.Allocate(weights.Values);

        // Exact rational arithmetic: |part - whole * w / sum| < 1 unit  <=>  |part * sum - whole * w| < sum (in units).
        var scale = weights.Values.Max(w => w.Scale);
        var exactWeights = weights.Values.Select(w => ToInteger(w, scale)).ToArray();
        var sum = exactWeights.Aggregate(BigInteger.Zero, (total, w) => total + w);
        var whole = new BigInteger(amount.ToMinorUnits());
        for (var i = 0; i < parts.Length; i++)
        {
            var distance = BigInteger.Abs((parts[i].ToMinorUnits() * sum) - (whole * exactWeights[i]));
            Assert.True(
                distance < sum,
                $"part {i} is {parts[i]}, more than a minor unit from its exact share {(double)(whole * exactWeights[i]) / (double)sum} units");
        }
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_gives_a_zero_weight_nothing(Money whole, Weights weights)
    {
        var parts = whole.Allocate(weights.Values);

        for (var i = 0; i < parts.Length; i++)
        {
            if (weights.Values[i] == 0m)
            {
                Assert.True(parts[i].IsZero, $"part {i} has weight 0 but got {parts[i]}");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_parts_never_have_the_opposite_sign_of_the_whole(Money whole, Weights weights)
    {
        var parts = whole.Allocate(weights.Values);

        Assert.All(parts, part => Assert.True(
            part.IsZero || Math.Sign(part.Amount) == Math.Sign(whole.Amount),
            $"{part} has the opposite sign of {whole}"));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocating_the_negated_amount_negates_every_part(Money whole, Weights weights)
    {
        var parts = whole.Allocate(weights.Values);
        var negatedParts = whole.Negate().Allocate(weights.Values);

        Assert.Equal(parts.Select(p => p.Negate()), negatedParts);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Allocate_does_not_depend_on_the_scale_of_the_weights(Money whole, PositiveInt first, NonNegativeInt[] rest, PositiveInt factor)
    {
        var weights = rest.Select(w => (decimal)w.Get).Prepend(first.Get).ToArray();
        var scaled = weights.Select(w => w * factor.Get).ToArray();

        Assert.Equal(whole.Allocate(weights), whole.Allocate(scaled));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries), typeof(WeightArbitraries) })]
    public void Allocate_over_a_span_and_over_a_sequence_agree(Money whole, Weights weights)
    {
        var fromSpan = whole.Allocate(weights.Values.AsSpan());
        var fromSequence = whole.Allocate(weights.Values.ToList());

        Assert.Equal(fromSpan, fromSequence);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Allocate_into_equal_parts_splits_evenly_with_the_odd_units_on_the_earlier_parts(Money whole, PositiveInt count)
    {
        var partCount = (count.Get % 70) + 1;

        var parts = whole.Allocate(partCount);

        Assert.Equal(partCount, parts.Length);
        Assert.Equal(whole, parts.Aggregate(Money.Zero(whole.Currency), (sum, part) => sum + part));
        var units = parts.Select(p => Math.Abs(p.ToMinorUnits())).ToArray();
        Assert.True(units.Max() - units.Min() <= 1, $"parts {string.Join(", ", parts)} are not an even split");
        for (var i = 1; i < units.Length; i++)
        {
            Assert.True(units[i - 1] >= units[i], $"part {i} ({parts[i]}) is larger than the part before it ({parts[i - 1]})");
        }
    }

    [Fact]
    public void Allocate_gives_the_odd_unit_to_the_earlier_part_among_equal_remainders()
    {
        var parts = Money.Of(0.10m, Currency.CNY).Allocate([1m, 1m, 1m]);

        Assert.Equal([Money.Of(0.04m, Currency.CNY), Money.Of(0.03m, Currency.CNY), Money.Of(0.03m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_a_negative_amount_gives_the_odd_unit_to_the_earlier_part_too()
    {
        var parts = Money.Of(-0.10m, Currency.CNY).Allocate([1m, 1m, 1m]);

        Assert.Equal([Money.Of(-0.04m, Currency.CNY), Money.Of(-0.03m, Currency.CNY), Money.Of(-0.03m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_gives_leftover_units_to_the_largest_remainders_first()
    {
        // 100.00 over 1:2:3 is 16.666.., 33.333.., 50 exactly: the one leftover fen goes to the 0.67 remainder.
        var parts = Money.Of(100m, Currency.CNY).Allocate([1m, 2m, 3m]);

        Assert.Equal([Money.Of(16.67m, Currency.CNY), Money.Of(33.33m, Currency.CNY), Money.Of(50m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_a_larger_remainder_wins_over_an_earlier_position()
    {
        // 0.05 over 1:3 is 0.0125 and 0.0375: floors 1 and 3 fen, the leftover fen goes to the later part (remainder 0.75).
        var parts = Money.Of(0.05m, Currency.CNY).Allocate([1m, 3m]);

        Assert.Equal([Money.Of(0.01m, Currency.CNY), Money.Of(0.04m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_spreads_an_order_discount_over_lines_in_proportion_to_their_value()
    {
        var discount = Money.Of(10m, Currency.CNY);

        var parts = discount.Allocate([30m, 30m, 40m]);

        Assert.Equal([Money.Of(3m, Currency.CNY), Money.Of(3m, Currency.CNY), Money.Of(4m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_gives_a_zero_weight_line_nothing_even_when_units_are_left_over()
    {
        var parts = Money.Of(0.10m, Currency.CNY).Allocate([0m, 1m, 0m, 1m, 1m]);

        Assert.Equal(
            [Money.Zero(Currency.CNY), Money.Of(0.04m, Currency.CNY), Money.Zero(Currency.CNY), Money.Of(0.03m, Currency.CNY), Money.Of(0.03m, Currency.CNY)],
            parts);
    }

    [Fact]
    public void Allocate_into_equal_parts_splits_a_hundred_yuan_in_three()
    {
        var parts = Money.Of(100m, Currency.CNY).Allocate(3);

        Assert.Equal([Money.Of(33.34m, Currency.CNY), Money.Of(33.33m, Currency.CNY), Money.Of(33.33m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_into_one_part_returns_the_whole()
    {
        var parts = Money.Of(12.34m, Currency.CNY).Allocate(1);

        Assert.Equal([Money.Of(12.34m, Currency.CNY)], parts);
    }

    [Fact]
    public void Allocate_yen_splits_whole_yen_because_yen_has_no_minor_units()
    {
        var parts = Money.Of(1000m, Currency.JPY).Allocate(3);

        Assert.Equal([Money.Of(334m, Currency.JPY), Money.Of(333m, Currency.JPY), Money.Of(333m, Currency.JPY)], parts);
    }

    [Fact]
    public void Allocate_yen_by_weights_keeps_whole_yen()
    {
        var parts = Money.Of(100m, Currency.JPY).Allocate([1m, 1m, 1m, 1m, 1m, 1m, 1m]);

        Assert.Equal(100m, parts.Sum(p => p.Amount));
        Assert.Equal([15m, 15m, 14m, 14m, 14m, 14m, 14m], parts.Select(p => p.Amount));
        Assert.All(parts, p => Assert.Equal(decimal.Truncate(p.Amount), p.Amount));
    }

    [Fact]
    public void Allocate_zero_gives_zero_parts()
    {
        var parts = Money.Zero(Currency.USD).Allocate([2m, 5m]);

        Assert.Equal([Money.Zero(Currency.USD), Money.Zero(Currency.USD)], parts);
    }

    [Fact]
    public void Allocate_over_more_than_sixty_four_weights_still_sums_to_the_whole()
    {
        var weights = Enumerable.Range(1, 100).Select(i => (decimal)i).ToArray();

        var parts = Money.Of(1234.56m, Currency.EUR).Allocate(weights);

        Assert.Equal(100, parts.Length);
        Assert.Equal(1234.56m, parts.Sum(p => p.Amount));
        Assert.Equal(Money.Of(0.24m, Currency.EUR), parts[0]);
        Assert.Equal(Money.Of(24.45m, Currency.EUR), parts[^1]);
    }

    [Fact]
    public void Allocate_with_no_weights_throws_naming_the_weights()
    {
        var exception = Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.CNY).Allocate(ReadOnlySpan<decimal>.Empty));

        Assert.Equal("weights", exception.ParamName);
    }

    [Fact]
    public void Allocate_with_a_negative_weight_throws_naming_the_weights()
    {
        var exception = Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.CNY).Allocate([1m, -0.5m, 2m]));

        Assert.Equal("weights", exception.ParamName);
    }

    [Fact]
    public void Allocate_with_only_zero_weights_throws_naming_the_weights()
    {
        var exception = Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.CNY).Allocate([0m, 0m]));

        Assert.Equal("weights", exception.ParamName);
    }

    [Fact]
    public void Allocate_over_a_sequence_with_bad_weights_throws_naming_the_weights()
    {
        var empty = Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.CNY).Allocate(new List<decimal>()));
        var negative = Assert.Throws<ArgumentException>(() => Money.Of(1m, Currency.CNY).Allocate(new List<decimal> { 1m, -1m }));

        Assert.Equal("weights", empty.ParamName);
        Assert.Equal("weights", negative.ParamName);
    }

    [Fact]
    public void Allocate_over_a_null_sequence_throws_argument_null()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Money.Of(1m, Currency.CNY).Allocate((IEnumerable<decimal>)null!));

        Assert.Equal("weights", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Allocate_into_fewer_than_one_part_throws(int parts)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Currency.CNY).Allocate(parts));

        Assert.Equal("parts", exception.ParamName);
    }

    [Fact]
    public void Allocate_an_unrounded_amount_throws_invalid_operation()
    {
        var unrounded = Money.Of(0.125m, Currency.CNY);

        Assert.Throws<InvalidOperationException>(() => unrounded.Allocate([1m, 1m]));
        Assert.Throws<InvalidOperationException>(() => unrounded.Allocate(2));
    }

    /// <summary>The decimal times 10^scale, exactly.</summary>
    private static BigInteger ToInteger(decimal value, int scale)
    {
        var bits = decimal.GetBits(value);
        var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | new BigInteger(unchecked((uint)bits[0]));
        return (value < 0m ? -mantissa : mantissa) * BigInteger.Pow(10, scale - value.Scale);
    }

    /// <summary>Non-negative weights with a positive sum, for <see cref="Money.Allocate(ReadOnlySpan{decimal})"/>.</summary>
    /// <param name="Values">The weights.</param>
    public sealed record Weights(decimal[] Values)
    {
        public override string ToString() =>
            "[" + string.Join(", ", Values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    public static class WeightArbitraries
    {
        public static Arbitrary<Weights> Weights() => Arb.From(WeightsGen(), Shrink);

        private static Gen<Weights> WeightsGen() =>
            from count in Gen.Frequency((8, Gen.Choose(1, 8)), (1, Gen.Choose(60, 80)))
            from values in Gen.ArrayOf(WeightGen(), count)
            from positiveAt in Gen.Choose(0, count - 1)
            select new Weights(EnsurePositiveSum(values, positiveAt));

        private static Gen<decimal> WeightGen() =>
            Gen.Frequency(
                (2, Gen.Constant(0m)),
                (4, Gen.Choose(1, 100).Select(w => (decimal)w)),
                (2, Gen.Choose(1, 1_000_000).Select(w => w / 1000m)),
                (1, Gen.Choose(1, 1000).Select(w => w / 7m)),
                (1, Gen.Choose(1, int.MaxValue).Select(w => w * 1_000_000m)));

        private static decimal[] EnsurePositiveSum(decimal[] values, int positiveAt)
        {
            if (values.All(v => v == 0m))
            {
                values[positiveAt] = 1m;
            }

            return values;
        }

        private static IEnumerable<Weights> Shrink(Weights weights)
        {
            var values = weights.Values;
            for (var i = 0; i < values.Length && values.Length > 1; i++)
            {
                var without = values.Where((_, index) => index != i).ToArray();
                if (without.Any(v => v > 0m))
                {
                    yield return new Weights(without);
                }
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] != decimal.Truncate(values[i]) || values[i] > 1m)
                {
                    var simpler = (decimal[])values.Clone();
                    simpler[i] = Math.Max(1m, decimal.Truncate(values[i] / 2m));
                    yield return new Weights(simpler);
                }
            }
        }
    }
}
