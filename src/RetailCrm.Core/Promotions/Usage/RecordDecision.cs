namespace RetailCrm.Promotions;

/// <summary>What recording an order decided: the result, and the change to commit (none for a replay, a rejection or an order with no counted use).</summary>
internal sealed record RecordDecision(OrderPromotionsResult Result, PromotionUsageChange? Change);
