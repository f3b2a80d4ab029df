namespace RetailCrm.Promotions;

/// <summary>A discount worked out per line from the units it covers: percent off, amount off, fixed price.</summary>
internal interface IUnitDiscount
{
    /// <summary>The discount on <paramref name="units"/> units of canonical line <paramref name="k"/>, before capping at their value.</summary>
    long DiscountOn(PricingRun run, int k, long units);
}
