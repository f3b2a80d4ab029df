namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.DependencyInjection;
using RetailCrm.Membership;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

public sealed class AddRetailCrmMembershipTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 4, 0);

    [Fact]
    public void Without_a_ladder_the_default_five_tiers_are_registered_with_their_benefit_promotions()
    {
        using var provider = new ServiceCollection().AddRetailCrm().BuildServiceProvider(validateScopes: true);

        var ladder = provider.GetRequiredService<TierLadder>();
        Assert.Equal(["regular", "silver", "gold", "platinum", "diamond"], ladder.Tiers.Select(t => t.Id.Value));
        Assert.IsType<InMemoryMembershipRepository>(provider.GetRequiredService<IMembershipRepository>());
        Assert.Same(ladder, provider.GetRequiredService<MembershipService>().Ladder);
        Assert.Contains(provider.GetRequiredService<PromotionCatalog>().Promotions, p => p.Id == new PromotionId("tier-gold-discount"));
    }

    [Fact]
    public void Benefit_promotions_can_be_left_out_of_the_catalog()
    {
        using var provider = new ServiceCollection().AddRetailCrm(crm => crm.TierBenefitsAsPromotions = false).BuildServiceProvider();

        Assert.Empty(provider.GetRequiredService<PromotionCatalog>().Promotions);
    }

    [Fact]
    public async Task The_registered_service_upgrades_a_member_and_keeps_the_account_across_resolutions()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        using var provider = services.AddRetailCrm().BuildServiceProvider();
        var customer = new CustomerId("c-1");
        var order = PaidOrder.Simple(new OrderId("o-1"), Now, Money.Of(1_200m, Currency.CNY));
        var ct = TestContext.Current.CancellationToken;

        var result = await provider.GetRequiredService<MembershipService>().RecordOrderAsync(customer, order, ct);
        var account = await provider.GetRequiredService<MembershipService>().GetAsync(customer, ct);

        Assert.Equal(new TierId("silver"), result.Tier);
        Assert.Equal(new TierId("silver"), account.CurrentTier);
    }

    [Fact]
    public void A_ladder_in_another_currency_or_zone_than_the_shop_is_refused()
    {
        var usd = TierLadder.CreateDefault(Currency.USD, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        var utc = TierLadder.CreateDefault(Currency.CNY, DateTimeZone.Utc);

        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Tiers = usd));
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Tiers = utc));
    }
}
