namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Credit;
using RetailCrm.DependencyInjection;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed class AddRetailCrmFeedbackTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 4, 0);

    [Fact]
    public void Without_a_policy_Taobaos_defaults_in_the_shops_currency_and_zone_are_registered()
    {
        using var provider = new ServiceCollection().AddRetailCrm().BuildServiceProvider(validateScopes: true);

        var policy = provider.GetRequiredService<FeedbackPolicy>();
        Assert.Same(FeedbackLadder.Taobao, policy.Ladder);
        Assert.Equal((Currency.CNY, "Asia/Shanghai"), (policy.Currency, policy.Zone.Id));
        var store = Assert.IsType<InMemoryFeedbackProfileStore>(provider.GetRequiredService<IFeedbackProfileStore>());
        Assert.Same(provider.GetRequiredService<InMemoryEventOutbox>(), store.Outbox);
        Assert.Same(store.Outbox, provider.GetRequiredService<IEventOutbox>());
        Assert.Same(policy, provider.GetRequiredService<FeedbackService>().Policy);
    }

    [Fact]
    public async Task The_registered_service_keeps_profiles_across_resolutions()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        using var provider = services.AddRetailCrm(crm => crm.Feedback = new FeedbackPolicy(crm.Currency, crm.TimeZone) { Ladder = FeedbackLadder.Ebay }).BuildServiceProvider();
        var shop = new PartyId("shop-1");
        var trade = new CompletedTrade(new OrderId("t-1"), new PartyId("b-1"), shop, new Sku("tea"), Money.Of(58m, Currency.CNY), Now - Duration.FromDays(3), Now - Duration.FromDays(1));
        var ct = TestContext.Current.CancellationToken;

        await provider.GetRequiredService<FeedbackService>().RecordTradeAsync(trade, ct);
        await provider.GetRequiredService<FeedbackService>().RateAsync(shop, trade.Id, RatingValue.Positive, null, ct);
        var standing = await provider.GetRequiredService<FeedbackService>().GetStandingAsync(shop, FeedbackRole.Seller, ct);

        Assert.Equal((1L, "No star", 10L), (standing.Score, standing.Level.Name, standing.NextThreshold!.Value));
    }

    [Fact]
    public void A_policy_in_another_currency_or_zone_than_the_shop_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Feedback = FeedbackPolicy.CreateDefault(Currency.USD, crm.TimeZone)));
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Feedback = FeedbackPolicy.CreateDefault(crm.Currency, DateTimeZone.Utc)));
    }
}
