namespace RetailCrm.Tests.Primitives;

using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Counts, quantities, multipliers and enumerations out of range throw exactly <see cref="ArgumentOutOfRangeException"/>, as documented.</summary>
public sealed class ArgumentRangeTests
{
    public static TheoryData<string, Func<object>> OutOfRange => new()
    {
        { "quantity", () => new CartLine(new Sku("a"), 0, Money.Of(1m, Currency.CNY)) },
        { "PreviousOrders", () => new Shopper(new CustomerId("c")) { PreviousOrders = -1 } },
        { "buy", () => Reward.BuyXGetY(-1, 1) },
        { "Stacking", () => new Promotion(new PromotionId("p"), "p", Reward.FreeShipping(Money.Of(0m, Currency.CNY))) { Stacking = (Stacking)7 } },
        { "multiplier", () => new BonusCampaign("x", new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 1, 2)), 0m) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Out_of_range_arguments_throw_argument_out_of_range_naming_the_argument(string name, Func<object> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void In_range_values_are_returned_unchanged()
    {
        Assert.Equal(0, ArgumentRange.NotNegative(0));
        Assert.Equal(2.5m, ArgumentRange.Positive(2.5m));
        Assert.Equal(Stacking.Exclusive, ArgumentRange.Defined(Stacking.Exclusive));
    }
}
