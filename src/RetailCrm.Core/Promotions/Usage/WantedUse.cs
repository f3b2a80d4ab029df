namespace RetailCrm.Promotions;

/// <summary>A use an order asks to record: the promotion (with its limits), the use, and the coupon it names (with its limits), if known.</summary>
internal sealed record WantedUse(Promotion Promotion, PromotionUse Use, Coupon? Coupon);
