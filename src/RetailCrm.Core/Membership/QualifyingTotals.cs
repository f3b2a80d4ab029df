namespace RetailCrm.Membership;

using RetailCrm.Primitives;

/// <summary>What a member did in a qualification window: qualifying spend, orders, confirmed points earned.</summary>
/// <param name="Spend">Qualifying spend, net of refunds.</param>
/// <param name="Orders">Orders paid and not fully refunded.</param>
/// <param name="Points">Points earned and confirmed (pending points do not count; spending points does not reduce it).</param>
public readonly record struct QualifyingTotals(Money Spend, long Orders, Points Points);
