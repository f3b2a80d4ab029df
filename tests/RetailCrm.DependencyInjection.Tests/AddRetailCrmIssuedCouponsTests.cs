namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.DependencyInjection;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

public sealed class AddRetailCrmIssuedCouponsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 4, 0);

    private static readonly Promotion Compensation =
        new(new PromotionId("compensation"), "Sorry: CNY 30 off", Reward.SpendThreshold([new SpendTier(Money.Of(1m, Currency.CNY), Money.Of(30m, Currency.CNY))]))
        {
            RequiresCoupon = true,
        };

    [Fact]
    public async Task A_coupon_issued_through_the_container_prices_a_cart_and_is_used_once()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        using var provider = services.AddRetailCrm(crm => crm.Promotions.Add(Compensation)).BuildServiceProvider(validateScopes: true);
        var shopper = new Shopper(new CustomerId("c-1"));
        var ct = TestContext.Current.CancellationToken;

        var coupon = await provider.GetRequiredService<CouponIssuer>().IssueAsync(shopper.Customer, Compensation.Id, new IdempotencyKey("complaint-1"), cancellationToken: ct);
        var cart = new Cart(Currency.CNY, new CartLine(new Sku("a"), 1, Money.Of(100m, Currency.CNY))) { Coupons = [coupon.Code] };
        var priced = await provider.GetRequiredService<PromotionService>().PriceAsync(cart, shopper, ct);
        var recorded = await provider.GetRequiredService<PromotionService>().RecordOrderAsync(new OrderId("o-1"), shopper, priced, ct);
        var again = await provider.GetRequiredService<PromotionService>().PriceAsync(cart, shopper, ct);

        Assert.Equal(Money.Of(70m, Currency.CNY), priced.Total);
        Assert.True(recorded.Succeeded);
        Assert.Equal(CouponReason.UsedUp, Assert.Single(again.Coupons).Reason);
        Assert.IsType<InMemoryIssuedCouponRepository>(provider.GetRequiredService<IIssuedCouponRepository>());
        Assert.Same(provider.GetRequiredService<IIssuedCouponRepository>(), provider.GetRequiredService<IIssuedCouponRepository>());
    }

    [Fact]
    public void A_store_registered_first_is_kept()
    {
        var mine = new InMemoryIssuedCouponRepository();
        var services = new ServiceCollection().AddSingleton<IIssuedCouponRepository>(mine);

        using var provider = services.AddRetailCrm().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IIssuedCouponRepository>());
        Assert.Single(services, d => d.ServiceType == typeof(IIssuedCouponRepository));
        Assert.NotNull(provider.GetRequiredService<CouponIssuer>());
    }
}
