namespace RetailCrm.Promotions;

/// <summary>A set of <see cref="PromotionClass"/> values: the classes a promotion agrees to be combined with.</summary>
[Flags]
public enum PromotionClasses
{
    /// <summary>Combines with nothing: once anything has applied, this promotion does not, and after it nothing else does.</summary>
    None = 0,

    /// <summary>Combines with item promotions.</summary>
    Item = PromotionClass.Item,

    /// <summary>Combines with order promotions.</summary>
    Order = PromotionClass.Order,

    /// <summary>Combines with shipping promotions.</summary>
    Shipping = PromotionClass.Shipping,

    /// <summary>Combines with every class (the default).</summary>
    All = Item | Order | Shipping,
}
