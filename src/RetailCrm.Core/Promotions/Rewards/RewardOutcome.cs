namespace RetailCrm.Promotions;

/// <summary>What a reward proposes for a cart, or why it gives nothing; and what the next step up would take.</summary>
internal readonly record struct RewardOutcome(
    bool IsApplied,
    PromotionReason Reason,
    long Shortfall = 0,
    long MissingUnits = 0,
    long UnitsUsed = 0,
    long NextShortfall = 0,
    long NextMissingUnits = 0)
{
    public static RewardOutcome Applied(long unitsUsed = 0, long nextShortfall = 0, long nextMissingUnits = 0) =>
        new(true, PromotionReason.Applied, UnitsUsed: unitsUsed, NextShortfall: nextShortfall, NextMissingUnits: nextMissingUnits);

    public static RewardOutcome NotApplied(PromotionReason reason, long shortfall = 0, long missingUnits = 0) =>
        new(false, reason, shortfall, missingUnits);

    /// <summary>Applied when <paramref name="run"/> spends at least <paramref name="threshold"/> minor units, otherwise the shortfall.</summary>
    public static RewardOutcome AtThreshold(PricingRun run, long threshold) =>
        run.EligibleSubtotal >= threshold ? Applied() : NotApplied(PromotionReason.BelowMinimumSpend, shortfall: threshold - run.EligibleSubtotal);
}
