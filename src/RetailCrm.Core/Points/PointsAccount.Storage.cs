namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class PointsAccount
{
    /// <summary>The live state as it stands: balance, debt, next numbers, last entry, version.</summary>
    public PointsLiveState LiveState => new(CustomerId, Version, balance, debt, nextEntryId, nextLotId, nextRedemptionId, lastEntryAt);

    /// <summary>
    /// Builds the account a store loaded for one command: the live state, the open lots and the keyed
    /// records the command names. It decides exactly as an account held whole would, as long as
    /// each command it runs touches only the keys it was loaded with.
    /// </summary>
    /// <param name="loaded">What the store loaded.</param>
    /// <param name="policy">The programme's current policy.</param>
    /// <returns>The account, at the loaded version.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvariantViolationException">The load is inconsistent: a lot with points among the closed ones or none among the open ones, a number not yet given, a record of another key.</exception>
    public static PointsAccount Load(PointsAccountLoad loaded, PointsPolicy policy)
    {
        Guard.Against.Null(loaded);
        Guard.Against.Null(policy);
        var live = loaded.Live;
        var keys = loaded.Keys;
        var account = new PointsAccount(live.CustomerId, policy, live.Version, keys)
        {
            balance = live.Balance,
            debt = live.Debt,
            nextEntryId = live.NextEntryId,
            nextLotId = live.NextLotId,
            nextRedemptionId = live.NextRedemptionId,
            lastEntryAt = live.LastEntryAt,
        };
        if (live.Version < 0 || live.Debt.IsNegative || live.NextEntryId < 1 || live.NextLotId < 1 || live.NextRedemptionId < 1)
        {
            throw account.BrokenLoad("has a negative version or debt, or a number below 1");
        }

        foreach (var lot in loaded.OpenLots.Concat(loaded.NamedLots).OrderBy(l => l.Id))
        {
            if (lot is null || lot.Id >= live.NextLotId || lot.Remaining.IsNegative)
            {
                throw account.BrokenLoad($"has a lot that cannot exist");
            }

            account.AddKnownLot(lot);
        }

        if (loaded.OpenLots.Any(l => !l.Remaining.IsPositive) || loaded.NamedLots.Any(l => l.Remaining.IsPositive))
        {
            throw account.BrokenLoad("has an empty lot among the open ones or one with points among the closed ones");
        }

        foreach (var earning in loaded.Earnings)
        {
            account.Require(earning is not null && earning.OrderId == keys.Earning, "has an earning it was not asked for");
            account.AddEarning(earning!);
        }

        foreach (var redemption in loaded.Redemptions.OrderBy(r => r.Id))
        {
            account.Require(redemption is not null && redemption.OrderId == keys.Redemptions && redemption.Id < live.NextRedemptionId, "has a redemption it was not asked for");
            account.AddRedemption(redemption!);
        }

        foreach (var refund in loaded.Refunds)
        {
            account.Require(refund == keys.Refund, "has a refund it was not asked for");
            account.AddRefund(refund);
        }

        if (loaded.Command is { } command)
        {
            account.Require(command.Key == keys.Command, "has an idempotency record it was not asked for");
            account.commands.Add(command);
            account.commandIndex.Add(command.Key, command);
        }

        return account;
    }

    /// <summary>Refuses a command that touches a keyed record a loaded account was not loaded with: it would decide on a record it does not hold.</summary>
    private void RequireLoaded(PointsKeys touches)
    {
        if (loadedKeys is null)
        {
            return;
        }

        if (!Covers(loadedKeys.Command, touches.Command) || !Covers(loadedKeys.Earning, touches.Earning)
            || !Covers(loadedKeys.Redemptions, touches.Redemptions) || !Covers(loadedKeys.Refund, touches.Refund))
        {
            throw new InvalidOperationException($"The points account of {CustomerId} was loaded for {loadedKeys} and cannot run a command that touches {touches}: load it with the command's keys.");
        }

        static bool Covers<T>(T? loaded, T? touched)
            where T : struct => touched is null || Equals(loaded, touched);
    }

    /// <summary>Starts recording what one command changes; returns where its entries start.</summary>
    private int Begin()
    {
        tracker.Clear();
        return entries.Count;
    }

    private void Raise(DomainEvent domainEvent) => tracker.Events.Add(domainEvent);

    /// <summary>Counts the command in the version and gathers what it changed into a change set.</summary>
    private PointsChangeSet Commit(List<PointsEntry> written, ProcessedCommand? record)
    {
        var expected = Version;
        Version++;
        var changedLots = tracker.Lots.Order().Select(LotOf).ToArray();
        var changedEarnings = tracker.Earnings.Order().Select(i => earnings[i]).ToArray();
        var changedRedemptions = tracker.Redemptions.Order().Select(i => redemptions[i]).ToArray();
        return new PointsChangeSet(expected, LiveState, written, changedLots, changedEarnings, changedRedemptions, tracker.Refunds.ToArray(), record, tracker.Events.ToArray());
    }

    private void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw BrokenLoad(what);
        }
    }

    private InvariantViolationException BrokenLoad(string what) => new($"The load of the points account of {CustomerId} {what}.");

    /// <summary>What the command being decided has changed so far, for its change set.</summary>
    private sealed class Tracker
    {
        public HashSet<int> Lots { get; } = [];

        public HashSet<int> Earnings { get; } = [];

        public HashSet<int> Redemptions { get; } = [];

        public List<RefundId> Refunds { get; } = [];

        public List<DomainEvent> Events { get; } = [];

        public void Clear()
        {
            Lots.Clear();
            Earnings.Clear();
            Redemptions.Clear();
            Refunds.Clear();
            Events.Clear();
        }
    }
}
