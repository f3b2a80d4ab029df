namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;

/// <summary>Reading minor units from an amount's digits agrees with <see cref="Money.ToMinorUnits"/> wherever it reads.</summary>
public sealed class MoneyDigitsTests
{
    [Fact]
    public void Minor_units_read_from_the_digits_are_those_of_the_amount_and_unreadable_amounts_are_left_to_the_slow_path()
    {
        var amounts = from mantissa in Gen.Frequency((4, Gen.Choose(int.MinValue, int.MaxValue).Select(v => (long)v)), (1, Gen.Elements(0L, long.MaxValue, long.MinValue + 1, 999_999_999_999_999_999L)))
                      from scale in Gen.Choose(0, 6)
                      from currency in Gen.Elements(Currency.CNY, Currency.JPY, new Currency("KWD", 3))
                      select new Money(new decimal(Math.Abs(mantissa)) / (decimal)Math.Pow(10, scale) * Math.Sign(mantissa), currency);
        Prop.ForAll(amounts.ToArbitrary(), money =>
        {
            Span<int> bits = stackalloc int[4];
            var read = Money.TryReadDigits(money.Amount, money.Currency.MinorUnits, bits, out var minor);
            var exact = money.IsRounded && money.Amount * money.Currency.MinorUnitScale is var scaled && scaled >= long.MinValue && scaled <= long.MaxValue;

            Assert.True(!read || exact);
            Assert.Equal(read ? money.ToMinorUnits() : 0, minor);
            Assert.True(read || !exact || money.Amount.Scale > money.Currency.MinorUnits || (decimal)long.MaxValue / money.Currency.MinorUnitScale < Math.Abs(money.Amount) * 10);
        }).QuickCheckThrowOnFailure();
    }
}
