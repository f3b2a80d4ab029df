namespace RetailCrm.Credit;

/// <summary>What recording a completed trade did in the seller's and in the buyer's profile.</summary>
/// <param name="Seller">The result in the seller's profile.</param>
/// <param name="Buyer">The result in the buyer's profile.</param>
public sealed record TradeRecordResult(FeedbackResult Seller, FeedbackResult Buyer);
