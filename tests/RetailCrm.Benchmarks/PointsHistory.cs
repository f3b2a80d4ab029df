namespace RetailCrm.Benchmarks;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// A generated points account with a long history: many lots, each earned on an order and later
/// spent in full on another, plus a few open lots (earned recently, spendable now) holding
/// plenty of points. Built as a snapshot, the way a store would load it.
/// </summary>
public static class PointsHistory
{
    /// <summary>The instant the benchmarks act at: after the history and after the open lots are spendable.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 12, 0);

    /// <summary>The customer.</summary>
    public static readonly CustomerId Customer = new("c-history");

    /// <summary>How many open lots the account holds.</summary>
    public const int OpenLots = 4;

    /// <summary>The points in each open lot.</summary>
    public const long PointsPerOpenLot = 1_000_000_000;

    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>Builds the snapshot.</summary>
    /// <param name="historicalLots">How many spent lots precede the open ones.</param>
    /// <param name="policy">The policy (its expiry decides the lots' expiry).</param>
    /// <returns>A snapshot that <see cref="PointsAccount.FromSnapshot"/> accepts.</returns>
    public static PointsAccountSnapshot Build(int historicalLots, PointsPolicy policy)
    {
        var lots = new List<PointsLot>(historicalLots + OpenLots);
        var entries = new List<PointsEntry>((2 * historicalLots) + OpenLots);
        var redemptions = new List<PointsRedemption>(historicalLots);
        var earnings = new List<OrderEarning>(historicalLots + OpenLots);
        var step = Duration.FromSeconds(10);
        var zero = Money.Zero(policy.Currency);
        var at = Start;
        for (var i = 0; i < historicalLots; i++)
        {
            // Each order earns 100 points; a later order spends them all.
            var earned = Points.Of(100);
            var order = new OrderId($"h{i}");
            var lot = new PointsLot(i + 1, LotSource.Order, order, at, at + policy.PendingPeriod, policy.Expiry.ExpiresAt(at, policy.TimeZone), earned, Points.Zero, Points.Zero);
            lots.Add(lot);
            entries.Add(new PointsEntry(entries.Count + 1, at, PointsEntryKind.Earned, earned, lot.Id, Points.Zero, order, null, null, new IdempotencyKey($"e{i}"), null));
            earnings.Add(new OrderEarning(order, at, lot.Id, earned, Money.Of(100m, policy.Currency), zero, Points.Zero, Points.Zero));
            at += step;
            var spentOn = new OrderId($"s{i}");
            var value = policy.Redemption.Rate.ValueOf(earned);
            redemptions.Add(new PointsRedemption(redemptions.Count + 1, spentOn, earned, value, at, null, [new PointsTaken(lot.Id, earned)]));
            entries.Add(new PointsEntry(entries.Count + 1, at, PointsEntryKind.Redeemed, -earned, lot.Id, Points.Zero, spentOn, null, redemptions.Count, new IdempotencyKey($"r{i}"), null));
            at += step;
        }

        // The open lots: earned well before Now, so their pending period is over, expiring after Now.
        var openAt = Now - Duration.FromDays(30);
        if (at > openAt)
        {
            throw new InvalidOperationException("The history runs past the open lots.");
        }

        for (var i = 0; i < OpenLots; i++)
        {
            var points = Points.Of(PointsPerOpenLot);
            var order = new OrderId($"o{i}");
            var credited = openAt + Duration.FromMinutes(i);
            var lot = new PointsLot(lots.Count + 1, LotSource.Order, order, credited, credited + policy.PendingPeriod, policy.Expiry.ExpiresAt(credited, policy.TimeZone), points, points, Points.Zero);
            lots.Add(lot);
            entries.Add(new PointsEntry(entries.Count + 1, credited, PointsEntryKind.Earned, points, lot.Id, Points.Zero, order, null, null, new IdempotencyKey($"o{i}"), null));
            earnings.Add(new OrderEarning(order, credited, lot.Id, points, Money.Of(points.Value, policy.Currency), zero, Points.Zero, Points.Zero));
        }

        return new PointsAccountSnapshot(Customer, entries.Count, lots, entries, redemptions, earnings, [], []);
    }
}
