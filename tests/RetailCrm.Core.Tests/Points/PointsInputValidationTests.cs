namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>Bad input to policies, orders and commands throws an exception that names the argument.</summary>
public sealed class PointsInputValidationTests
{
    private static readonly IdempotencyKey Key = new("k");
    private static readonly PointsRate OnePerYuan = new(Points.Of(1), Cny(1m));

    public static TheoryData<string, Func<object>> BadInputs => new()
    {
        { "points", () => new PointsRate(Points.Zero, Cny(1m)) },
        { "money", () => new PointsRate(Points.Of(1), Cny(0m)) },
        { "categoryMultipliers", () => new EarningPolicy(OnePerYuan, new Dictionary<CategoryId, decimal> { [new CategoryId("books")] = 0m }) },
        { "maxPointsPerOrder", () => new EarningPolicy(OnePerYuan, maxPointsPerOrder: Points.Of(-1)) },
        { "campaigns", () => new EarningPolicy(OnePerYuan, campaigns: [null!]) },
        { "name", () => new BonusCampaign(" ", new DateInterval(new LocalDate(2026, 6, 18), new LocalDate(2026, 6, 18)), 2m) },
        { "multiplier", () => new BonusCampaign("618", new DateInterval(new LocalDate(2026, 6, 18), new LocalDate(2026, 6, 18)), 0m) },
        { "minimum", () => new RedemptionPolicy(new PointsRate(Points.Of(100), Cny(1m)), Points.Of(-1), Points.Of(100), Percentage.FromPercent(50)) },
        { "step", () => new RedemptionPolicy(new PointsRate(Points.Of(100), Cny(1m)), Points.Zero, Points.Zero, Percentage.FromPercent(50)) },
        { "maxOrderShare", () => new RedemptionPolicy(new PointsRate(Points.Of(100), Cny(1m)), Points.Zero, Points.Of(100), Percentage.Zero) },
        { "maxOrderShare", () => new RedemptionPolicy(new PointsRate(Points.Of(100), Cny(1m)), Points.Zero, Points.Of(100), Percentage.FromPercent(101)) },
        { "expiringSoonWindow", () => PointsPolicy.Default.With(expiringSoonWindow: Duration.FromDays(-1)) },
        { "amountPaid", () => new PaidOrderLine(new Sku("a"), new CategoryId("c"), Cny(-1m)) },
        { "amountPaid", () => new PaidOrderLine(new Sku("a"), new CategoryId("c"), Cny(1.005m)) },
        { "lines", () => new PaidOrder(new OrderId("o"), March3, [], Cny(0m), Cny(0m)) },
        { "lines", () => new PaidOrder(new OrderId("o"), March3, [Line(Cny(1m)), Line(Money.Of(1m, Currency.USD))], Cny(0m), Cny(0m)) },
        { "shipping", () => new PaidOrder(new OrderId("o"), March3, [Line(Cny(1m))], Money.Of(1m, Currency.USD), Cny(0m)) },
        { "paidWithPoints", () => new PaidOrder(new OrderId("o"), March3, [Line(Cny(10m))], Cny(0m), Cny(10.01m)) },
        { "goodsAmount", () => new OrderRefund(new RefundId("r"), new OrderId("o"), Cny(0m)) },
        { "tierMultiplier", () => new EarnPoints(Key, PaidOrder.Simple(new OrderId("o"), March3, Cny(1m)), 0m) },
        { "order", () => new EarnPoints(Key, null!) },
        { "points", () => new RedeemPoints(Key, new OrderId("o"), Cny(10m), Points.Zero) },
        { "orderAmount", () => new RedeemPoints(Key, new OrderId("o"), Cny(0m), Points.Of(100)) },
        { "change", () => new AdjustPoints(Key, Points.Zero, "why") },
        { "reason", () => new AdjustPoints(Key, Points.Of(5), "") },
        { "key", () => new CancelRedemption(default, new OrderId("o")) },
        { "refund", () => new ClawBackPoints(Key, null!) },
        { "customerId", () => PointsAccount.Open(default, PointsPolicy.Default) },
        { "policy", () => PointsAccount.Open(new CustomerId("c"), null!) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_throws_an_argument_exception_naming_the_argument(string argument, Func<object> create)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.Equal(argument, error.ParamName);
    }

    [Fact]
    public void A_redemption_or_refund_in_another_currency_is_refused_and_leaves_the_account_untouched()
    {
        var account = Open();
        account.Earn("o-1", 100m, March3);
        var snapshot = account.ToSnapshot();

        Assert.Throws<ArgumentException>(() => account.Execute(new RedeemPoints(Key, new OrderId("o-2"), Money.Of(10m, Currency.USD), Points.Of(100)), March3));
        Assert.Throws<ArgumentException>(() => account.Execute(new ClawBackPoints(Key, new OrderRefund(new RefundId("r"), new OrderId("o-1"), Money.Of(10m, Currency.EUR))), March3));

        Assert.Equal(snapshot.Entries, account.ToSnapshot().Entries);
        Assert.Equal(snapshot.Commands, account.ToSnapshot().Commands);
        Assert.Equal(snapshot.Version, account.Version);
    }

    private static PaidOrderLine Line(Money amount) => new(new Sku("a"), new CategoryId("c"), amount);
}
