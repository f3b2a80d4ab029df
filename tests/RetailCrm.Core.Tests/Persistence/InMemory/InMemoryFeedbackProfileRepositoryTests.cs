namespace RetailCrm.Tests.Persistence.InMemory;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class InMemoryFeedbackProfileRepositoryTests : FeedbackProfileRepositoryContract
{
    protected override IFeedbackProfileRepository CreateRepository(FeedbackPolicy policy) => new InMemoryFeedbackProfileRepository(policy);

    [Fact]
    public void The_store_needs_a_policy()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new InMemoryFeedbackProfileRepository(null!)).ParamName);
    }

    [Fact]
    public async Task A_loaded_profile_is_a_copy_that_changes_nothing_stored_until_saved()
    {
        var repository = CreateRepository(Policy);
        var profile = RichProfile(new PartyId("shop-copy"));
        await repository.SaveAsync(profile, 0, TestContext.Current.CancellationToken);

        var loaded = (await repository.FindAsync(profile.Party, TestContext.Current.CancellationToken))!;
        loaded.FlagFraudulent(new OrderId("t-1"), "late finding", Instant.FromUtc(2026, 5, 1, 0, 0));
        var again = (await repository.FindAsync(profile.Party, TestContext.Current.CancellationToken))!;

        Assert.Equal(profile.Version, again.Version);
        Assert.True(again.Find(new OrderId("t-1"))!.Decision!.Value.Counts);
    }
}
