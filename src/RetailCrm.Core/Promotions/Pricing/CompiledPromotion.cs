namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// A promotion as a catalog prepared it for pricing: its position in evaluation order, how its
/// lines are found, its caps in minor units, and the decisions that carry no amount, made once.
/// Immutable apart from that cache of decisions, which is safe to share across threads.
/// </summary>
internal sealed class CompiledPromotion
{
    private static readonly int ReasonCount = Enum.GetValues<PromotionReason>().Length;

    private readonly PromotionDecision?[] plainDecisions = new PromotionDecision?[ReasonCount];

    // Decisions naming a blocking promotion, made once and shared: for each of the four reasons a
    // promotion can block another for, a few slots chosen by the blocker's place in the catalog, so
    // carts blocked by any of a handful of promotions reuse their decisions instead of making new ones.
    private const int BlockerSlots = 8;
    private readonly PromotionDecision?[] blockedDecisions = new PromotionDecision?[4 * BlockerSlots];
    private readonly Currency currency;

    public CompiledPromotion(Promotion promotion, int index, Currency currency)
    {
        Promotion = promotion;
        Index = index;
        this.currency = currency;
        Flag = (PromotionClasses)promotion.Class;
        OrderLevel = promotion.Class != PromotionClass.Item;
        var target = promotion.Target;
        var excludes = target.ExcludedSkus.Count + target.ExcludedCategories.Count > 0;
        Lines = !target.IncludesAll ? LineSource.Indexed
            : target.IncludedSkus.Count == 0 && !excludes ? LineSource.Merchandise
            : LineSource.Every;
        ChecksEachLine = excludes || Lines == LineSource.Every;
        MaxDiscount = promotion.MaxDiscountPerOrder is { } cap ? cap.ToMinorUnits() : long.MaxValue;
        var limits = promotion.Limits;
        HasLimits = limits.MaxUses is not null || limits.MaxUsesPerCustomer is not null || limits.Stock is not null || limits.Budget is not null;
    }

    /// <summary>Where the lines a promotion may target are found.</summary>
    public enum LineSource
    {
        /// <summary>Through the catalog's index by SKU and category.</summary>
        Indexed,

        /// <summary>Every merchandise line.</summary>
        Merchandise,

        /// <summary>Every line, each checked against the selector.</summary>
        Every,
    }

    public Promotion Promotion { get; }

    /// <summary>The position in evaluation order.</summary>
    public int Index { get; }

    /// <summary>The promotion's class as a flag, for combination checks.</summary>
    public PromotionClasses Flag { get; }

    /// <summary>Whether the promotion discounts the order or shipping (never stored-value lines).</summary>
    public bool OrderLevel { get; }

    public LineSource Lines { get; }

    /// <summary>Whether a line found for the promotion must still pass its selector (exclusions, or SKUs beside every line).</summary>
    public bool ChecksEachLine { get; }

    /// <summary>The per-order cap in minor units, <see cref="long.MaxValue"/> for none.</summary>
    public long MaxDiscount { get; }

    /// <summary>Whether any limit counted across orders applies.</summary>
    public bool HasLimits { get; }

    /// <summary>
    /// The decision not to apply for <paramref name="reason"/> with nothing missing: the same for
    /// every cart, so it is made once and shared (decisions are immutable).
    /// </summary>
    public PromotionDecision NotApplied(PromotionReason reason) =>
        plainDecisions[(int)reason] ??= new PromotionDecision(Promotion, currency, PromotionOutcome.NotApplied, reason, 0, 0, 0, 0);

    /// <summary>
    /// The decision not to apply for <paramref name="reason"/> because of <paramref name="blocker"/>:
    /// the same for every cart the same promotion blocks, so the last one made is kept and reused
    /// (a slot holds one whole immutable decision, so threads replacing it never mix two).
    /// </summary>
    public PromotionDecision Blocked(PromotionReason reason, CompiledPromotion? blocker)
    {
        if (blocker is null)
        {
            return NotApplied(reason);
        }

        var slot = (BlockingReason(reason) * BlockerSlots) + (blocker.Index & (BlockerSlots - 1));
        var cached = blockedDecisions[slot];
        if (cached is not null && ReferenceEquals(cached.Blocker, blocker.Promotion))
        {
            return cached;
        }

        var made = new PromotionDecision(Promotion, currency, PromotionOutcome.NotApplied, reason, 0, 0, 0, 0, blocker.Promotion);
        blockedDecisions[slot] = made;
        return made;
    }

    // The reasons for which another promotion is the cause.
    private static int BlockingReason(PromotionReason reason) => reason switch
    {
        PromotionReason.ExclusivePromotionApplied => 0,
        PromotionReason.StoppedByHigherPriority => 1,
        PromotionReason.OtherPromotionsApplied => 2,
        PromotionReason.DoesNotCombine => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Only a blocking reason names the promotion that blocked."),
    };
}
