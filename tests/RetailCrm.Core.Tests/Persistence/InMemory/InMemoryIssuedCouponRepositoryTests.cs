namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;

public sealed class InMemoryIssuedCouponRepositoryTests : IssuedCouponRepositoryContract
{
    protected override IIssuedCouponRepository CreateRepository() => new InMemoryIssuedCouponRepository();

    [Fact]
    public async Task Default_codes_keys_and_customers_are_bad_arguments()
    {
        var repository = CreateRepository();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("code", (await Assert.ThrowsAsync<ArgumentException>(() => repository.FindByCodeAsync(default, ct))).ParamName);
        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentException>(() => repository.FindByKeyAsync(default, ct))).ParamName);
        Assert.Equal("customer", (await Assert.ThrowsAsync<ArgumentException>(() => repository.ListByCustomerAsync(default, ct))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => repository.TryAddAsync(null!, ct));
    }
}
