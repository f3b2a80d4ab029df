namespace RetailCrm.Promotions;

/// <summary>
/// What recording an order's promotions did: every use recorded, or none (the first limit reached
/// is given; the order's uses are written in one commit, so nothing of it was written). Reprice the
/// cart on a rejection.
/// </summary>
public sealed class OrderPromotionsResult
{
    internal OrderPromotionsResult(IReadOnlyList<PromotionUse> recorded, PromotionId? rejectedPromotion, Rejection<UsageRejectionReason>? rejection)
    {
        Recorded = recorded;
        RejectedPromotion = rejectedPromotion;
        Rejection = rejection;
    }

    /// <summary>Whether every use was recorded.</summary>
    public bool Succeeded => Rejection is null;

    /// <summary>The uses recorded (empty after a rejection).</summary>
    public IReadOnlyList<PromotionUse> Recorded { get; }

    /// <summary>The promotion whose limit was reached, after a rejection.</summary>
    public PromotionId? RejectedPromotion { get; }

    /// <summary>Why the order's promotions could not be recorded.</summary>
    public Rejection<UsageRejectionReason>? Rejection { get; }

    /// <summary>"recorded 2 uses" or the rejection.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rejection is null ? $"recorded {Recorded.Count} uses" : $"{RejectedPromotion}: {Rejection}";
}
