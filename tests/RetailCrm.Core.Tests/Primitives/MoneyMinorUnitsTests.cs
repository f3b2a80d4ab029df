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
}
