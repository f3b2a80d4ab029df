namespace RetailCrm.Tests.Persistence.InMemory;

using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Promotions;
using RetailCrm.Testing;

public sealed class InMemoryPromotionUsageRepositoryTests : PromotionUsageRepositoryContract
{
    protected override IPromotionUsageRepository CreateRepository() => new InMemoryPromotionUsageRepository();

    [Fact]
    public async Task Saving_with_a_version_above_the_ledger_version_is_a_bad_argument()
    {
        var repository = CreateRepository();
        var ledger = RichLedger(new PromotionId("p-1"));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => repository.SaveAsync(ledger, ledger.Version + 1, TestContext.Current.CancellationToken));

        Assert.Equal("expectedVersion", error.ParamName);
        Assert.Null(await repository.FindAsync(ledger.Promotion, TestContext.Current.CancellationToken));
    }
}
