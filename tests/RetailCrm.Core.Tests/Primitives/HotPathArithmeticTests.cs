namespace RetailCrm.Tests.Primitives;

using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;

/// <summary>The integer shortcuts pricing takes agree with the exact arithmetic they replace.</summary>
public sealed class HotPathArithmeticTests
{
    [Fact]
    public void A_percent_rate_rounds_exactly_as_decimal_arithmetic_does()
    {
        var percents = Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 4)).Select(x => Percentage.FromPercent(decimal.Round(x.Item1 / 10_000m, x.Item2)));
        var values = Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 3)).Select(x => (long)x.Item1 * (long)Math.Pow(1_000, x.Item2));
        Prop.ForAll(percents.Zip(values).ToArbitrary(), x =>
        {
            var (percent, value) = x;
            var expected = (long)decimal.Round(value * percent.Fraction, 0, MidpointRounding.AwayFromZero);

            Assert.Equal(expected, new PercentRate(percent).RoundedShareOf(value));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Half_a_minor_unit_rounds_away_from_zero_both_ways()
    {
        var half = new PercentRate(Percentage.FromPercent(50m));

        Assert.Equal(3L, half.RoundedShareOf(5));
        Assert.Equal(-3L, half.RoundedShareOf(-5));
        Assert.Equal(2L, new PercentRate(Percentage.FromPercent(12.5m)).RoundedShareOf(12));
    }

    [Fact]
    public void The_largest_remainder_split_equals_a_reference_in_big_integers_for_small_and_large_splits()
    {
        var weights = Gen.Choose(0, 1_000_000).ArrayOf().Where(w => w.Length is > 0 and <= 200 && w.Any(v => v > 0));
        var totals = Gen.Choose(-5_000_000, 5_000_000).Zip(Gen.Choose(0, 2)).Select(x => (long)x.Item1 * (x.Item2 == 2 ? 1_000_000_000L : 1L));
        Prop.ForAll(weights.Zip(totals).ToArbitrary(), x =>
        {
            var (ints, total) = x;
            var w = ints.Select(v => (long)v).ToArray();
            var parts = new long[w.Length];

            LargestRemainder.Allocate(total, w, parts);

            Assert.Equal(Reference(total, w), parts);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Identifier_keys_never_order_two_identifiers_against_their_ordinal_order()
    {
        var alphabets = Gen.Elements("0123456789", "abcXYZ-_", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "语言数据abc");
        var ids = alphabets.SelectMany(a => Gen.Elements(a.ToCharArray()).ArrayOf().Select(c => new string(c)).ArrayOf()
            .Zip(Gen.Elements("", "sku-", "SKU-000-"))
            .Select(x => x.Item1.Select(s => x.Item2 + s).Where(s => s.Length > 0).ToArray()))
            .Where(a => a.Length > 0);
        Prop.ForAll(ids.ToArbitrary(), identifiers =>
        {
            var keys = new ulong[identifiers.Length];
            OrdinalPrefix.Keys(new Strings(identifiers), keys);

            for (var i = 0; i < identifiers.Length; i++)
            {
                for (var j = 0; j < identifiers.Length; j++)
                {
                    if (keys[i] < keys[j])
                    {
                        Assert.True(string.CompareOrdinal(identifiers[i], identifiers[j]) < 0, $"{identifiers[i]} before {identifiers[j]}");
                    }
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Money_formats_into_a_span_as_its_text_and_refuses_a_short_destination()
    {
        var currencies = Gen.Elements(Currency.CNY, Currency.JPY, new Currency("BHD", 3));
        var amounts = Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 6)).Select(x => x.Item1 / (decimal)Math.Pow(10, x.Item2));
        Prop.ForAll(amounts.Zip(currencies).ToArbitrary(), x =>
        {
            var money = new Money(x.Item1, x.Item2);
            var text = money.ToString(null, null);
            Span<char> buffer = stackalloc char[64];

            Assert.True(money.TryFormat(buffer, out var written, default, null));
            Assert.Equal(text, new string(buffer[..written]));
            Assert.Equal(text, money.ToString());
            Assert.Equal(text, $"{money}");
            Assert.False(money.TryFormat(buffer[..(text.Length - 1)], out written, default, null));
            Assert.Equal(0, written);
        }).QuickCheckThrowOnFailure();
        Assert.Equal("(no currency)", default(Money).ToString());
        Assert.Equal("CNY 12.50", Money.Of(12.5m, Currency.CNY).ToString());
    }

    // Shares rounded down, then one more unit each to the largest remainders, earlier parts first on ties.
    private static long[] Reference(long total, long[] weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        var magnitude = BigInteger.Abs(total);
        var shares = weights.Select(w => BigInteger.DivRem(magnitude * w, sum)).ToArray();
        var parts = shares.Select(s => (long)s.Quotient).ToArray();
        var leftover = (long)(magnitude - shares.Aggregate(BigInteger.Zero, (s, x) => s + x.Quotient));
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => shares[i].Remainder).ThenBy(i => i).Take((int)leftover))
        {
            parts[i]++;
        }

        return total < 0 ? [.. parts.Select(p => -p)] : parts;
    }

    private readonly struct Strings(string[] values) : OrdinalPrefix.IIdentifiers
    {
        public int Count => values.Length;

        public ReadOnlySpan<char> this[int index] => values[index];
    }
}
