namespace RetailCrm.Promotions;

/// <summary>Whether a condition holds, and if not, why and what is missing.</summary>
/// <param name="IsMet">Whether the condition holds.</param>
/// <param name="Reason">Why not, when it does not.</param>
/// <param name="Shortfall">Minor units of spend missing, when spend is what is missing.</param>
/// <param name="MissingUnits">Units missing, when quantity is what is missing.</param>
internal readonly record struct ConditionOutcome(bool IsMet, PromotionReason Reason, long Shortfall = 0, long MissingUnits = 0)
{
    public static ConditionOutcome Met { get; } = new(true, PromotionReason.Applied);

    public static ConditionOutcome NotMet(PromotionReason reason, long shortfall = 0, long missingUnits = 0) =>
        new(false, reason, shortfall, missingUnits);

    public static ConditionOutcome When(bool isMet, PromotionReason reason) => isMet ? Met : NotMet(reason);
}
