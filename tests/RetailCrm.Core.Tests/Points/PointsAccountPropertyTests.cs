namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Testing;

/// <summary>Invariants of the ledger over generated sequences of every command at generated instants.</summary>
[Properties(Arbitrary = [typeof(PointsArbitraries)], MaxTest = 300)]
public sealed class PointsAccountPropertyTests
{
    private static readonly CustomerId Customer = new("c-prop");

    [Property]
    public void Balance_always_equals_the_sum_of_the_entries_and_of_the_lots_less_debt(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);

            Assert.Equal(account.Entries.Sum(e => e.Change.Value), account.Balance.Value);
            Assert.Equal(account.Lots.Sum(l => l.Remaining.Value) - account.Debt.Value, account.Balance.Value);
            var position = account.BalanceAt(step.At);
            Assert.Equal(position.Total, position.Available + position.Pending + position.ExpiredNotWrittenOff);
        }
    }

    [Property]
    public void No_lot_ever_goes_below_zero_and_debt_is_never_negative(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);

            Assert.All(account.Lots, lot => Assert.False(lot.Remaining.IsNegative, $"lot {lot.Id} is {lot.Remaining}"));
            Assert.False(account.Debt.IsNegative);
        }
    }

    [Property]
    public void Redemption_never_spends_more_than_available_and_takes_the_earliest_expiring_points_first(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            var before = account.Lots.ToArray();
            var available = account.BalanceAt(Effective(account, step.At)).Available;
            var result = step.ApplyTo(account);
            if (step.Command is not RedeemPoints redeem || !result.Succeeded || result.IsReplay)
            {
                continue;
            }

            var at = result.Entries[0].At;
            Assert.True(redeem.Points <= available, $"spent {redeem.Points} with {available} available");
            Assert.Equal(-redeem.Points.Value, result.Change.Value);

            // Every spendable lot that expires strictly before the latest-expiring lot used must now be empty.
            var used = result.Entries.Select(e => before[e.LotId!.Value - 1]).ToArray();
            var latestUsed = used.Max(l => l.ExpiresAt ?? Instant.MaxValue);
            foreach (var lot in account.Lots.Where(l => l.IsSpendableAt(at)))
            {
                if ((lot.ExpiresAt ?? Instant.MaxValue) < latestUsed)
                {
                    Assert.True(lot.Remaining.IsZero, $"lot {lot.Id} expiring {lot.ExpiresAt} kept {lot.Remaining} while a later one was spent");
                }
            }

            Assert.All(used, lot => Assert.True(lot.IsSpendableAt(at), $"spent from lot {lot.Id} that is not spendable"));
        }
    }

    [Property]
    public void Replaying_any_earlier_command_returns_its_first_outcome_and_changes_nothing(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        var outcomes = new Dictionary<IdempotencyKey, PointsResult>();
        foreach (var step in scenario)
        {
            var result = step.ApplyTo(account);
            if (step.Command is { } command && !result.IsReplay)
            {
                outcomes[command.Key] = result;
            }
        }

        var version = account.Version;
        var entries = account.Entries.Count;
        var balance = account.Balance;
        foreach (var step in scenario.Where(s => s.Command is not null))
        {
            var replay = account.Execute(step.Command!, step.At + Duration.FromDays(400));
            var first = outcomes[step.Command!.Key];

            Assert.True(replay.IsReplay);
            Assert.Equal(first.Succeeded, replay.Succeeded);
            Assert.Equal(first.Reason, replay.Reason);
            Assert.Equal(first.Change, replay.Change);
            Assert.Equal(first.Value, replay.Value);
            Assert.Equal(first.Entries, replay.Entries);
        }

        Assert.Equal(version, account.Version);
        Assert.Equal(entries, account.Entries.Count);
        Assert.Equal(balance, account.Balance);
    }

    [Property]
    public void Expiry_never_removes_more_than_remained_and_leaves_no_expired_points(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            var before = account.Lots.ToArray();
            var result = step.ApplyTo(account);
            if (step.Command is not null)
            {
                continue;
            }

            foreach (var entry in result.Entries)
            {
                Assert.Equal(PointsEntryKind.Expired, entry.Kind);
                Assert.True(-entry.Change <= before[entry.LotId!.Value - 1].Remaining);
            }

            var at = result.Entries.Count > 0 ? result.Entries[0].At : step.At;
            Assert.All(account.Lots.Where(l => l.IsExpiredAt(at)), lot => Assert.True(lot.Remaining.IsZero));
            Assert.True(account.Expire(at).Entries.Count == 0, "a second expiry at the same instant wrote entries");
        }
    }

    [Property]
    public void Every_state_reached_survives_a_snapshot_round_trip(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
        }

        var snapshot = account.ToSnapshot();
        var rebuilt = PointsAccount.FromSnapshot(snapshot, PointsPolicy.Default);

        Assert.Equal(account.Balance, rebuilt.Balance);
        Assert.Equal(account.Debt, rebuilt.Debt);
        Assert.Equal(snapshot.Entries, rebuilt.ToSnapshot().Entries);
        Assert.Equal(snapshot.Lots, rebuilt.ToSnapshot().Lots);
    }

    [Property]
    public void Version_grows_by_one_for_each_new_command_and_never_on_a_replay(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            var version = account.Version;
            var result = step.ApplyTo(account);
            var expected = step.Command is null
                ? (result.Entries.Count > 0 ? 1 : 0)
                : (result.IsReplay ? 0 : 1);
            Assert.Equal(version + expected, account.Version);
        }
    }

    [Property]
    public void Clawback_never_removes_more_than_the_order_earned(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
        }

        foreach (var earning in account.Earnings)
        {
            var clawed = -account.Entries
                .Where(e => e.Kind == PointsEntryKind.ClawedBack && e.OrderId == earning.OrderId)
                .Sum(e => e.Change.Value);
            Assert.Equal(earning.ClawedBack.Value, clawed);
            Assert.True(earning.ClawedBack + earning.Waived <= earning.Earned);
            if (earning.Refunded == earning.GoodsValue)
            {
                Assert.Equal(earning.Earned, earning.ClawedBack + earning.Waived);
            }
        }
    }

    [Property]
    public void Every_order_has_taken_back_exactly_its_share_of_the_goods_refunded(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        var refunded = new Dictionary<OrderId, long>();
        foreach (var step in scenario)
        {
            var result = step.ApplyTo(account);
            if (step.Command is ClawBackPoints clawBack && result.Succeeded && !result.IsReplay)
            {
                refunded[clawBack.Refund.OrderId] = refunded.GetValueOrDefault(clawBack.Refund.OrderId) + clawBack.Refund.GoodsAmount.ToMinorUnits();
            }
        }

        foreach (var earning in account.Earnings)
        {
            // Naive reference: the cumulative refunded value as the test saw it, the product first, one division last.
            var share = checked(earning.Earned.Value * refunded.GetValueOrDefault(earning.OrderId)) / earning.GoodsValue.ToMinorUnits();
            Assert.Equal(share, earning.ClawedBack.Value + earning.Waived.Value);
        }
    }

    [Property]
    public void While_there_is_debt_no_unexpired_lot_holds_points(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
            if (account.Debt.IsPositive && account.LastEntryAt is { } now)
            {
                Assert.All(account.Lots.Where(l => !l.IsExpiredAt(now)), lot => Assert.True(lot.Remaining.IsZero, $"lot {lot.Id} holds {lot.Remaining} beside a debt of {account.Debt}"));
            }
        }
    }

    [Property]
    public void Entries_are_never_dated_before_the_entry_before_them(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
        }

        for (var i = 1; i < account.Entries.Count; i++)
        {
            Assert.True(account.Entries[i].At >= account.Entries[i - 1].At);
            Assert.Equal(i + 1, account.Entries[i].Id);
        }
    }

    private static Instant Effective(PointsAccount account, Instant at) =>
        account.LastEntryAt is { } last && last > at ? last : at;
}
