namespace RetailCrm.Tests.Primitives;

using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class CurrencyTests
{
    public static TheoryData<string, int, decimal> KnownMinorUnits => new()
    {
        { "CNY", 2, 0.01m },
        { "USD", 2, 0.01m },
        { "EUR", 2, 0.01m },
        { "JPY", 0, 1m },
        { "GBP", 2, 0.01m },
        { "HKD", 2, 0.01m },
        { "KRW", 0, 1m },
        { "KWD", 3, 0.001m },
        { "BHD", 3, 0.001m },
    };

    [Theory]
    [MemberData(nameof(KnownMinorUnits))]
    public void Known_currencies_have_their_iso_minor_units(string code, int minorUnits, decimal smallestUnit)
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(smallestUnit, currency.SmallestUnit);
    }

    [Fact]
    public void Static_members_are_the_known_currencies()
    {
        Assert.Equal(("CNY", 2), (Currency.CNY.Code, Currency.CNY.MinorUnits));
        Assert.Equal(("USD", 2), (Currency.USD.Code, Currency.USD.MinorUnits));
        Assert.Equal(("EUR", 2), (Currency.EUR.Code, Currency.EUR.MinorUnits));
        Assert.Equal(("JPY", 0), (Currency.JPY.Code, Currency.JPY.MinorUnits));
        Assert.Equal(("GBP", 2), (Currency.GBP.Code, Currency.GBP.MinorUnits));
        Assert.Equal(("HKD", 2), (Currency.HKD.Code, Currency.HKD.MinorUnits));
        Assert.Same(Currency.CNY, Currency.FromCode("CNY"));
        Assert.Same(Currency.JPY, Currency.FromCode("JPY"));
    }

    [Fact]
    public void All_lists_each_known_currency_once()
    {
        var codes = Currency.All.Select(c => c.Code).ToList();

        Assert.Equal(14, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(Currency.CNY, Currency.All);
        Assert.Contains(Currency.USD, Currency.All);
        Assert.Contains(Currency.EUR, Currency.All);
        Assert.Contains(Currency.JPY, Currency.All);
        Assert.Contains(Currency.GBP, Currency.All);
        Assert.Contains(Currency.HKD, Currency.All);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void From_code_finds_every_known_currency_by_its_code_in_any_case(Currency currency)
    {
        Assert.Same(currency, Currency.FromCode(currency.Code));
        Assert.Same(currency, Currency.FromCode(currency.Code.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("Cny")]
    [InlineData("cNY")]
    public void From_code_is_case_insensitive(string code)
    {
        Assert.Same(Currency.CNY, Currency.FromCode(code));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("RMB")]
    [InlineData(" CNY")]
    [InlineData("CNYY")]
    [InlineData("")]
    [InlineData("   ")]
    public void From_code_of_an_unknown_or_blank_code_throws_naming_the_code(string code)
    {
        var exception = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Equal("code", exception.ParamName);
    }

    [Fact]
    public void From_code_of_null_throws_argument_null_naming_the_code()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));

        Assert.Equal("code", exception.ParamName);
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("Cny")]
    [InlineData("CN")]
    [InlineData("CNYY")]
    [InlineData("C1Y")]
    [InlineData("C Y")]
    [InlineData("ÄBC")]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructing_with_a_code_that_is_not_three_upper_case_letters_throws_naming_the_code(string code)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Currency(code, 2));

        Assert.Equal("code", exception.ParamName);
    }

    [Fact]
    public void Constructing_with_a_null_code_throws_argument_null_naming_the_code()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Currency(null!, 2));

        Assert.Equal("code", exception.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructing_with_minor_units_outside_zero_to_four_throws_naming_the_minor_units(int minorUnits)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("XTS", minorUnits));

        Assert.Equal("minorUnits", exception.ParamName);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0.1)]
    [InlineData(2, 0.01)]
    [InlineData(3, 0.001)]
    [InlineData(4, 0.0001)]
    public void Constructing_with_minor_units_from_zero_to_four_sets_the_smallest_unit(int minorUnits, double smallestUnit)
    {
        var currency = new Currency("XTS", minorUnits);

        Assert.Equal("XTS", currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal((decimal)smallestUnit, currency.SmallestUnit);
    }

    [Fact]
    public void Currencies_with_the_same_code_and_minor_units_are_equal()
    {
        var ownCny = new Currency("CNY", 2);

        Assert.True(ownCny == Currency.CNY);
        Assert.False(ownCny != Currency.CNY);
        Assert.True(ownCny.Equals(Currency.CNY));
        Assert.True(ownCny.Equals((object)Currency.CNY));
        Assert.Equal(Currency.CNY.GetHashCode(), ownCny.GetHashCode());
    }

    [Fact]
    public void Currencies_with_another_code_or_other_minor_units_are_not_equal()
    {
        Assert.True(Currency.CNY != Currency.USD);
        Assert.False(Currency.CNY.Equals(Currency.USD));
        Assert.NotEqual(Currency.CNY, new Currency("CNY", 3));
        Assert.False(Currency.CNY.Equals((object)"CNY"));
    }

    [Fact]
    public void Equality_with_null_holds_only_for_null()
    {
        Currency? none = null;

        Assert.False(Currency.CNY == none);
        Assert.False(none == Currency.CNY);
        Assert.True(Currency.CNY != none);
        Assert.True(none == null);
        Assert.False(Currency.CNY.Equals(none));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Known_currencies_are_equal_exactly_when_their_codes_are(Currency a, Currency b)
    {
        Assert.Equal(string.Equals(a.Code, b.Code, StringComparison.Ordinal), a == b);
        Assert.Equal(a == b, a.Equals(b));
        Assert.Equal(a != b, !a.Equals(b));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void To_string_is_the_code(Currency currency)
    {
        Assert.Equal(currency.Code, currency.ToString());
        Assert.Matches("^[A-Z]{3}$", currency.ToString());
    }
}
