namespace RetailCrm.Promotions;

/// <summary>One promotion's discount on one line, as a priced cart keeps it until its <see cref="PriceAdjustment"/> is read.</summary>
/// <param name="Promotion">The promotion.</param>
/// <param name="Amount">The discount in minor units, positive.</param>
internal readonly record struct CartAdjustment(Promotion Promotion, long Amount);
