namespace RetailCrm.Samples.Tour;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>The shop's membership ladder: three tiers over a rolling 12 months.</summary>
internal static class ShopTiers
{
    public static TierLadder Ladder(DateTimeZone zone) => new(
        Currency.CNY,
        zone,
        QualificationWindow.Last12Months,
        new TierDefinition(new TierId("regular"), "Regular", TierRequirement.None),
        new TierDefinition(new TierId("silver"), "Silver", new TierRequirement { MinSpend = Cny(1_000m) })
        {
            Benefits = new TierBenefits { ExtraDiscount = Percentage.FromPercent(3), PointsMultiplier = 1.2m, MemberOnlyAccess = true },
        },
        new TierDefinition(new TierId("gold"), "Gold", new TierRequirement { MinSpend = Cny(5_000m), MinOrders = 8 })
        {
            Benefits = new TierBenefits { ExtraDiscount = Percentage.FromPercent(5), PointsMultiplier = 1.5m, FreeShippingFrom = Cny(0m), MemberOnlyAccess = true },
        });

    private static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);
}
