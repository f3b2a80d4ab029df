namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IIssuedCouponRepository"/> must have. Derive a test class from
/// it in your test project and return your store from <see cref="CreateRepository"/>; xunit runs
/// these tests against it: round-trip of every field, lookup by the canonical code key and by the
/// idempotency key, uniqueness of both, listing by customer in order, and racing writers under one
/// key of which exactly one stores a coupon.
/// </summary>
public abstract class IssuedCouponRepositoryContract
{
    private static readonly Instant IssuedAt = Instant.FromUtc(2026, 6, 18, 4, 0);

    /// <summary>Creates an empty store for one test.</summary>
    /// <returns>The store under test.</returns>
    protected abstract IIssuedCouponRepository CreateRepository();

    /// <summary>A store that has issued nothing finds nothing and lists nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task An_empty_store_finds_nothing()
    {
        var repository = CreateRepository();

        Assert.Null(await repository.FindByCodeAsync(new CouponCode("7KQ2-MX9A-4TR"), Token));
        Assert.Null(await repository.FindByKeyAsync(new IdempotencyKey("never"), Token));
        Assert.Empty(await repository.ListByCustomerAsync(new CustomerId("c-1"), Token));
    }

    /// <summary>Every field survives an add and a lookup, by code and by key.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Add_then_find_round_trips_every_field()
    {
        var repository = CreateRepository();
        var issued = Issued("k-1", "7KQ2-MX9A-4TR", "c-1", IssuedAt);

        Assert.True(await repository.TryAddAsync(issued, Token));

        AssertSame(issued, await repository.FindByCodeAsync(issued.Coupon.Code, Token));
        AssertSame(issued, await repository.FindByKeyAsync(issued.Key, Token));
    }

    /// <summary>The code is found however the customer types it: case, spaces, hyphens and O for 0 do not matter.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Find_by_code_compares_canonical_keys()
    {
        var repository = CreateRepository();
        var issued = Issued("k-1", "7KQ2-MX9A-40R", "c-1", IssuedAt);
        await repository.TryAddAsync(issued, Token);

        AssertSame(issued, await repository.FindByCodeAsync(new CouponCode("7kq2 mx9a 4or"), Token));
        Assert.Null(await repository.FindByCodeAsync(new CouponCode("7KQ2-MX9A-40S"), Token));
    }

    /// <summary>A second coupon under a key already used is refused and the first stays.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_key_already_used_is_refused_and_the_first_coupon_stays()
    {
        var repository = CreateRepository();
        var first = Issued("k-1", "AAAA-BBBB-CC", "c-1", IssuedAt);
        var second = Issued("k-1", "DDDD-EEEE-FF", "c-1", IssuedAt);
        await repository.TryAddAsync(first, Token);

        Assert.False(await repository.TryAddAsync(second, Token));

        AssertSame(first, await repository.FindByKeyAsync(first.Key, Token));
        Assert.Null(await repository.FindByCodeAsync(second.Coupon.Code, Token));
        Assert.Single(await repository.ListByCustomerAsync(first.Customer, Token));
    }

    /// <summary>A second coupon with a code already issued (by canonical key) is refused, whatever its key.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task A_code_already_issued_is_refused()
    {
        var repository = CreateRepository();
        var first = Issued("k-1", "GOLD-50", "c-1", IssuedAt);
        var second = Issued("k-2", "g0ld 50", "c-2", IssuedAt);
        await repository.TryAddAsync(first, Token);

        Assert.False(await repository.TryAddAsync(second, Token));

        Assert.Null(await repository.FindByKeyAsync(second.Key, Token));
        Assert.Empty(await repository.ListByCustomerAsync(second.Customer, Token));
        AssertSame(first, await repository.FindByCodeAsync(second.Coupon.Code, Token));
    }

    /// <summary>A customer's coupons are listed by instant of issue, then code; other customers' are not.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task List_by_customer_orders_by_issue_then_code()
    {
        var repository = CreateRepository();
        var late = Issued("k-1", "CCCC", "c-1", IssuedAt + Duration.FromHours(1));
        var earlyB = Issued("k-2", "BBBB", "c-1", IssuedAt);
        var earlyA = Issued("k-3", "AAAA", "c-1", IssuedAt);
        var other = Issued("k-4", "DDDD", "c-2", IssuedAt);
        foreach (var issued in new[] { late, earlyB, other, earlyA })
        {
            Assert.True(await repository.TryAddAsync(issued, Token));
        }

        var listed = await repository.ListByCustomerAsync(new CustomerId("c-1"), Token);

        Assert.Equal(["AAAA", "BBBB", "CCCC"], listed.Select(c => c.Coupon.Code.Key));
        Assert.All(listed, c => Assert.Equal(new CustomerId("c-1"), c.Customer));
    }

    /// <summary>Many writers adding different coupons under one key at once: exactly one is stored.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Racing_writers_under_one_key_store_exactly_one_coupon()
    {
        var repository = CreateRepository();

        var added = await Task.WhenAll(Enumerable.Range(0, 40).Select(n => Task.Run(
            () => repository.TryAddAsync(Issued("k-race", $"RACE-{n:D4}", "c-1", IssuedAt), Token),
            Token)));

        Assert.Equal(1, added.Count(a => a));
        var stored = await repository.FindByKeyAsync(new IdempotencyKey("k-race"), Token);
        Assert.NotNull(stored);
        AssertSame(stored, await repository.FindByCodeAsync(stored.Coupon.Code, Token));
        Assert.Single(await repository.ListByCustomerAsync(new CustomerId("c-1"), Token));
    }

    /// <summary>An issued coupon of the given key, code, customer and instant: single use, 30 days.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="code">The code.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="issuedAt">The instant of issue.</param>
    /// <returns>The issued coupon.</returns>
    protected static IssuedCoupon Issued(string key, string code, string customer, Instant issuedAt) =>
        new(
            new IdempotencyKey(key),
            new Coupon(new CouponCode(code), new PromotionId("compensation"))
            {
                IssuedTo = new CustomerId(customer),
                MaxUses = 1,
                ValidUntil = issuedAt + Duration.FromDays(30),
            },
            issuedAt);

    /// <summary>Asserts a loaded issued coupon holds the same key, instant, customer and coupon as the one added.</summary>
    /// <param name="expected">The coupon added.</param>
    /// <param name="actual">The coupon loaded.</param>
    protected static void AssertSame(IssuedCoupon expected, IssuedCoupon? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.IssuedAt, actual.IssuedAt);
        Assert.Equal(expected.Customer, actual.Customer);
        Assert.Equal(expected.Coupon.Code.Text, actual.Coupon.Code.Text);
        Assert.Equal(expected.Coupon.Promotion, actual.Coupon.Promotion);
        Assert.Equal(expected.Coupon.IssuedTo, actual.Coupon.IssuedTo);
        Assert.Equal(expected.Coupon.ValidFrom, actual.Coupon.ValidFrom);
        Assert.Equal(expected.Coupon.ValidUntil, actual.Coupon.ValidUntil);
        Assert.Equal(expected.Coupon.MaxUses, actual.Coupon.MaxUses);
        Assert.Equal(expected.Coupon.MaxUsesPerCustomer, actual.Coupon.MaxUsesPerCustomer);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;
}
