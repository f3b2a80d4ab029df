namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class MoneyTests
{
    private static readonly Money CnyOne = Money.Of(1m, Currency.CNY);
    private static readonly Money UsdOne = Money.Of(1m, Currency.USD);

    private static readonly string[] Operations = ["+", "-", "<", ">", "<=", ">=", "CompareTo", "Min", "Max"];

    public static TheoryData<string> MixedCurrencyOperations => new(Operations);

    [Theory]
    [MemberData(nameof(MixedCurrencyOperations))]
    public void Mixing_currencies_throws_currency_mismatch_naming_both_currencies(string operation)
    {
        var exception = Assert.Throws<CurrencyMismatchException>(() => Apply(operation, CnyOne, UsdOne));

        Assert.Equal(Currency.CNY, exception.Left);
        Assert.Equal(Currency.USD, exception.Right);
        Assert.Contains("CNY", exception.Message, StringComparison.Ordinal);
        Assert.Contains("USD", exception.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Mixing_any_two_different_currencies_throws_for_every_operation(Money left, Money right)
    {
        var other = right.Currency == left.Currency
            ? Money.FromMinorUnits(right.ToMinorUnits(), Currency.All.First(c => c != left.Currency))
            : right;

        foreach (var operation in Operations)
        {
            var exception = Assert.Throws<CurrencyMismatchException>(() => Apply(operation, left, other));
            Assert.Equal(left.Currency, exception.Left);
            Assert.Equal(other.Currency, exception.Right);
        }
    }

    [Fact]
    public void Combining_with_default_money_throws_currency_mismatch()
    {
        var exception = Assert.Throws<CurrencyMismatchException>(() => CnyOne + default(Money));

        Assert.Equal(Currency.CNY, exception.Left);
        Assert.Null(exception.Right);
        Assert.Contains("no currency", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_two_default_amounts_throws_currency_mismatch()
    {
        Assert.Throws<CurrencyMismatchException>(() => default(Money).CompareTo(default));
    }

    [Fact]
    public void Amounts_that_differ_only_in_trailing_zeros_are_equal_with_equal_hash_codes()
    {
        var one = Money.Of(1.0m, Currency.CNY);
        var oneWithTwoDecimals = Money.Of(1.00m, Currency.CNY);

        Assert.True(one == oneWithTwoDecimals);
        Assert.False(one != oneWithTwoDecimals);
        Assert.True(one.Equals((object)oneWithTwoDecimals));
        Assert.Equal(one.GetHashCode(), oneWithTwoDecimals.GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Equality_and_hash_code_ignore_the_scale_of_the_amount(Money money)
    {
        var rescaled = Money.Of(money.Amount * 1.000m, money.Currency);

        Assert.Equal(money, rescaled);
        Assert.Equal(money.GetHashCode(), rescaled.GetHashCode());
    }

    [Fact]
    public void Equal_amounts_in_different_currencies_are_not_equal()
    {
        Assert.NotEqual(CnyOne, UsdOne);
        Assert.True(CnyOne != UsdOne);
        Assert.False(CnyOne.Equals((object)UsdOne));
    }

    [Fact]
    public void Amounts_in_an_equal_currency_instance_are_equal_and_combine()
    {
        var ownCny = new Currency("CNY", 2);
        var amount = Money.Of(1m, ownCny);

        Assert.Equal(CnyOne, amount);
        Assert.Equal(CnyOne.GetHashCode(), amount.GetHashCode());
        Assert.Equal(Money.Of(2m, Currency.CNY), CnyOne + amount);
    }

    [Fact]
    public void Different_values_in_the_same_currency_are_not_equal()
    {
        Assert.NotEqual(Money.Of(1m, Currency.CNY), Money.Of(1.01m, Currency.CNY));
        Assert.False(Money.Of(1m, Currency.CNY).Equals("CNY 1.00"));
    }

    public static TheoryData<decimal, decimal> HalfAwayFromZero => new()
    {
        { 0.125m, 0.13m },
        { -0.125m, -0.13m },
        { 0.135m, 0.14m },
        { 0.124m, 0.12m },
        { -0.005m, -0.01m },
        { 12.5m, 12.5m },
    };

    public static TheoryData<decimal, decimal> HalfToEven => new()
    {
        { 0.125m, 0.12m },
        { -0.125m, -0.12m },
        { 0.135m, 0.14m },
    };

    public static TheoryData<decimal, string, string> Texts => new()
    {
        { 12.5m, "CNY", "CNY 12.50" },
        { 1200m, "JPY", "JPY 1200" },
        { 1200.00m, "JPY", "JPY 1200" },
        { -3m, "USD", "USD -3.00" },
        { 0m, "EUR", "EUR 0.00" },
        { 1.5m, "KWD", "KWD 1.500" },
        { 1234567.8m, "HKD", "HKD 1234567.80" },
        { 0.125m, "CNY", "CNY 0.125" },
    };

    [Theory]
    [MemberData(nameof(HalfAwayFromZero))]
    public void Round_defaults_to_half_away_from_zero(decimal amount, decimal expected)
    {
        var rounded = Money.Of(amount, Currency.CNY).Round();

        Assert.Equal(Money.Of(expected, Currency.CNY), rounded);
    }

    [Theory]
    [MemberData(nameof(HalfToEven))]
    public void Round_to_even_rounds_half_to_the_even_minor_unit(decimal amount, decimal expected)
    {
        var rounded = Money.Of(amount, Currency.CNY).Round(MidpointRounding.ToEven);

        Assert.Equal(Money.Of(expected, Currency.CNY), rounded);
    }

    [Fact]
    public void Round_uses_the_minor_units_of_the_currency()
    {
        Assert.Equal(Money.Of(1m, Currency.JPY), Money.Of(0.5m, Currency.JPY).Round());
        Assert.Equal(Money.Of(1.235m, Currency.FromCode("KWD")), Money.Of(1.2345m, Currency.FromCode("KWD")).Round());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Round_gives_a_rounded_amount_within_half_a_minor_unit(Money money, int numerator, PositiveInt denominator)
    {
        var unrounded = money + Money.Of((decimal)numerator / denominator.Get / 1000m, money.Currency);

        var rounded = unrounded.Round();

        Assert.True(rounded.IsRounded);
        Assert.True(Math.Abs(rounded.Amount - unrounded.Amount) <= money.Currency.SmallestUnit / 2m);
        Assert.Equal(rounded, rounded.Round());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Minor_units_round_trip_from_money(Money money)
    {
        var units = money.ToMinorUnits();

        Assert.Equal(money, Money.FromMinorUnits(units, money.Currency));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Minor_units_round_trip_from_any_long(long units, Currency currency)
    {
        var money = Money.FromMinorUnits(units, currency);

        Assert.True(money.IsRounded);
        Assert.Equal(units, money.ToMinorUnits());
    }

    [Fact]
    public void From_minor_units_scales_by_the_currency()
    {
        Assert.Equal(Money.Of(12.50m, Currency.CNY), Money.FromMinorUnits(1250, Currency.CNY));
        Assert.Equal(Money.Of(1250m, Currency.JPY), Money.FromMinorUnits(1250, Currency.JPY));
        Assert.Equal(Money.Of(1.25m, Currency.FromCode("BHD")), Money.FromMinorUnits(1250, Currency.FromCode("BHD")));
        Assert.Equal(-1250, Money.Of(-12.5m, Currency.CNY).ToMinorUnits());
    }

    [Fact]
    public void To_minor_units_of_an_unrounded_amount_throws_invalid_operation()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Of(12.505m, Currency.CNY).ToMinorUnits());
        Assert.Throws<InvalidOperationException>(() => Money.Of(0.5m, Currency.JPY).ToMinorUnits());
    }

    [Fact]
    public void Is_rounded_tells_whole_minor_units()
    {
        Assert.True(Money.Of(12.50m, Currency.CNY).IsRounded);
        Assert.True(Money.Of(12.5000m, Currency.CNY).IsRounded);
        Assert.False(Money.Of(12.505m, Currency.CNY).IsRounded);
        Assert.False(Money.Of(1.5m, Currency.JPY).IsRounded);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void To_string_shows_the_code_and_the_amount_in_minor_units(decimal amount, string code, string expected)
    {
        Assert.Equal(expected, Money.Of(amount, Currency.FromCode(code)).ToString());
    }

    [Fact]
    public void Default_money_has_no_currency()
    {
        Money money = default;

        Assert.Throws<InvalidOperationException>(() => money.Currency);
        Assert.Equal("(no currency)", money.ToString());
    }

    [Fact]
    public void Creating_money_without_a_currency_throws_argument_null()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Of(1m, null!)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1m, null!)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.FromMinorUnits(1, null!)).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => Money.Zero(null!)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Addition_is_commutative(Money a, Money b)
    {
        var other = InCurrencyOf(a, b);

        Assert.Equal(a + other, other + a);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Addition_is_associative(Money a, Money b, Money c)
    {
        var second = InCurrencyOf(a, b);
        var third = InCurrencyOf(a, c);

        Assert.Equal((a + second) + third, a + (second + third));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Adding_adds_the_amounts_and_keeps_the_currency(Money a, Money b)
    {
        var other = InCurrencyOf(a, b);

        var sum = a + other;

        Assert.Equal(a.Amount + other.Amount, sum.Amount);
        Assert.Equal(a.Currency, sum.Currency);
        Assert.Equal(a, sum - other);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Zero_is_the_identity_of_addition_and_negation_its_inverse(Money money)
    {
        Assert.Equal(money, money + Money.Zero(money.Currency));
        Assert.True((money + (-money)).IsZero);
        Assert.Equal(money, money.Negate().Negate());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Subtracting_is_adding_the_negation(Money a, Money b)
    {
        var other = InCurrencyOf(a, b);

        Assert.Equal(a + other.Negate(), a - other);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Ordering_follows_the_amount(Money a, Money b)
    {
        var other = InCurrencyOf(a, b);

        Assert.Equal(a.Amount < other.Amount, a < other);
        Assert.Equal(a.Amount > other.Amount, a > other);
        Assert.Equal(a.Amount <= other.Amount, a <= other);
        Assert.Equal(a.Amount >= other.Amount, a >= other);
        Assert.Equal(Math.Sign(a.Amount.CompareTo(other.Amount)), Math.Sign(a.CompareTo(other)));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Min_and_max_pick_the_smaller_and_the_larger_amount(Money a, Money b)
    {
        var other = InCurrencyOf(a, b);

        var min = Money.Min(a, other);
        var max = Money.Max(a, other);

        Assert.Equal(Math.Min(a.Amount, other.Amount), min.Amount);
        Assert.Equal(Math.Max(a.Amount, other.Amount), max.Amount);
        Assert.Equal(a.Currency, min.Currency);
        Assert.Equal(a + other, min + max);
    }

    [Fact]
    public void Min_and_max_of_worked_amounts()
    {
        var small = Money.Of(9.99m, Currency.CNY);
        var large = Money.Of(10m, Currency.CNY);

        Assert.Equal(small, Money.Min(large, small));
        Assert.Equal(large, Money.Max(small, large));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Sign_properties_follow_the_amount(Money money)
    {
        Assert.Equal(money.Amount == 0m, money.IsZero);
        Assert.Equal(money.Amount > 0m, money.IsPositive);
        Assert.Equal(money.Amount < 0m, money.IsNegative);
    }

    [Fact]
    public void Multiplying_and_dividing_keep_full_precision_until_rounded()
    {
        var price = Money.Of(10m, Currency.CNY);

        Assert.Equal(Money.Of(30m, Currency.CNY), price * 3m);
        Assert.Equal(Money.Of(30m, Currency.CNY), 3m * price);
        var third = price / 3m;
        Assert.False(third.IsRounded);
        Assert.Equal(Money.Of(3.33m, Currency.CNY), third.Round());
        Assert.Equal(Money.Of(1.3m, Currency.CNY), price.Multiply(0.13m));
    }

    [Fact]
    public void Dividing_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Money.Of(10m, Currency.CNY) / 0m);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Generated_amounts_are_rounded_and_in_a_known_currency(Money money)
    {
        Assert.True(money.IsRounded);
        Assert.Contains(money.Currency, Currency.All);
        Assert.True(Math.Abs(money.ToMinorUnits()) < PrimitiveArbitraries.MaxMagnitude);
    }

    [Fact]
    public void Generated_non_negative_cny_amounts_are_rounded_and_not_negative()
    {
        var samples = PrimitiveArbitraries.NonNegativeCnyMoneyGen().Sample(500);

        Assert.Contains(samples, money => money.IsPositive);
        Assert.All(samples, money =>
        {
            Assert.Equal(Currency.CNY, money.Currency);
            Assert.True(money.IsRounded);
            Assert.False(money.IsNegative);
        });
    }

    [Fact]
    public void Rounded_non_negative_argument_accepts_a_rounded_non_negative_amount()
    {
        var price = Money.Of(12.50m, Currency.CNY);

        Assert.Equal(price, MoneyArgument.RoundedNonNegative(price, "price", Currency.CNY));
        Assert.Equal(Money.Zero(Currency.USD), MoneyArgument.RoundedNonNegative(Money.Zero(Currency.USD), "price"));
    }

    [Fact]
    public void Rounded_non_negative_argument_rejects_default_other_currency_negative_and_unrounded_amounts()
    {
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => MoneyArgument.RoundedNonNegative(default, "price")).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => MoneyArgument.RoundedNonNegative(UsdOne, "price", Currency.CNY)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => MoneyArgument.RoundedNonNegative(Money.Of(-0.01m, Currency.CNY), "price")).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => MoneyArgument.RoundedNonNegative(Money.Of(0.125m, Currency.CNY), "price")).ParamName);
    }

    private static Money InCurrencyOf(Money template, Money other) =>
        Money.FromMinorUnits(other.ToMinorUnits(), template.Currency);

    private static object Apply(string operation, Money left, Money right) => operation switch
    {
        "+" => left + right,
        "-" => left - right,
        "<" => left < right,
        ">" => left > right,
        "<=" => left <= right,
        ">=" => left >= right,
        "CompareTo" => left.CompareTo(right),
        "Min" => Money.Min(left, right),
        "Max" => Money.Max(left, right),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };
}
