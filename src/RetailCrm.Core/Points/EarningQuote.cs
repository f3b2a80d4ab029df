namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>What an order earns under a policy, and why: for the ledger and for a storefront's "you will earn" line.</summary>
/// <param name="Points">The points the order earns, whole, after the cap.</param>
/// <param name="EarningBase">The money that earns points: goods paid in money (and shipping, if the policy says so).</param>
/// <param name="Campaign">The bonus campaign that applied, or null.</param>
/// <param name="Capped">Whether the per-order cap cut the points.</param>
public sealed record EarningQuote(Points Points, Money EarningBase, BonusCampaign? Campaign, bool Capped);
