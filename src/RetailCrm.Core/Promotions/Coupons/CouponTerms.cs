namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>
/// The terms of a coupon issued at runtime to one customer (a compensation coupon, a spend-and-get
/// coupon): how long it stays valid and how many orders may use it. The defaults make a
/// single-use coupon valid for 30 days from the instant it is issued.
/// </summary>
/// <remarks>
/// Give either <see cref="ValidFor"/> or <see cref="ValidUntil"/>, not both; with neither the
/// coupon is valid for <see cref="DefaultValidity"/>.
/// </remarks>
public sealed record CouponTerms
{
    /// <summary>How long an issued coupon stays valid when the terms say nothing: 30 days.</summary>
    public static readonly Duration DefaultValidity = Duration.FromDays(30);

    /// <summary>The default terms: one use, valid for 30 days from issue.</summary>
    public static CouponTerms Default { get; } = new();

    /// <summary>How long the coupon stays valid from the instant it is issued, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is zero or negative.</exception>
    public Duration? ValidFor
    {
        get;
        init => field = value is { } d && d <= Duration.Zero ? throw new ArgumentOutOfRangeException(nameof(ValidFor), value, "A positive duration.") : value;
    }

    /// <summary>The instant the coupon expires (exclusive), or <see langword="null"/>; must lie after the instant of issue.</summary>
    public Instant? ValidUntil { get; init; }

    /// <summary>How many orders may use the coupon in total; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public int MaxUses
    {
        get;
        init => field = value < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxUses), value, "At least 1.") : value;
    } = 1;

    /// <summary>The instant a coupon issued at <paramref name="issuedAt"/> under these terms expires.</summary>
    /// <exception cref="ArgumentException">Both limits are given, or <see cref="ValidUntil"/> is not after <paramref name="issuedAt"/>.</exception>
    internal Instant ExpiryFor(Instant issuedAt, string paramName)
    {
        RequireOneLimit(paramName);
        var until = ResolvedExpiry(issuedAt);
        return until > issuedAt
            ? until
            : throw new ArgumentException($"The coupon would expire at {until}, not after it is issued at {issuedAt}.", paramName);
    }

    /// <summary>Throws when both limits are given.</summary>
    /// <exception cref="ArgumentException">Both <see cref="ValidFor"/> and <see cref="ValidUntil"/> are given.</exception>
    internal void RequireOneLimit(string paramName)
    {
        if (ValidFor is not null && ValidUntil is not null)
        {
            throw new ArgumentException("Give the terms a ValidFor or a ValidUntil, not both.", paramName);
        }
    }

    /// <summary>The expiry these terms give a coupon issued at <paramref name="issuedAt"/>, unchecked.</summary>
    internal Instant ResolvedExpiry(Instant issuedAt) => ValidUntil ?? issuedAt + (ValidFor ?? DefaultValidity);
}
