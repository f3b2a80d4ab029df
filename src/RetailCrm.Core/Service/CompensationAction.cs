namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// One compensation for a complaint, under a name unique on the complaint ("goodwill-points"): the
/// name and the complaint's id make the idempotency key it is issued with.
/// </summary>
public sealed record CompensationAction
{
    private CompensationAction(string name, CompensationKind kind, Points points, Money? value, PromotionId? promotion, string? note)
    {
        Name = Identifier.Require(name, nameof(name));
        Kind = kind;
        Points = points;
        Value = value;
        Promotion = promotion;
        Note = note;
    }

    /// <summary>The name, unique on the complaint.</summary>
    public string Name { get; }

    /// <summary>What it gives.</summary>
    public CompensationKind Kind { get; }

    /// <summary>The points credited (zero unless a points credit).</summary>
    public Points Points { get; }

    /// <summary>What a coupon or a gift is worth, or <see langword="null"/>.</summary>
    public Money? Value { get; }

    /// <summary>The promotion a coupon unlocks, or <see langword="null"/>.</summary>
    public PromotionId? Promotion { get; }

    /// <summary>A note for the customer or the agent, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>An apology.</summary>
    /// <param name="name">The name on the complaint.</param>
    /// <param name="note">The apology's text, or <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid identifier.</exception>
    public static CompensationAction Apology(string name, string? note = null) => new(name, CompensationKind.Apology, Points.Zero, null, null, note);

    /// <summary>A points credit.</summary>
    /// <param name="name">The name on the complaint.</param>
    /// <param name="points">The points; positive.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive.</exception>
    public static CompensationAction PointsCredit(string name, Points points, string? note = null) =>
        points.IsPositive ? new(name, CompensationKind.PointsCredit, points, null, null, note) : throw new ArgumentOutOfRangeException(nameof(points), points, "A points credit is positive.");

    /// <summary>A coupon for a promotion, worth <paramref name="value"/> to the customer.</summary>
    /// <param name="name">The name on the complaint.</param>
    /// <param name="promotion">The promotion the coupon unlocks.</param>
    /// <param name="value">What it is worth (its discount); positive.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="promotion"/> is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public static CompensationAction Coupon(string name, PromotionId promotion, Money value, string? note = null)
    {
        IdArgument.Require(promotion, nameof(promotion));
        return value.IsPositive ? new(name, CompensationKind.Coupon, Points.Zero, value, promotion, note)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A coupon is worth something.");
    }

    /// <summary>A gift worth <paramref name="value"/>.</summary>
    /// <param name="name">The name on the complaint.</param>
    /// <param name="value">What it is worth; positive.</param>
    /// <param name="description">What the gift is.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="description"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not positive.</exception>
    public static CompensationAction Gift(string name, Money value, string description) =>
        value.IsPositive ? new(name, CompensationKind.Gift, Points.Zero, value, null, Guard.Against.NullOrWhiteSpace(description))
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A gift is worth something.");

    /// <summary>A return, an exchange or a repair of the goods of the complaint's order.</summary>
    /// <param name="name">The name on the complaint.</param>
    /// <param name="kind"><see cref="CompensationKind.Return"/>, <see cref="CompensationKind.Exchange"/> or <see cref="CompensationKind.Repair"/>.</param>
    /// <param name="note">What is taken back, exchanged or repaired, or <see langword="null"/>.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the three.</exception>
    public static CompensationAction Remedy(string name, CompensationKind kind, string? note = null) =>
        kind is CompensationKind.Return or CompensationKind.Exchange or CompensationKind.Repair
            ? new(name, kind, Points.Zero, null, null, note)
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "A remedy is a return, an exchange or a repair.");

    /// <summary>The name, the kind and the amount, e.g. "goodwill-points: PointsCredit 200 pts".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Kind}" + (Kind == CompensationKind.PointsCredit ? $" {Points}" : Value is { } v ? $" {v}" : string.Empty);
}
