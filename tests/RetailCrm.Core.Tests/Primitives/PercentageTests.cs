namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class PercentageTests
{
    public static TheoryData<decimal, string> Texts => new()
    {
        { 15m, "15%" },
        { 12.5m, "12.5%" },
        { 0m, "0%" },
        { 100m, "100%" },
        { 250m, "250%" },
        { 0.1234m, "0.1234%" },
        { 33.333333m, "33.3333%" },
    };

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-1)]
    [InlineData(-100)]
    public void From_percent_of_a_negative_number_throws_naming_the_percent(double percent)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent((decimal)percent));

        Assert.Equal("percent", exception.ParamName);
    }

    [Fact]
    public void From_fraction_of_a_negative_number_throws_naming_the_fraction()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromFraction(-0.0001m));

        Assert.Equal("fraction", exception.ParamName);
    }

    [Fact]
    public void Fifteen_percent_of_two_hundred_yuan_is_thirty_yuan()
    {
        var share = Percentage.FromPercent(15m).Of(Money.Of(200m, Currency.CNY));

        Assert.Equal(Money.Of(30m, Currency.CNY), share);
    }

    [Fact]
    public void Of_money_is_not_rounded_until_asked()
    {
        var share = Percentage.FromPercent(12.5m).Of(Money.Of(99.99m, Currency.CNY));

        Assert.Equal(Money.Of(12.49875m, Currency.CNY), share);
        Assert.False(share.IsRounded);
        Assert.Equal(Money.Of(12.50m, Currency.CNY), share.Round());
    }

    [Fact]
    public void Of_money_keeps_the_currency()
    {
        var share = Percentage.FromPercent(10m).Of(Money.Of(1234m, Currency.JPY));

        Assert.Equal(Currency.JPY, share.Currency);
        Assert.Equal(123.4m, share.Amount);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Of_money_is_the_amount_times_the_fraction(Percentage percentage, Money amount)
    {
        var share = percentage.Of(amount);

        Assert.Equal(amount.Currency, share.Currency);
        Assert.Equal(amount.Amount * percentage.Value / 100m, share.Amount);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Of_money_distributes_over_addition(Percentage percentage, Money a, Money b)
    {
        var other = Money.FromMinorUnits(b.ToMinorUnits(), a.Currency);

        Assert.Equal(percentage.Of(a) + percentage.Of(other), percentage.Of(a + other));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void A_larger_percentage_of_a_non_negative_amount_is_never_smaller(Percentage p, Percentage q, Money amount)
    {
        var nonNegative = amount.IsNegative ? amount.Negate() : amount;
        var (smaller, larger) = p <= q ? (p, q) : (q, p);

        Assert.True(smaller.Of(nonNegative) <= larger.Of(nonNegative));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Hundred_percent_is_the_whole_and_zero_percent_is_nothing(Money amount)
    {
        Assert.Equal(amount, Percentage.Hundred.Of(amount));
        Assert.True(Percentage.Zero.Of(amount).IsZero);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void From_fraction_and_fraction_round_trip(Percentage percentage)
    {
        Assert.Equal(percentage, Percentage.FromFraction(percentage.Fraction));
        Assert.Equal(percentage, Percentage.FromPercent(percentage.Value));
        Assert.Equal(percentage.Value / 100m, percentage.Fraction);
    }

    [Property]
    public void Fraction_round_trips_through_from_fraction(NonNegativeInt tenThousandths)
    {
        var fraction = tenThousandths.Get / 10_000m;

        Assert.Equal(fraction, Percentage.FromFraction(fraction).Fraction);
        Assert.Equal(fraction * 100m, Percentage.FromFraction(fraction).Value);
    }

    [Fact]
    public void From_fraction_and_from_percent_describe_the_same_percentage()
    {
        Assert.Equal(Percentage.FromPercent(15m), Percentage.FromFraction(0.15m));
        Assert.Equal(0.15m, Percentage.FromPercent(15m).Fraction);
        Assert.Equal(15m, Percentage.FromFraction(0.15m).Value);
        Assert.Equal(Percentage.Hundred, Percentage.FromFraction(1m));
        Assert.Equal(Percentage.Zero, Percentage.FromPercent(0m));
        Assert.Equal(100m, Percentage.Hundred.Value);
    }

    [Fact]
    public void Percentages_that_differ_only_in_trailing_zeros_are_equal_with_equal_hash_codes()
    {
        var fifteen = Percentage.FromPercent(15m);
        var fifteenWithDecimals = Percentage.FromPercent(15.00m);

        Assert.True(fifteen == fifteenWithDecimals);
        Assert.False(fifteen != fifteenWithDecimals);
        Assert.True(fifteen.Equals((object)fifteenWithDecimals));
        Assert.Equal(fifteen.GetHashCode(), fifteenWithDecimals.GetHashCode());
        Assert.NotEqual(fifteen, Percentage.FromPercent(15.01m));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Ordering_is_consistent_with_the_value(Percentage a, Percentage b)
    {
        Assert.Equal(a.Value < b.Value, a < b);
        Assert.Equal(a.Value > b.Value, a > b);
        Assert.Equal(a.Value <= b.Value, a <= b);
        Assert.Equal(a.Value >= b.Value, a >= b);
        Assert.Equal(a.Value == b.Value, a == b);
        Assert.Equal(Math.Sign(a.Value.CompareTo(b.Value)), Math.Sign(a.CompareTo(b)));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Generated_percentages_are_not_negative(Percentage percentage)
    {
        Assert.True(percentage.Value >= 0m);
        Assert.True(percentage.Value <= 500m);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void To_string_shows_the_percent_with_up_to_four_decimals(decimal percent, string expected)
    {
        Assert.Equal(expected, Percentage.FromPercent(percent).ToString());
    }
}
