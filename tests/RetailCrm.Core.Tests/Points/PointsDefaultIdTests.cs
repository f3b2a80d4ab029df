namespace RetailCrm.Tests.Points;

using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Testing;
using static RetailCrm.Tests.Points.Ledger;

/// <summary>
/// A default identifier names nothing: an earn or a clawback that carries one is refused with an
/// <see cref="ArgumentException"/> naming the argument, and writes no entry for order <c>''</c>.
/// </summary>
public sealed class PointsDefaultIdTests
{
    private static readonly Instant Later = March3 + Duration.FromDays(10);

    public static TheoryData<string, Func<PaidOrder>> OrdersWithADefaultId => new()
    {
        { "id", () => new PaidOrder(default, March3, [new PaidOrderLine(new Sku("tea"), new CategoryId("drinks"), Cny(300m))], Cny(0m), Cny(0m)) },
        { "sku", () => new PaidOrder(new OrderId("o-2"), March3, [new PaidOrderLine(default, new CategoryId("drinks"), Cny(300m))], Cny(0m), Cny(0m)) },
        { "category", () => new PaidOrder(new OrderId("o-2"), March3, [new PaidOrderLine(new Sku("tea"), default, Cny(300m))], Cny(0m), Cny(0m)) },
        { "id", () => PaidOrder.Simple(default, March3, Cny(300m)) },
        { "category", () => PaidOrder.Simple(new OrderId("o-2"), March3, Cny(300m), default(CategoryId)) },
    };

    [Theory]
    [MemberData(nameof(OrdersWithADefaultId))]
    public void An_earn_on_an_order_with_a_default_id_throws_naming_it_and_changes_nothing(string argument, Func<PaidOrder> order)
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var before = account.ToSnapshot();

        var thrown = Assert.ThrowsAny<ArgumentException>(() => account.Execute(new EarnPoints(new IdempotencyKey("o-2:earn"), order()), March3));

        Assert.Equal(argument, thrown.ParamName);
        AssertUnchanged(before, account);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("orderId")]
    public void A_clawback_with_a_default_id_throws_naming_it_and_changes_nothing(string argument)
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var before = account.ToSnapshot();

        var thrown = Assert.ThrowsAny<ArgumentException>(() => account.Execute(
            new ClawBackPoints(
                new IdempotencyKey("r-1:clawback"),
                new OrderRefund(argument == "id" ? default : new RefundId("r-1"), argument == "orderId" ? default : new OrderId("o-1"), Cny(100m))),
            Later));

        Assert.Equal(argument, thrown.ParamName);
        AssertUnchanged(before, account);
    }

    [Fact]
    public async Task The_service_refuses_a_default_customer_order_or_key_before_it_loads_or_saves()
    {
        var store = new InMemoryPointsAccountStore();
        var service = new PointsService(store, new FakeClock(March3), PointsPolicy.Default);
        var token = TestContext.Current.CancellationToken;
        await service.EarnAsync(new CustomerId("c-1"), PaidOrder.Simple(new OrderId("o-1"), March3, Cny(200m)), new IdempotencyKey("o-1:earn"), cancellationToken: token);
        var before = (await store.LoadAsync(new CustomerId("c-1"), PointsKeys.None, token)).Live;
        var entries = await store.ReadEntriesAsync(new CustomerId("c-1"), 0, 100, token);

        var customer = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.EarnAsync(default, PaidOrder.Simple(new OrderId("o-2"), March3, Cny(300m)), new IdempotencyKey("o-2:earn"), cancellationToken: token));
        var key = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.EarnAsync(new CustomerId("c-1"), PaidOrder.Simple(new OrderId("o-2"), March3, Cny(300m)), default, cancellationToken: token));
        var order = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.RedeemAsync(new CustomerId("c-1"), default, Cny(100m), Points.Of(100), new IdempotencyKey("x:redeem"), token));
        var refund = await Assert.ThrowsAnyAsync<ArgumentException>(() => service.ClawBackAsync(new CustomerId("c-1"), new OrderRefund(default, new OrderId("o-1"), Cny(100m)), new IdempotencyKey("r:clawback"), token));

        Assert.Equal(["customerId", "key", "orderId", "id"], [customer.ParamName, key.ParamName, order.ParamName, refund.ParamName]);
        Assert.Equal(before, (await store.LoadAsync(new CustomerId("c-1"), PointsKeys.None, token)).Live);
        Assert.Equal(entries, await store.ReadEntriesAsync(new CustomerId("c-1"), 0, 100, token));
        Assert.Equal("customerId", (await Assert.ThrowsAnyAsync<ArgumentException>(() => store.LoadAsync(default, PointsKeys.None, token))).ParamName);
    }

    // Each builds a command that carries one default identifier, with the argument that must be named.
    private static readonly (string Argument, Func<PointsCommand> Command)[] CommandsWithADefaultId =
    [
        ("id", () => new EarnPoints(new IdempotencyKey("x:earn"), PaidOrder.Simple(default, March3, Cny(50m)))),
        ("sku", () => new EarnPoints(new IdempotencyKey("x:earn"), new PaidOrder(new OrderId("x"), March3, [new PaidOrderLine(default, new CategoryId("c"), Cny(50m))], Cny(0m), Cny(0m)))),
        ("category", () => new EarnPoints(new IdempotencyKey("x:earn"), new PaidOrder(new OrderId("x"), March3, [new PaidOrderLine(new Sku("s"), default, Cny(50m))], Cny(0m), Cny(0m)))),
        ("key", () => new EarnPoints(default, PaidOrder.Simple(new OrderId("x"), March3, Cny(50m)))),
        ("id", () => new ClawBackPoints(new IdempotencyKey("r:clawback"), new OrderRefund(default, new OrderId("o-1"), Cny(1m)))),
        ("orderId", () => new ClawBackPoints(new IdempotencyKey("r:clawback"), new OrderRefund(new RefundId("r"), default, Cny(1m)))),
        ("orderId", () => new RedeemPoints(new IdempotencyKey("x:redeem"), default, Cny(50m), Points.Of(100))),
        ("orderId", () => new CancelRedemption(new IdempotencyKey("x:cancel"), default)),
    ];

    [Property(Arbitrary = [typeof(PointsArbitraries)], MaxTest = 200)]
    public void After_any_history_a_command_with_a_default_id_is_refused_by_name_and_the_ledger_never_names_an_empty_id(PointsOperation[] scenario, byte pick)
    {
        var account = PointsAccount.Open(new CustomerId("c-prop"), PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
        }

        var before = account.ToSnapshot();
        var (argument, command) = CommandsWithADefaultId[pick % CommandsWithADefaultId.Length];
        var at = account.LastEntryAt ?? March3;

        var thrown = Assert.ThrowsAny<ArgumentException>(() => account.Execute(command(), at));

        Assert.Equal(argument, thrown.ParamName);
        AssertUnchanged(before, account);
        Assert.All(account.Entries, e => Assert.False(e.RefundId is { Value.Length: 0 } || e.CommandKey is { Value.Length: 0 }, $"entry {e.Id} names an empty id"));
        Assert.All(account.Lots, l => Assert.False(l.OrderId is { Value.Length: 0 }, $"lot {l.Id} names an empty order"));
    }

    private static void AssertUnchanged(PointsAccountSnapshot before, PointsAccount account)
    {
        var after = account.ToSnapshot();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Entries, after.Entries);
        Assert.Equal(before.Lots, after.Lots);
        Assert.Equal(before.Earnings, after.Earnings);
        Assert.Equal(before.Refunds, after.Refunds);
        Assert.DoesNotContain(after.Entries, e => e.OrderId is { Value.Length: 0 });
    }
}
