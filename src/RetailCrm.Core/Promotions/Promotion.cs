namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One promotion as data: what it targets, when it applies, what it gives, how it combines with
/// others and what limits it. Immutable; a <see cref="PromotionCatalog"/> validates a set of them.
/// </summary>
/// <example>
/// <code>
/// new Promotion(new PromotionId("618-phones"), "618: 30% off phones", Reward.PercentOff(Percentage.FromPercent(30)))
/// {
///     Target = ProductSelector.Categories(new CategoryId("phones")),
///     Condition = Condition.Between(new LocalDateTime(2026, 6, 18, 0, 0), new LocalDateTime(2026, 6, 19, 0, 0)),
///     Priority = 100,
/// };
/// </code>
/// </example>
public sealed class Promotion
{
    /// <summary>Creates a promotion with the defaults: every line, no condition, stackable, priority 0, no limits.</summary>
    /// <param name="id">The stable id: what usage is counted under and decisions name; it never decides the order of evaluation.</param>
    /// <param name="name">What customers and agents read, e.g. "Spend 200 get 20".</param>
    /// <param name="reward">What the promotion gives.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reward"/> is null.</exception>
    public Promotion(PromotionId id, string name, Reward reward)
    {
        Id = id.Value.Length > 0 ? id : throw new ArgumentException("The promotion id is required.", nameof(id));
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Reward = Guard.Against.Null(reward);
    }

    /// <summary>The stable id.</summary>
    public PromotionId Id { get; }

    /// <summary>The name customers and agents read.</summary>
    public string Name { get; }

    /// <summary>What the promotion gives.</summary>
    public Reward Reward { get; }

    /// <summary>What the promotion discounts (from its reward): item, order or shipping.</summary>
    public PromotionClass Class => Reward.Class;

    /// <summary>The lines the promotion is about; every merchandise line by default.</summary>
    /// <exception cref="ArgumentNullException">The selector is null.</exception>
    public ProductSelector Target
    {
        get => field ?? ProductSelector.All;
        init => field = Guard.Against.Null(value, nameof(Target));
    }

    /// <summary>When the promotion applies; always by default.</summary>
    /// <exception cref="ArgumentNullException">The condition is null.</exception>
    public Condition Condition
    {
        get => field ?? Condition.Always;
        init => field = Guard.Against.Null(value, nameof(Condition));
    }

    /// <summary>
    /// Among promotions of the same class (item, order, shipping), higher priorities are considered
    /// first; see <see cref="PromotionCatalog.Promotions"/> for the whole order.
    /// </summary>
    public int Priority { get; init; }

    /// <summary>Whether others may apply alongside: stackable (the default), exclusive, or stopping further promotions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Promotions.Stacking"/>.</exception>
    public Stacking Stacking
    {
        get;
        init => field = ArgumentRange.Defined(value, nameof(Stacking));
    }

    /// <summary>
    /// The classes of promotions this one may be combined with; all by default. Two promotions
    /// combine only when each lists the other's class.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has undefined flags.</exception>
    public PromotionClasses CombinesWith
    {
        get;
        init => field = (value & ~PromotionClasses.All) == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CombinesWith), value, "Only Item, Order and Shipping may be combined.");
    } = PromotionClasses.All;

    /// <summary>Whether a percentage applies to the price already reduced (the default) or to the list price.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Promotions.PercentBase"/>.</exception>
    public PercentBase PercentBase
    {
        get;
        init => field = ArgumentRange.Defined(value, nameof(PercentBase));
    }

    /// <summary>Whether the promotion applies only when a valid coupon for it is presented.</summary>
    public bool RequiresCoupon { get; init; }

    /// <summary>The first instant the promotion is valid, or <see langword="null"/> for no start.</summary>
    public Instant? ValidFrom { get; init; }

    /// <summary>The instant the promotion stops being valid (exclusive), or <see langword="null"/> for no end.</summary>
    public Instant? ValidUntil { get; init; }

    /// <summary>The most one order may be discounted by this promotion (shipping included), or <see langword="null"/> for no cap.</summary>
    /// <exception cref="ArgumentException">The cap is not rounded or not positive.</exception>
    public Money? MaxDiscountPerOrder
    {
        get;
        init => field = value is { } cap ? MoneyArgument.RoundedPositive(cap, nameof(MaxDiscountPerOrder)) : null;
    }

    /// <summary>The limits counted across orders: uses, uses per customer, flash-sale stock, budget.</summary>
    /// <exception cref="ArgumentNullException">The limits are null.</exception>
    public PromotionLimits Limits
    {
        get => field ?? PromotionLimits.None;
        init => field = Guard.Against.Null(value, nameof(Limits));
    }

    /// <summary>The promotion's name and id.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Id})";
}
