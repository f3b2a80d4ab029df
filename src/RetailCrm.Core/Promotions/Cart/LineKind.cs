namespace RetailCrm.Promotions;

/// <summary>What a cart line sells, which decides the discounts it can take.</summary>
public enum LineKind
{
    /// <summary>Ordinary goods or services: every promotion that targets the line may discount it.</summary>
    Merchandise = 0,

    /// <summary>
    /// A gift card, top-up or other stored value. Order-level discounts never touch it (otherwise
    /// customers buy money at a discount), it never counts towards an order-level spend threshold, and item
    /// promotions reach it only when they name its SKU.
    /// </summary>
    StoredValue = 1,
}
