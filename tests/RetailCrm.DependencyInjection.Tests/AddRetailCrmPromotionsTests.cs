namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.DependencyInjection;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

public sealed class AddRetailCrmPromotionsTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 4, 0);

    private static Promotion SpendTwoHundred(Currency currency) =>
        new(new PromotionId("spend-200"), "Spend 200 get 20", Reward.SpendThreshold([new SpendTier(Money.Of(200m, currency), Money.Of(20m, currency))]))
        {
            Limits = new PromotionLimits { MaxUses = 1 },
        };

    [Fact]
    public async Task The_promotions_of_the_options_price_carts_and_their_usage_is_kept_across_resolutions()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        using var provider = services.AddRetailCrm(crm => crm.Promotions.Add(SpendTwoHundred(Currency.CNY))).BuildServiceProvider(validateScopes: true);
        var cart = new Cart(Currency.CNY, new CartLine(new Sku("a"), 1, Money.Of(250m, Currency.CNY)));
        var shopper = new Shopper(new CustomerId("c-1"));
        var ct = TestContext.Current.CancellationToken;

        var priced = await provider.GetRequiredService<PromotionService>().PriceAsync(cart, shopper, ct);
        await provider.GetRequiredService<PromotionService>().RecordOrderAsync(new OrderId("o-1"), shopper, priced, ct);
        var afterUse = await provider.GetRequiredService<PromotionService>().PriceAsync(cart, shopper, ct);

        Assert.Equal(Money.Of(230m, Currency.CNY), priced.Total);
        Assert.Equal(PromotionReason.UsageLimitReached, afterUse.Decisions.Single(d => d.Promotion == new PromotionId("spend-200")).Reason);
        var store = Assert.IsType<InMemoryPromotionUsageStore>(provider.GetRequiredService<IPromotionUsageStore>());
        Assert.Same(provider.GetRequiredService<InMemoryEventOutbox>(), store.Outbox);
        Assert.Same(provider.GetRequiredService<InMemoryEventOutbox>(), provider.GetRequiredService<IEventOutbox>());
        Assert.IsType<PromotionUsed>(Assert.Single(await provider.GetRequiredService<IEventOutbox>().ReadAsync(0, 10, ct)).Event);
        Assert.Same(provider.GetRequiredService<PromotionCatalog>(), provider.GetRequiredService<PricingEngine>().Catalog);
    }

    [Fact]
    public void A_catalog_registered_first_wins_over_the_options()
    {
        var catalog = new PromotionCatalog(new PricingOptions(Currency.USD, DateTimeZone.Utc), []);
        var services = new ServiceCollection().AddSingleton(catalog);

        using var provider = services.AddRetailCrm(crm => crm.Promotions.Add(SpendTwoHundred(Currency.CNY))).BuildServiceProvider();

        Assert.Same(catalog, provider.GetRequiredService<PromotionCatalog>());
        Assert.Single(services, d => d.ServiceType == typeof(PromotionCatalog));
    }

    [Fact]
    public void Promotions_in_another_currency_than_the_shop_are_refused_at_registration()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Promotions.Add(SpendTwoHundred(Currency.USD))));

        Assert.Equal("promotions", error.ParamName);
    }

    [Fact]
    public void Member_only_promotions_of_the_options_follow_the_ladders_member_only_access()
    {
        var members = new Promotion(new PromotionId("members"), "Members' week", Reward.PercentOff(Percentage.FromPercent(10))) { Condition = Condition.Member };
        using var provider = new ServiceCollection().AddRetailCrm(crm => crm.Promotions.Add(members)).BuildServiceProvider();
        var engine = provider.GetRequiredService<PricingEngine>();
        var ladder = provider.GetRequiredService<RetailCrm.Membership.TierLadder>();
        var cart = new Cart(Currency.CNY, new CartLine(new Sku("a"), 1, Money.Of(100m, Currency.CNY)));
        PromotionReason ReasonFor(RetailCrm.Membership.TierDefinition tier) =>
            engine.Price(cart, new Shopper(new CustomerId("c-1")) { Tier = tier.Id }, Now).Decisions.Single(d => d.Promotion == members.Id).Reason;

        Assert.All(ladder.Tiers, tier => Assert.Equal(tier.Benefits.MemberOnlyAccess ? PromotionReason.Applied : PromotionReason.NoMemberOnlyAccess, ReasonFor(tier)));
        Assert.Equal(PromotionReason.NoMemberOnlyAccess, ReasonFor(ladder.Entry));
    }
}
