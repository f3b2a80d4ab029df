namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Testing;

/// <summary>
/// Model-based: random command sequences through <see cref="PointsService"/> and the in-memory
/// store (which loads only the live state and the records each command names) against a reference
/// that replays the whole history from the start for every step, and against sums taken naively
/// over the store's whole ledger: the same outcomes, balances, debt, lots and positions.
/// </summary>
[Properties(Arbitrary = [typeof(PointsStoreModelPropertyTests.ShortScenarios)])]
public sealed class PointsStoreModelPropertyTests
{
    private static readonly CustomerId Customer = new("c-model");

    [Property(MaxTest = 3_000)]
    public void The_service_over_the_store_matches_a_model_that_replays_all_history(PointsOperation[] scenario)
    {
        var store = new InMemoryPointsAccountStore();
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var service = new PointsService(store, clock, PointsPolicy.Default);
        for (var n = 0; n < scenario.Length; n++)
        {
            var step = scenario[n];
            clock.Reset(step.At);
            var actual = step.Command is null
                ? service.ExpireAsync(Customer).GetAwaiter().GetResult()
                : service.ExecuteAsync(Customer, step.Command).GetAwaiter().GetResult();

            // The reference: a fresh account that replays every step so far, in memory.
            var model = PointsAccount.Open(Customer, PointsPolicy.Default);
            PointsResult expected = null!;
            foreach (var earlier in scenario[..(n + 1)])
            {
                expected = earlier.ApplyTo(model);
            }

            Assert.Equal(expected.IsReplay, actual.IsReplay);
            Assert.Equal(expected.Rejection, actual.Rejection);
            Assert.Equal(expected.Change, actual.Change);
            Assert.Equal(expected.Value, actual.Value);
            Assert.Equal(expected.Entries, actual.Entries);
            Assert.Equal(model.BalanceAt(step.At), service.GetBalanceAsync(Customer).GetAwaiter().GetResult());
            if (n == scenario.Length - 1 || step.Command is ClawBackPoints or CancelRedemption)
            {
                AssertMatchesTheWholeLedger(store, model, step.At);
            }
        }
    }

    // Sums over every entry and lot the store holds, as a naive report computes them.
    private static void AssertMatchesTheWholeLedger(InMemoryPointsAccountStore store, PointsAccount model, Instant at)
    {
        var entries = store.ReadEntriesAsync(Customer, 0, 10_000).GetAwaiter().GetResult();
        var lots = store.ReadLotsAsync(Customer, 0, 10_000).GetAwaiter().GetResult();
        var live = store.LoadAsync(Customer, PointsKeys.None).GetAwaiter().GetResult();

        Assert.Equal(model.Entries, entries);
        Assert.Equal(model.Lots, lots);
        Assert.Equal(entries.Sum(e => e.Change.Value), live.Live.Balance.Value);
        Assert.Equal(entries.Sum(e => e.DebtChange.Value), live.Live.Debt.Value);
        Assert.Equal(entries.Count + 1, live.Live.NextEntryId);
        Assert.Equal(lots.Count + 1, live.Live.NextLotId);
        foreach (var lot in lots)
        {
            Assert.Equal(entries.Where(e => e.LotId == lot.Id).Sum(e => e.LotChange.Value), lot.Remaining.Value);
        }

        Assert.Equal(lots.Where(l => l.Remaining.IsPositive), live.OpenLots);
        var effective = model.LastEntryAt is { } last && last > at ? last : at;
        var spendable = lots.Where(l => l.IsSpendableAt(effective)).Sum(l => l.Remaining.Value);
        Assert.Equal(spendable - live.Live.Debt.Value, model.BalanceAt(effective).Available.Value);
    }

    public static class ShortScenarios
    {
        // Short sequences, so that 3,000 of them run in seconds.
        public static Arbitrary<PointsOperation[]> Scenarios() => PointsArbitraries.ScenarioGen(12).ToArbitrary();
    }
}
