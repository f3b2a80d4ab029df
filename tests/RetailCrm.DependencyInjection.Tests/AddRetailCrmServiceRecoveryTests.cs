namespace RetailCrm.DependencyInjection.Tests;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.DependencyInjection;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Service;

public sealed class AddRetailCrmServiceRecoveryTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 4, 0);

    [Fact]
    public void Without_options_the_default_policy_in_the_shops_currency_and_the_in_memory_store_are_registered()
    {
        using var provider = new ServiceCollection().AddRetailCrm().BuildServiceProvider(validateScopes: true);

        var policy = provider.GetRequiredService<ServiceRecoveryPolicy>();
        Assert.Equal((Currency.CNY, Duration.FromDays(3)), (policy.Currency, policy.FollowUpDelay));
        Assert.Null(policy.BusinessHours);
        var store = Assert.IsType<InMemoryComplaintStore>(provider.GetRequiredService<IComplaintStore>());
        Assert.Same(provider.GetRequiredService<InMemoryEventOutbox>(), store.Outbox);
        Assert.Same(store.Outbox, provider.GetRequiredService<IEventOutbox>());
        Assert.IsType<CompensationIssuer>(provider.GetRequiredService<ICompensationIssuer>());
        Assert.Same(policy, provider.GetRequiredService<ComplaintService>().Policy);
    }

    [Fact]
    public async Task By_default_a_compensation_coupon_is_issued_once_through_the_coupon_issuer_and_prices_the_customers_next_cart()
    {
        var sorry = new Promotion(new PromotionId("sorry"), "Sorry: CNY 20 off", Reward.SpendThreshold([new SpendTier(Money.Of(1m, Currency.CNY), Money.Of(20m, Currency.CNY))]))
        {
            RequiresCoupon = true,
        };
        using var provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now))
            .AddRetailCrm(crm => crm.Promotions.Add(sorry)).BuildServiceProvider();
        var complaints = provider.GetRequiredService<ComplaintService>();
        var id = new ComplaintId("cmp-2");
        var shopper = new Shopper(new CustomerId("c-2"));
        var ct = TestContext.Current.CancellationToken;

        await complaints.OpenAsync(id, shopper.Customer, ComplaintChannel.OnlineChat, ComplaintSubject.Product, EmotionalIntensity.Angry, cancellationToken: ct);
        await complaints.ApproveAsync(id, NextKey(), CompensationAction.Coupon("coupon", sorry.Id, Money.Of(20m, Currency.CNY)), "lead", ct);
        await complaints.IssueAsync(id, new IdempotencyKey("issue-coupon"), "coupon", ct);
        await complaints.IssueAsync(id, new IdempotencyKey("issue-coupon"), "coupon", ct);
        var code = (await complaints.GetAsync(id, ct))!.Compensations.Single().IssuedCoupon!.Value;
        var issued = await provider.GetRequiredService<IIssuedCouponRepository>().ListByCustomerAsync(shopper.Customer, ct);
        var cart = new Cart(Currency.CNY, new CartLine(new Sku("cup"), 1, Money.Of(59m, Currency.CNY))) { Coupons = [code] };
        var priced = await provider.GetRequiredService<PromotionService>().PriceAsync(cart, shopper, ct);

        Assert.Equal(code, Assert.Single(issued).Coupon.Code);
        Assert.Equal(Money.Of(39m, Currency.CNY), priced.Total);
    }

    [Fact]
    public async Task The_options_shape_the_policy_and_the_registered_service_issues_points_and_coupons()
    {
        var hours = BusinessHours.Weekdays(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        var coupons = 0;
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        using var provider = services.AddRetailCrm(crm =>
        {
            crm.FollowUpDelay = Duration.FromDays(7);
            crm.BusinessHours = hours;
            crm.IssueCoupon = (_, _, _, _) => Task.FromResult(new CouponCode($"SORRY-{++coupons}"));
        }).BuildServiceProvider();
        var id = new ComplaintId("cmp-1");
        var customer = new CustomerId("c-1");
        var ct = TestContext.Current.CancellationToken;

        await provider.GetRequiredService<ComplaintService>().OpenAsync(id, customer, ComplaintChannel.Phone, ComplaintSubject.Delivery, EmotionalIntensity.Angry, cancellationToken: ct);
        await provider.GetRequiredService<ComplaintService>().ApproveAsync(id, NextKey(), CompensationAction.PointsCredit("points", Points.Of(500)), "lead", ct);
        await provider.GetRequiredService<ComplaintService>().ApproveAsync(id, NextKey(), CompensationAction.Coupon("coupon", new PromotionId("sorry"), Money.Of(20m, Currency.CNY)), "lead", ct);
        await provider.GetRequiredService<ComplaintService>().IssueAsync(id, NextKey(), "points", ct);
        await provider.GetRequiredService<ComplaintService>().IssueAsync(id, NextKey(), "coupon", ct);
        var complaint = (await provider.GetRequiredService<ComplaintService>().GetAsync(id, ct))!;

        Assert.Same(hours, provider.GetRequiredService<ServiceRecoveryPolicy>().BusinessHours);
        Assert.Equal(Duration.FromDays(7), provider.GetRequiredService<ServiceRecoveryPolicy>().FollowUpDelay);
        Assert.Equal(Points.Of(500), (await provider.GetRequiredService<PointsService>().GetBalanceAsync(customer, ct)).Available);
        Assert.Equal((1, new CouponCode("SORRY-1")), (coupons, complaint.Compensations[1].IssuedCoupon!.Value));
        Assert.Equal(hours.AddWorkingTime(Now, Duration.FromHours(8)), complaint.Deadlines.ResponseDue);
    }

    [Fact]
    public void A_scale_or_compensation_policy_in_another_currency_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.ComplaintGrading = GradingScale.CreateDefault(Currency.USD)));
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddRetailCrm(crm => crm.Compensation = CompensationPolicy.CreateDefault(Currency.USD)));
    }

    [Fact]
    public async Task A_coupon_for_a_promotion_the_catalog_lacks_is_refused_by_name_and_records_nothing()
    {
        using var provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now)).AddRetailCrm().BuildServiceProvider();
        var service = provider.GetRequiredService<ComplaintService>();
        var id = new ComplaintId("cmp-2");
        var ct = TestContext.Current.CancellationToken;
        await service.OpenAsync(id, new CustomerId("c-2"), ComplaintChannel.Email, ComplaintSubject.Service, EmotionalIntensity.Calm, cancellationToken: ct);
        await service.ApproveAsync(id, NextKey(), CompensationAction.Coupon("coupon", new PromotionId("sorry"), Money.Of(10m, Currency.CNY)), "lead", ct);

        Assert.Equal("promotion", (await Assert.ThrowsAsync<ArgumentException>(() => service.IssueAsync(id, NextKey(), "coupon", ct))).ParamName);
        Assert.False((await service.GetAsync(id, ct))!.Compensations[0].IsIssued);
    }

    private static IdempotencyKey NextKey() => new(Guid.NewGuid().ToString("N"));
}
