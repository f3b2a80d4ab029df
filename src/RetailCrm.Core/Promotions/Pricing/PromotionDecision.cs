namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// What happened to one promotion considered for a cart: applied and for how much, or not applied
/// and why, with what it would take (the missing spend or quantity) when that is what is missing.
/// </summary>
public sealed class PromotionDecision
{
    // Amounts are kept in minor units (none is 0) and the promotion by reference: a cart's decisions
    // are part of every priced cart, so they stay small.
    private readonly Promotion promotion;
    private readonly Currency currency;
    private readonly long discount;
    private readonly long shortfall;
    private readonly long missingQuantity;
    private readonly Promotion? blocker;
    private string? message;
    private string? hint;

    internal PromotionDecision(Promotion promotion, Currency currency, PromotionOutcome outcome, PromotionReason reason, long discount, long units, long shortfall, long missingQuantity, Promotion? blocker = null)
    {
        this.blocker = blocker;
        this.promotion = promotion;
        this.currency = currency;
        Outcome = outcome;
        Reason = reason;
        this.discount = discount;
        Units = units;
        this.shortfall = shortfall;
        this.missingQuantity = missingQuantity;
    }

    /// <summary>The promotion.</summary>
    public PromotionId Promotion => promotion.Id;

    /// <summary>The promotion's name.</summary>
    public string Name => promotion.Name;

    /// <summary>The promotion's class.</summary>
    public PromotionClass Class => promotion.Class;

    /// <summary>Applied or not.</summary>
    public PromotionOutcome Outcome { get; }

    /// <summary>Why; <see cref="PromotionReason.Applied"/> when it applied.</summary>
    public PromotionReason Reason { get; }

    /// <summary>The money the promotion took off the cart (lines and shipping); zero when it did not apply or gives no discount.</summary>
    public Money Discount => Money.FromMinorUnits(discount, currency);

    /// <summary>
    /// How many units the promotion discounted, as flash-sale stock counts them (a bundle counts one
    /// per set); zero for order and shipping promotions.
    /// </summary>
    public long Units { get; }

    /// <summary>The spend still missing: to qualify when not applied, or for the next tier when applied; <see langword="null"/> when spend is not what is missing.</summary>
    public Money? Shortfall => shortfall > 0 ? Money.FromMinorUnits(shortfall, currency) : null;

    /// <summary>The units still missing, like <see cref="Shortfall"/> for quantities.</summary>
    public long? MissingQuantity => missingQuantity > 0 ? missingQuantity : null;

    /// <summary>
    /// The promotion that kept this one from applying, when another promotion did: the exclusive
    /// promotion that applied (<see cref="PromotionReason.ExclusivePromotionApplied"/>), the promotion
    /// that stopped further ones on the targeted lines or the shipping charge
    /// (<see cref="PromotionReason.StoppedByHigherPriority"/>), the first promotion already applied
    /// when this one is exclusive (<see cref="PromotionReason.OtherPromotionsApplied"/>), or the first
    /// applied promotion it does not combine with (<see cref="PromotionReason.DoesNotCombine"/>);
    /// <see langword="null"/> for every other reason.
    /// </summary>
    public PromotionId? BlockedBy => blocker?.Id;

    /// <summary>The name of the promotion in <see cref="BlockedBy"/>, or <see langword="null"/>.</summary>
    public string? BlockedByName => blocker?.Name;

    /// <summary>A sentence for the customer or the support agent, naming the blocking promotion when there is one (worded when first read).</summary>
    public string Message => message ??= DecisionText.For(Reason, promotion, blocker, Discount, Shortfall, MissingQuantity);

    /// <summary>The blocking promotion itself, for the catalog's cache of decisions.</summary>
    internal Promotion? Blocker => blocker;

    /// <summary>What it would take, e.g. "Add CNY 12.50 more to get CNY 20.00 off"; <see langword="null"/> when nothing would (worded when first read).</summary>
    public string? Hint => shortfall <= 0 && missingQuantity <= 0 ? null : hint ??= DecisionText.Hint(Applied, Shortfall, MissingQuantity);

    /// <summary>Whether the promotion applied.</summary>
    public bool Applied => Outcome == PromotionOutcome.Applied;

    /// <summary>"Spend 200 get 20: NotApplied BelowMinimumSpend (Add CNY 12.50 more...)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Outcome} {Reason} {Discount}" + (Hint is null ? string.Empty : $" ({Hint})");
}
