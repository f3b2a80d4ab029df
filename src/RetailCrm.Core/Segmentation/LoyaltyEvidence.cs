namespace RetailCrm.Segmentation;

/// <summary>What is known of one customer's loyalty: the attitude (a satisfaction answer) and the behaviour (repeat purchases in a window).</summary>
/// <param name="Satisfaction">The customer's satisfaction answer.</param>
/// <param name="Purchases">How many orders the customer placed in the window.</param>
public readonly record struct LoyaltyEvidence(Satisfaction Satisfaction, int Purchases);
