namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;

/// <summary>Reading minor units from a decimal's digits agrees with decimal arithmetic.</summary>
public sealed class MoneyMinorUnitsTests
{
    [Fact]
    public void The_fast_read_agrees_with_decimal_arithmetic_for_any_amount_scale_and_currency()
    {
        var currencies = Gen.Elements(Currency.CNY, Currency.JPY, Currency.USD, new Currency("BHD", 3));
        var amounts = Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 8)).Zip(Gen.Choose(0, 4))
            .Select(x => decimal.Round(new decimal(x.Item1.Item1, 0, 0, x.Item1.Item1 < 0, 0) / 1_000_000m, x.Item1.Item2) * (x.Item2 == 0 ? 1.000m : 1m));
        Prop.ForAll(amounts.Zip(currencies).ToArbitrary(), x =>
        {
            var (amount, currency) = x;
            var money = new Money(amount, currency);
            var rounded = decimal.Round(amount, currency.MinorUnits) == amount;

            Assert.Equal(rounded, money.TryGetMinorUnits(out var minor));
            Assert.Equal(rounded ? (long)(amount * (decimal)Math.Pow(10, currency.MinorUnits)) : 0L, minor);
            if (rounded)
            {
                Assert.Equal(minor, money.ToMinorUnits());
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Trailing_zeros_huge_amounts_and_default_are_read_correctly()
    {
        Assert.True(Money.Of(12.500000m, Currency.CNY).TryGetMinorUnits(out var minor));
        Assert.Equal(1_250L, minor);
        Assert.True(new Money(-0.10m, Currency.CNY).TryGetMinorUnits(out minor));
        Assert.Equal(-10L, minor);
        Assert.False(new Money(12.345m, Currency.CNY).TryGetMinorUnits(out _));
        Assert.False(new Money(decimal.MaxValue, Currency.CNY).TryGetMinorUnits(out _));
        Assert.False(default(Money).TryGetMinorUnits(out _));
        Assert.True(new Money(92_233_720_368_547_758.07m, Currency.CNY).TryGetMinorUnits(out minor));
        Assert.Equal(long.MaxValue, minor);
        Assert.False(new Money(92_233_720_368_547_758.08m, Currency.CNY).TryGetMinorUnits(out _));
    }

    [Fact]
    public void Amounts_from_minor_units_are_the_very_decimal_division_gives_digits_and_scale_alike()
    {
        var currencies = Gen.Elements(Currency.CNY, Currency.JPY, Currency.USD, new Currency("BHD", 3), new Currency("XQT", 4));
        var units = Gen.Frequency(
            (4, Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 6)).Select(x => x.Item1 * (long)Math.Pow(10, x.Item2))),
            (1, Gen.Elements(0L, 1L, -1L, 10L, 100L, 1_000L, 10_000L, long.MaxValue, long.MinValue, long.MinValue + 1, 1L << 32, -(1L << 32))));
        Prop.ForAll(units.Zip(currencies).ToArbitrary(), x =>
        {
            var (minor, currency) = x;
            var expected = (decimal)minor / (decimal)Math.Pow(10, currency.MinorUnits);

            var amount = Money.FromMinorUnits(minor, currency).Amount;

            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(amount));
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }).QuickCheckThrowOnFailure();
    }
}
