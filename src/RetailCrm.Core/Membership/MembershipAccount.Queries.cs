namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Primitives;

public sealed partial class MembershipAccount
{
    /// <summary>What the member did in the qualification window that contains <paramref name="at"/>, up to it.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>Spend net of refunds, orders, and points confirmed by <paramref name="at"/>.</returns>
    public QualifyingTotals TotalsAt(Instant at) =>
        TotalsBetween(StartOf(Ladder.Window.StartFor(DateOf(at), JoinedOn)), at, exclusiveEnd: false, at);

    /// <summary>What the member still needs for the next tier, and by when, at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The progress.</returns>
    public TierProgress ProgressAt(Instant at)
    {
        var totals = TotalsAt(at);
        var rank = Rank(CurrentTier);
        var keeps = Ladder.Tiers[rank].Requirement.IsMetBy(totals) || Ladder.Tiers[rank].Lifetime;
        if (rank + 1 >= Ladder.Tiers.Count)
        {
            return new TierProgress(CurrentTier, null, totals, null, null, null, false, Ladder.Window.EndOf(DateOf(at), JoinedOn), NextReview, keeps);
        }

        var next = Ladder.Tiers[rank + 1];
        var requirement = next.Requirement;
        Money? spend = requirement.MinSpend is { } s ? Money.Max(s - totals.Spend, Money.Zero(Ladder.Currency)) : null;
        long? orders = requirement.MinOrders is { } o ? Math.Max(0, o - totals.Orders) : null;
        Points? points = requirement.MinPoints is { } p ? Points.Of(Math.Max(0, p.Value - totals.Points.Value)) : null;
        return new TierProgress(CurrentTier, next.Id, totals, spend, orders, points, requirement.Mode == RequirementMode.Any, Ladder.Window.EndOf(DateOf(at), JoinedOn), NextReview, keeps);
    }

    private QualifyingTotals TotalsBetween(Instant start, Instant end, bool exclusiveEnd, Instant asOf)
    {
        var spend = 0m;
        var orders = 0L;
        var points = 0L;
        foreach (var activity in activities)
        {
            var inside = activity.At >= start && (exclusiveEnd ? activity.At < end : activity.At <= end);
            if (inside && activity.CountsFrom <= asOf)
            {
                spend += activity.Spend.Amount;
                orders += activity.Orders;
                points = checked(points + activity.Points.Value);
            }
        }

        return new QualifyingTotals(Money.Of(spend, Ladder.Currency), orders, Points.Of(points));
    }
}
