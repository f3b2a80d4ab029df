namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.DependencyInjection;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;

public sealed class AddRetailCrmTests
{
    [Fact]
    public void With_no_options_it_registers_the_system_clock_the_default_policy_and_the_in_memory_store()
    {
        using var provider = new ServiceCollection().AddRetailCrm().BuildServiceProvider(validateScopes: true);

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var store = Assert.IsType<InMemoryPointsAccountStore>(provider.GetRequiredService<IPointsAccountStore>());
        Assert.Same(provider.GetRequiredService<InMemoryEventOutbox>(), store.Outbox);
        Assert.Same(store.Outbox, provider.GetRequiredService<IEventOutbox>());
        var policy = provider.GetRequiredService<PointsPolicy>();
        Assert.Equal(Currency.CNY, policy.Currency);
        Assert.Equal("Asia/Shanghai", policy.TimeZone.Id);
        Assert.NotNull(provider.GetRequiredService<PointsService>());
    }

    [Fact]
    public void A_clock_and_a_store_registered_first_are_kept()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var store = new InMemoryPointsAccountStore();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IPointsAccountStore>(store);

        using var provider = services.AddRetailCrm().BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(store, provider.GetRequiredService<IPointsAccountStore>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void The_configured_points_policy_replaces_one_registered_before()
    {
        var configured = PointsPolicy.Default.With(pendingPeriod: Duration.FromDays(15));
        var services = new ServiceCollection().AddSingleton(PointsPolicy.Default);

        using var provider = services.AddRetailCrm(crm => crm.Points = configured).BuildServiceProvider();

        Assert.Same(configured, provider.GetRequiredService<PointsPolicy>());
        Assert.Single(services, d => d.ServiceType == typeof(PointsPolicy));
    }

    [Fact]
    public void The_shop_currency_and_zone_shape_the_default_points_policy()
    {
        using var provider = new ServiceCollection()
            .AddRetailCrm(crm =>
            {
                crm.Currency = Currency.USD;
                crm.TimeZone = DateTimeZoneProviders.Tzdb["America/New_York"];
            })
            .BuildServiceProvider();

        var policy = provider.GetRequiredService<PointsPolicy>();
        Assert.Equal(Currency.USD, policy.Currency);
        Assert.Equal("America/New_York", policy.TimeZone.Id);
    }

    [Fact]
    public void A_points_policy_in_another_currency_than_the_shop_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm =>
        {
            crm.Currency = Currency.EUR;
            crm.Points = PointsPolicy.Default;
        }));

        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registered_service_earns_and_keeps_points_across_resolutions()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 3, 6, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddRetailCrm().BuildServiceProvider(validateScopes: true);
        var customer = new CustomerId("c-1");

        await provider.GetRequiredService<PointsService>().EarnAsync(customer, PaidOrder.Simple(new OrderId("o-1"), clock.GetCurrentInstant(), Money.Of(88m, Currency.CNY)), new IdempotencyKey("o-1:earn"), cancellationToken: TestContext.Current.CancellationToken);
        var balance = await provider.GetRequiredService<PointsService>().GetBalanceAsync(customer, TestContext.Current.CancellationToken);

        Assert.Equal(Points.Of(88), balance.Pending);
    }

    [Fact]
    public void Null_services_and_an_out_of_range_retry_count_are_bad_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => RetailCrmServiceCollectionExtensions.AddRetailCrm(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddRetailCrm(crm => crm.MaxConcurrencyAttempts = 0));
    }
}
