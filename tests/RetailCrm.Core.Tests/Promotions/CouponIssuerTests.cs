namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Coupons issued at runtime: generated codes, terms, idempotency and the coupons a spend-and-get order earned.</summary>
public sealed class CouponIssuerTests
{
    private static readonly Promotion Compensation =
        new(new PromotionId("compensation"), "Sorry: CNY 30 off", Reward.SpendThreshold([new SpendTier(Yuan(1m), Yuan(30m))])) { RequiresCoupon = true };

    private static readonly Promotion NextOrder =
        new(new PromotionId("next-order-20"), "CNY 20 off your next order", Reward.SpendThreshold([new SpendTier(Yuan(100m), Yuan(20m))])) { RequiresCoupon = true };

    private static readonly Promotion SpendAndGet = Promo("spend-and-get", Reward.EarnCoupon(NextOrder.Id, 2, Yuan(300m)));

    private static readonly Promotion NoCouponNeeded = Promo("open", Reward.PercentOff(Percentage.FromPercent(5)));

    private static readonly CustomerId Alice = new("alice");
    private static readonly CustomerId Bob = new("bob");

    private readonly InMemoryIssuedCouponRepository repository = new();
    private readonly FakeClock clock = new(Now);

    private static PromotionCatalog ShopCatalog => Catalog(Compensation, NextOrder, SpendAndGet, NoCouponNeeded);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private CouponIssuer Issuer() => new(ShopCatalog, repository, clock);

    [Fact]
    public async Task By_default_a_coupon_is_for_its_customer_alone_single_use_and_valid_30_days()
    {
        var coupon = await Issuer().IssueAsync(Alice, Compensation.Id, new IdempotencyKey("complaint-1"), cancellationToken: Token);

        Assert.Equal(Alice, coupon.IssuedTo);
        Assert.Equal(Compensation.Id, coupon.Promotion);
        Assert.Equal(1, coupon.MaxUses);
        Assert.Null(coupon.ValidFrom);
        Assert.Equal(Now + Duration.FromDays(30), coupon.ValidUntil);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$", coupon.Code.Text);
        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(coupon.Code));
        var stored = Assert.Single(await repository.ListByCustomerAsync(Alice, Token));
        Assert.Equal(Now, stored.IssuedAt);
        Assert.Same(coupon, stored.Coupon);
    }

    [Fact]
    public async Task Terms_set_the_validity_and_the_uses()
    {
        var issuer = Issuer();

        var week = await issuer.IssueAsync(Alice, Compensation.Id, new IdempotencyKey("k-1"), new CouponTerms { ValidFor = Duration.FromDays(7), MaxUses = 3 }, Token);
        var until = await issuer.IssueAsync(Alice, Compensation.Id, new IdempotencyKey("k-2"), new CouponTerms { ValidUntil = Now + Duration.FromHours(2) }, Token);

        Assert.Equal(Now + Duration.FromDays(7), week.ValidUntil);
        Assert.Equal(3, week.MaxUses);
        Assert.Equal(Now + Duration.FromHours(2), until.ValidUntil);
        Assert.Equal(1, until.MaxUses);
    }

    [Fact]
    public async Task Inconsistent_terms_are_refused_by_name_and_nothing_is_issued()
    {
        var issuer = Issuer();
        var both = new CouponTerms { ValidFor = Duration.FromDays(1), ValidUntil = Now + Duration.FromDays(2) };
        var past = new CouponTerms { ValidUntil = Now };

        Assert.Equal("terms", (await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueAsync(Alice, Compensation.Id, new IdempotencyKey("k-1"), both, Token))).ParamName);
        Assert.Equal("terms", (await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueAsync(Alice, Compensation.Id, new IdempotencyKey("k-2"), past, Token))).ParamName);
        Assert.Equal("ValidFor", Assert.Throws<ArgumentOutOfRangeException>(() => new CouponTerms { ValidFor = Duration.Zero }).ParamName);
        Assert.Equal("MaxUses", Assert.Throws<ArgumentOutOfRangeException>(() => new CouponTerms { MaxUses = 0 }).ParamName);
        Assert.Empty(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("open")]
    public async Task A_promotion_missing_from_the_catalog_or_needing_no_coupon_is_refused_by_name(string promotion)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Issuer().IssueAsync(Alice, new PromotionId(promotion), new IdempotencyKey("k-1"), cancellationToken: Token));

        Assert.Equal("promotion", error.ParamName);
        Assert.Empty(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task Default_arguments_are_refused_by_name()
    {
        var issuer = Issuer();

        Assert.Equal("customer", (await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueAsync(default, Compensation.Id, new IdempotencyKey("k"), cancellationToken: Token))).ParamName);
        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueAsync(Alice, Compensation.Id, default, cancellationToken: Token))).ParamName);
        Assert.Equal("repository", Assert.Throws<ArgumentNullException>(() => new CouponIssuer(ShopCatalog, null!, clock)).ParamName);
        Assert.Equal("order", (await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueEarnedAsync(Alice, default, Price(Cart(Line("a", 1, 300m)), SpendAndGet), cancellationToken: Token))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => issuer.IssueEarnedAsync(Alice, new OrderId("o-1"), null!, cancellationToken: Token));
    }

    [Fact]
    public async Task Replaying_a_key_later_with_the_same_terms_however_written_returns_the_first_coupon()
    {
        var issuer = Issuer();
        var key = new IdempotencyKey("complaint-1");
        var first = await issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token);
        clock.Advance(Duration.FromDays(3));

        var replay = await issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token);
        var spelledOut = await issuer.IssueAsync(Alice, Compensation.Id, key, new CouponTerms { ValidFor = Duration.FromDays(30), MaxUses = 1 }, Token);
        var asAnInstant = await issuer.IssueAsync(Alice, Compensation.Id, key, new CouponTerms { ValidUntil = Now + Duration.FromDays(30) }, Token);

        Assert.Same(first, replay);
        Assert.Same(first, spelledOut);
        Assert.Same(first, asAnInstant);
        Assert.Single(await repository.ListByCustomerAsync(Alice, Token));
    }

    public static TheoryData<string, CouponTerms> OtherTerms => new()
    {
        { "more uses", new CouponTerms { MaxUses = 5 } },
        { "a shorter validity", new CouponTerms { ValidFor = Duration.FromDays(7) } },
        { "another end", new CouponTerms { ValidUntil = Now + Duration.FromDays(31) } },
        { "an end before the first issue", new CouponTerms { ValidUntil = Now - Duration.FromDays(1) } },
    };

    [Theory]
    [MemberData(nameof(OtherTerms))]
    public async Task A_key_reused_on_other_terms_throws_naming_both_and_issues_nothing(string what, CouponTerms terms)
    {
        var issuer = Issuer();
        var key = new IdempotencyKey("complaint-1");
        await issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token);
        clock.Advance(Duration.FromDays(3));

        var error = await Record.ExceptionAsync(() => issuer.IssueAsync(Alice, Compensation.Id, key, terms, Token));

        var reused = Assert.IsType<IdempotencyKeyReusedException>(error);
        Assert.NotEqual(reused.FirstCommand, reused.NewCommand);
        Assert.Contains("maxUses=1", reused.FirstCommand, StringComparison.Ordinal);
        Assert.True(reused.Key == key, what);
        Assert.Single(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task Terms_with_both_limits_are_refused_even_for_a_key_already_used()
    {
        var issuer = Issuer();
        var key = new IdempotencyKey("complaint-1");
        await issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => issuer.IssueAsync(Alice, Compensation.Id, key, new CouponTerms { ValidFor = Duration.FromDays(30), ValidUntil = Now + Duration.FromDays(30) }, Token));

        Assert.Equal("terms", error.ParamName);
    }

    [Fact]
    public async Task A_key_reused_for_another_customer_or_promotion_throws_and_issues_nothing()
    {
        var issuer = Issuer();
        var key = new IdempotencyKey("complaint-1");
        await issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token);

        var otherCustomer = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => issuer.IssueAsync(Bob, Compensation.Id, key, cancellationToken: Token));
        var otherPromotion = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => issuer.IssueAsync(Alice, NextOrder.Id, key, cancellationToken: Token));

        Assert.Equal(key, otherCustomer.Key);
        Assert.Equal(key, otherPromotion.Key);
        Assert.Empty(await repository.ListByCustomerAsync(Bob, Token));
        Assert.Single(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task Concurrent_calls_with_one_key_issue_one_coupon()
    {
        var issuer = Issuer();
        var key = new IdempotencyKey("complaint-race");

        var coupons = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => issuer.IssueAsync(Alice, Compensation.Id, key, cancellationToken: Token), Token)));

        Assert.Single(coupons.Select(c => c.Code).Distinct());
        var stored = Assert.Single(await repository.ListByCustomerAsync(Alice, Token));
        Assert.All(coupons, c => Assert.Equal(stored.Coupon.Code, c.Code));
    }

    [Fact]
    public void Distinct_keys_give_distinct_valid_codes_and_every_replay_gives_the_same_coupon()
    {
        var cases =
            from n in Gen.Choose(1, 40)
            from replays in Gen.Choose(0, n - 1).ArrayOf()
            select (n, replays);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var store = new InMemoryIssuedCouponRepository();
            var issuer = new CouponIssuer(ShopCatalog, store, clock);
            var issued = Enumerable.Range(0, c.n)
                .Select(i => issuer.IssueAsync(new CustomerId($"c-{i % 3}"), Compensation.Id, new IdempotencyKey($"k-{i}")).GetAwaiter().GetResult())
                .ToArray();

            Assert.Equal(c.n, issued.Select(coupon => coupon.Code).Distinct().Count());
            Assert.All(issued, coupon => Assert.True(CouponCodeGenerator.HasValidCheckCharacter(coupon.Code)));
            Assert.All(issued, coupon => Assert.Equal(Now + CouponTerms.DefaultValidity, coupon.ValidUntil));
            foreach (var i in c.replays)
            {
                var replay = issuer.IssueAsync(new CustomerId($"c-{i % 3}"), Compensation.Id, new IdempotencyKey($"k-{i}")).GetAwaiter().GetResult();
                Assert.Equal(issued[i].Code.Text, replay.Code.Text);
                Assert.Equal(issued[i].IssuedTo, replay.IssuedTo);
                Assert.Equal(issued[i].ValidUntil, replay.ValidUntil);
                Assert.Equal(issued[i].MaxUses, replay.MaxUses);
            }

            var stored = Enumerable.Range(0, 3).Sum(k => store.ListByCustomerAsync(new CustomerId($"c-{k}")).GetAwaiter().GetResult().Count);
            Assert.Equal(c.n, stored);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task The_coupons_a_spend_and_get_order_earned_are_issued_once_however_often_it_is_called()
    {
        var issuer = Issuer();
        var priced = new PricingEngine(ShopCatalog).Price(Cart(Line("a", 1, 400m)), new Shopper(Alice), Now);
        Assert.Equal(2, Assert.Single(priced.EarnedCoupons).Count);

        var first = await issuer.IssueEarnedAsync(Alice, new OrderId("o-1"), priced, cancellationToken: Token);
        clock.Advance(Duration.FromMinutes(5));
        var again = await issuer.IssueEarnedAsync(Alice, new OrderId("o-1"), priced, cancellationToken: Token);
        var otherOrder = await issuer.IssueEarnedAsync(Alice, new OrderId("o-2"), priced, cancellationToken: Token);

        Assert.Equal(2, first.Count);
        Assert.All(first, c => Assert.Equal(NextOrder.Id, c.Promotion));
        Assert.Equal(2, first.Select(c => c.Code).Distinct().Count());
        Assert.Equal(first.Select(c => c.Code), again.Select(c => c.Code));
        Assert.Empty(otherOrder.Select(c => c.Code).Intersect(first.Select(c => c.Code)));
        Assert.Equal(4, (await repository.ListByCustomerAsync(Alice, Token)).Count);
    }

    [Fact]
    public async Task The_coupons_a_cart_earned_are_never_issued_to_another_customer_than_it_was_priced_for()
    {
        var priced = new PricingEngine(ShopCatalog).Price(Cart(Line("a", 1, 400m)), new Shopper(Alice), Now);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Issuer().IssueEarnedAsync(new CustomerId("bob"), new OrderId("o-1"), priced, cancellationToken: Token));

        Assert.Equal("priced", error.ParamName);
        Assert.Empty(await repository.ListByCustomerAsync(new CustomerId("bob"), Token));
        Assert.Empty(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task An_order_that_earned_nothing_issues_nothing()
    {
        var priced = new PricingEngine(ShopCatalog).Price(Cart(Line("a", 1, 299m)), new Shopper(Alice), Now);

        Assert.Empty(await Issuer().IssueEarnedAsync(Alice, new OrderId("o-1"), priced, cancellationToken: Token));
        Assert.Empty(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task Earned_coupons_for_a_promotion_that_needs_no_coupon_are_refused_before_any_is_issued()
    {
        var earnsOpen = Promo("earns-open", Reward.EarnCoupon(NoCouponNeeded.Id, 1, Yuan(1m)));
        var priced = new PricingEngine(Catalog(NextOrder, SpendAndGet, NoCouponNeeded, earnsOpen)).Price(Cart(Line("a", 1, 300m)), new Shopper(Alice), Now);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Issuer().IssueEarnedAsync(Alice, new OrderId("o-1"), priced, cancellationToken: Token));

        Assert.Equal("priced", error.ParamName);
        Assert.Empty(await repository.ListByCustomerAsync(Alice, Token));
    }

    [Fact]
    public async Task An_order_id_too_long_to_extend_still_gives_replay_safe_keys()
    {
        var issuer = Issuer();
        var order = new OrderId(new string('o', 200));
        var priced = new PricingEngine(ShopCatalog).Price(Cart(Line("a", 1, 400m)), new Shopper(Alice), Now);

        var first = await issuer.IssueEarnedAsync(Alice, order, priced, cancellationToken: Token);
        var again = await issuer.IssueEarnedAsync(Alice, order, priced, cancellationToken: Token);

        Assert.Equal(2, first.Select(c => c.Code).Distinct().Count());
        Assert.Equal(first.Select(c => c.Code), again.Select(c => c.Code));
        Assert.Equal(2, (await repository.ListByCustomerAsync(Alice, Token)).Count);
    }
}
