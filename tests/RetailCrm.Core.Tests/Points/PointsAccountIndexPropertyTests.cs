namespace RetailCrm.Tests.Points;

using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Testing;

/// <summary>
/// The account reads only its lots with points left: the index of open lots always holds exactly
/// those lots, and every position computed from it equals the one computed from all the lots.
/// </summary>
[Properties(Arbitrary = [typeof(PointsArbitraries)], MaxTest = 300)]
public sealed class PointsAccountIndexPropertyTests
{
    private static readonly CustomerId Customer = new("c-index");

    [Property]
    public void The_open_lots_are_exactly_the_lots_with_points_left_after_every_step_and_a_round_trip(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
            AssertIndexed(account);
        }

        AssertIndexed(PointsAccount.FromSnapshot(account.ToSnapshot(), PointsPolicy.Default));
    }

    [Property]
    public void The_position_equals_the_one_summed_over_every_lot(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            step.ApplyTo(account);
            foreach (var at in new[] { step.At, step.At + Duration.FromDays(8), step.At + Duration.FromDays(400) })
            {
                Assert.Equal(FromEveryLot(account, at), account.BalanceAt(at));
            }
        }
    }

    [Property]
    public void Expiry_writes_off_the_lots_oldest_first(PointsOperation[] scenario)
    {
        var account = PointsAccount.Open(Customer, PointsPolicy.Default);
        foreach (var step in scenario)
        {
            var result = step.ApplyTo(account);
            if (step.Command is null)
            {
                var lots = result.Entries.Select(e => e.LotId!.Value).ToArray();
                Assert.Equal(lots.Order(), lots);
            }
        }
    }

    private static void AssertIndexed(PointsAccount account)
    {
        var expected = account.Lots.Where(l => l.Remaining.IsPositive).Select(l => l.Id).Order();
        Assert.Equal(expected, account.OpenLotIds.Order());
    }

    // The position as a scan over every lot computes it.
    private static PointsBalance FromEveryLot(PointsAccount account, Instant at)
    {
        Points spendable = Points.Zero, pending = Points.Zero, expired = Points.Zero, soon = Points.Zero;
        Instant? next = null;
        foreach (var lot in account.Lots.Where(l => l.Remaining.IsPositive))
        {
            if (lot.IsExpiredAt(at))
            {
                expired += lot.Remaining;
                continue;
            }

            if (lot.IsPendingAt(at))
            {
                pending += lot.Remaining;
            }
            else
            {
                spendable += lot.Remaining;
                soon += lot.ExpiresAt is { } e && e <= at + account.Policy.ExpiringSoonWindow ? lot.Remaining : Points.Zero;
            }

            next = lot.ExpiresAt is { } expiry && (next is null || expiry < next) ? expiry : next;
        }

        return new PointsBalance(at, account.Balance, spendable - account.Debt, pending, expired, account.Debt, soon, next);
    }
}
