namespace RetailCrm.Promotions;

/// <summary>How a promotion lets others apply alongside it.</summary>
public enum Stacking
{
    /// <summary>Others may apply too, as the promotion classes allow (the default).</summary>
    Stackable = 0,

    /// <summary>
    /// Nothing else applies: the promotion applies only if no promotion of higher priority has,
    /// and once it has, every later promotion is not applied (reason <see cref="PromotionReason.ExclusivePromotionApplied"/>).
    /// </summary>
    Exclusive = 1,

    /// <summary>
    /// Promotions of lower priority are stopped, but only for the lines this promotion actually
    /// discounted (and for the shipping charge, if it discounted shipping); the rest of the cart stays open.
    /// </summary>
    StopsFurther = 2,
}
