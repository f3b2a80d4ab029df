namespace RetailCrm.Promotions;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Issues coupons at runtime to one customer: a compensation coupon after a complaint, the
/// coupons a spend-and-get promotion earned. Each coupon gets a fresh generated code (with a
/// check character), is issued to the customer alone, and by default is valid once within 30
/// days (<see cref="CouponTerms"/>). Issuing is idempotent: a retried request with the same key
/// returns the coupon issued the first time, even when the retries race each other.
/// </summary>
/// <remarks>
/// Issued coupons are kept in an <see cref="IIssuedCouponRepository"/>;
/// <see cref="PromotionService"/> given the same repository prices them and counts their uses
/// exactly as it does for the catalog's coupons.
/// </remarks>
public sealed class CouponIssuer
{
    // A fresh code collides with a stored one about once in 10^9 issues at a million coupons;
    // more misses in a row than this mean the store refuses every code, which retrying cannot cure.
    private const int MaxAttempts = 16;

    private readonly PromotionCatalog catalog;
    private readonly IIssuedCouponRepository repository;
    private readonly IClock clock;
    private readonly CouponCodeGenerator codes;

    /// <summary>Creates the issuer.</summary>
    /// <param name="catalog">The promotions coupons may unlock.</param>
    /// <param name="repository">Where issued coupons are kept.</param>
    /// <param name="clock">The clock the instant of issue, and so the validity, is read from.</param>
    /// <param name="codes">The shape of the codes; ten random characters and a check character in groups of four when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="repository"/> or <paramref name="clock"/> is null.</exception>
    public CouponIssuer(PromotionCatalog catalog, IIssuedCouponRepository repository, IClock clock, CouponCodeGenerator? codes = null)
    {
        this.catalog = Guard.Against.Null(catalog);
        this.repository = Guard.Against.Null(repository);
        this.clock = Guard.Against.Null(clock);
        this.codes = codes ?? new CouponCodeGenerator();
    }

    /// <summary>
    /// Issues a coupon for <paramref name="promotion"/> to <paramref name="customer"/>, or returns
    /// the coupon issued before under <paramref name="key"/>.
    /// </summary>
    /// <param name="customer">The only customer who may use the coupon.</param>
    /// <param name="promotion">The promotion it unlocks: in the catalog, and requiring a coupon.</param>
    /// <param name="key">Identifies the request, e.g. "complaint-4711:compensation"; a retry with the same key returns the same coupon.</param>
    /// <param name="terms">
    /// Validity and uses; <see cref="CouponTerms.Default"/> (one use, 30 days) when null. Part of the
    /// request: a replay must give the same uses and, counted from the first issue, the same expiry.
    /// </param>
    /// <param name="cancellationToken">Cancels the issue.</param>
    /// <returns>The coupon, with its code to show the customer.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="customer"/> or <paramref name="key"/> is <c>default</c>; <paramref name="promotion"/> is not in the
    /// catalog or does not require a coupon; <paramref name="terms"/> give both a duration and an end, or an end not after now.
    /// </exception>
    /// <exception cref="IdempotencyKeyReusedException">
    /// <paramref name="key"/> was used for a coupon of another customer or promotion, or on other terms
    /// (another number of uses, or another expiry than these terms give counted from the first issue).
    /// </exception>
    /// <exception cref="InvalidOperationException">The repository refused every fresh code.</exception>
    public async Task<Coupon> IssueAsync(
        CustomerId customer,
        PromotionId promotion,
        IdempotencyKey key,
        CouponTerms? terms = null,
        CancellationToken cancellationToken = default)
    {
        Require(customer, promotion, key);
        terms ??= CouponTerms.Default;
        terms.RequireOneLimit(nameof(terms));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await repository.FindByKeyAsync(key, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                return Replay(earlier, customer, promotion, terms, key);
            }

            var issuedAt = clock.GetCurrentInstant();
            var coupon = new Coupon(NextCode(), promotion)
            {
                IssuedTo = customer,
                MaxUses = terms.MaxUses,
                ValidUntil = terms.ExpiryFor(issuedAt, nameof(terms)),
            };

            // Atomic on key and code: a concurrent issue under the same key, or a code already taken,
            // makes this one store nothing; the next round finds the other's coupon or draws a new code.
            if (await repository.TryAddAsync(new IssuedCoupon(key, coupon, issuedAt), cancellationToken).ConfigureAwait(false))
            {
                return coupon;
            }
        }

        throw new InvalidOperationException($"The coupon store refused {MaxAttempts} fresh codes in a row for key '{key}'.");
    }

    /// <summary>
    /// Issues the coupons <paramref name="priced"/> earned (spend and get) to <paramref name="customer"/>
    /// once order <paramref name="order"/> is paid. The keys derive from the order, the earning
    /// promotion and the coupon's number, so calling again for the same order issues nothing new.
    /// </summary>
    /// <param name="customer">The customer who placed the order.</param>
    /// <param name="order">The paid order.</param>
    /// <param name="priced">The cart as priced for the order; its <see cref="PricedCart.EarnedCoupons"/> are issued.</param>
    /// <param name="terms">Validity and uses of each coupon; <see cref="CouponTerms.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the issue.</param>
    /// <returns>The coupons, in the order of <see cref="PricedCart.EarnedCoupons"/>; empty when the order earned none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="priced"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="customer"/> or <paramref name="order"/> is <c>default</c>; <paramref name="priced"/> was priced for
    /// another customer; an earned coupon unlocks a promotion
    /// that is not in the catalog or does not require a coupon (nothing is issued); <paramref name="terms"/> are inconsistent.
    /// </exception>
    /// <exception cref="IdempotencyKeyReusedException">The order's coupons were issued before to another customer or on other terms.</exception>
    /// <exception cref="InvalidOperationException">The repository refused every fresh code.</exception>
    public async Task<IReadOnlyList<Coupon>> IssueEarnedAsync(
        CustomerId customer,
        OrderId order,
        PricedCart priced,
        CouponTerms? terms = null,
        CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(order, nameof(order));

        Guard.Against.Null(priced);
        if (priced.Customer != customer)
        {
            throw new ArgumentException($"The cart was priced for customer {priced.Customer}, not for {customer}: its coupons are earned by the customer it was priced for.", nameof(priced));
        }

        foreach (var earned in priced.EarnedCoupons)
        {
            if (!RequiresCoupon(earned.Unlocks))
            {
                throw new ArgumentException($"The order earned coupons for {earned.Unlocks}, which is not in the catalog or does not require a coupon.", nameof(priced));
            }
        }

        var issued = new List<Coupon>();
        foreach (var earned in priced.EarnedCoupons)
        {
            for (var n = 1; n <= earned.Count; n++)
            {
                var key = EarnedKey(order, earned.Promotion, n);
                issued.Add(await IssueAsync(customer, earned.Unlocks, key, terms, cancellationToken).ConfigureAwait(false));
            }
        }

        return issued.AsReadOnly();
    }

    // The request is compared as issued: its terms resolved against the first issue's instant, so a
    // retry later with the same terms asks for the same coupon.
    private static Coupon Replay(IssuedCoupon earlier, CustomerId customer, PromotionId promotion, CouponTerms terms, IdempotencyKey key)
    {
        var first = Content(earlier.Customer, earlier.Coupon.Promotion, earlier.Coupon.MaxUses, earlier.Coupon.ValidUntil);
        var again = Content(customer, promotion, terms.MaxUses, terms.ResolvedExpiry(earlier.IssuedAt));
        return string.Equals(first, again, StringComparison.Ordinal)
            ? earlier.Coupon
            : throw new IdempotencyKeyReusedException(key, first, again);
    }

    private static string Content(CustomerId customer, PromotionId promotion, int? maxUses, Instant? validUntil) =>
        CanonicalContent.Of("issue-coupon")
            .Add("customer", customer.Value)
            .Add("promotion", promotion.Value)
            .Add("maxUses", maxUses)
            .Add("validUntil", validUntil)
            .ToString();

    // Identifiers hold at most 200 characters; a key that would be longer is replaced by its hash,
    // which is as stable across retries.
    private static IdempotencyKey EarnedKey(OrderId order, PromotionId earnedBy, int number)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"earned:{order}:{earnedBy}:{number}");
        return key.Length <= 200
            ? new IdempotencyKey(key)
            : new IdempotencyKey("earned:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

    private void Require(CustomerId customer, PromotionId promotion, IdempotencyKey key)
    {
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(promotion, nameof(promotion));
        IdArgument.Require(key, nameof(key));
        if (!RequiresCoupon(promotion))
        {
            throw new ArgumentException($"The promotion '{promotion}' is not in the catalog or does not require a coupon.", nameof(promotion));
        }
    }

    private bool RequiresCoupon(PromotionId promotion) =>
        catalog.PromotionsById.TryGetValue(promotion, out var target) && target.RequiresCoupon;

    private CouponCode NextCode()
    {
        using var random = RandomNumberGenerator.Create();
        return codes.Next(random);
    }
}
