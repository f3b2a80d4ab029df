namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Prices carts against a <see cref="PromotionCatalog"/>: exactly (whole minor units, one rounding
/// per amount), deterministically (independent of the order of lines and of declaration), and
/// explainably (a decision for every promotion and coupon). Pure: the instant and the usage state
/// come in as arguments. Thread-safe; share one engine per catalog.
/// </summary>
/// <remarks>
/// Promotions are considered in the catalog's order (<see cref="PromotionCatalog.Promotions"/>):
/// item, then order, then shipping promotions, each by priority. Each one, in turn: an exclusive winner blocks
/// it; then its validity, coupon, usage limits, flash-sale stock and budget; then whether it
/// combines with those already applied; then its targeted lines (minus those claimed by a
/// promotion that stops further ones) and its condition over them; then its reward, capped by its
/// per-order maximum and its remaining budget. Item rewards work on each line's price as reduced
/// so far; order rewards are allocated to their lines by value, penny-exact, and never touch
/// stored-value lines.
/// </remarks>
public sealed class PricingEngine
{
    [ThreadStatic]
    private static Workspace? spare;

    private readonly Func<CouponCode, Coupon?> findInCatalog;

    /// <summary>Creates an engine for a catalog.</summary>
    /// <param name="catalog">The promotions and coupons.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public PricingEngine(PromotionCatalog catalog)
    {
        Catalog = Guard.Against.Null(catalog);
        findInCatalog = catalog.FindCoupon;
    }

    /// <summary>The catalog the engine prices against.</summary>
    public PromotionCatalog Catalog { get; }

    /// <summary>
    /// Prices <paramref name="cart"/> for <paramref name="shopper"/> at <paramref name="at"/>. A
    /// presented code is looked up in the catalog first, then among <paramref name="issuedCoupons"/>
    /// (coupons issued at runtime, which the caller loads, as <see cref="PromotionService"/> does), so
    /// pricing stays pure.
    /// </summary>
    /// <param name="cart">The cart, in the catalog's currency.</param>
    /// <param name="shopper">Who is buying.</param>
    /// <param name="at">The instant of pricing; windows and validity are judged at it.</param>
    /// <param name="usage">Usage so far, for limits, stock and budgets (coupon uses counted by code); none when omitted.</param>
    /// <param name="issuedCoupons">
    /// Coupons issued at runtime the cart may present, e.g. those an <see cref="IIssuedCouponRepository"/>
    /// holds for its codes; a coupon issued to another customer reads as unknown. None when omitted.
    /// </param>
    /// <returns>The priced cart with every decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cart"/>, <paramref name="shopper"/> or a coupon of <paramref name="issuedCoupons"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="cart"/> is in another currency than the catalog, or <paramref name="issuedCoupons"/>
    /// holds two coupons with one code or a coupon for a promotion that is not in the catalog or does not require a coupon.
    /// </exception>
    public PricedCart Price(Cart cart, Shopper shopper, Instant at, IPromotionUsage? usage = null, IReadOnlyCollection<Coupon>? issuedCoupons = null) =>
        issuedCoupons is null || issuedCoupons.Count == 0
            ? Price(cart, shopper, at, usage, findInCatalog)
            : Price(cart, shopper, at, usage, WithIssued(issuedCoupons));

    // A lookup of the catalog's coupons, then of the issued ones (validated); its own method, so that
    // the lookup's closure is allocated only when coupons were issued.
    private Func<CouponCode, Coupon?> WithIssued(IReadOnlyCollection<Coupon> issuedCoupons)
    {
        var issued = new Dictionary<string, Coupon>(issuedCoupons.Count, StringComparer.Ordinal);
        foreach (var coupon in issuedCoupons)
        {
            if (coupon is null)
            {
                throw new ArgumentNullException(nameof(issuedCoupons), "A coupon is null.");
            }

            if (!Catalog.PromotionsById.TryGetValue(coupon.Promotion, out var target) || !target.RequiresCoupon)
            {
                throw new ArgumentException($"The coupon {coupon} unlocks {coupon.Promotion}, which is not in the catalog or does not require a coupon.", nameof(issuedCoupons));
            }

            if (!issued.TryAdd(coupon.Code.Key, coupon))
            {
                throw new ArgumentException($"Two coupons have the code {coupon.Code}.", nameof(issuedCoupons));
            }
        }

        return code => Catalog.FindCoupon(code) ?? issued.GetValueOrDefault(code.Key);
    }

    private PricedCart Price(Cart cart, Shopper shopper, Instant at, IPromotionUsage? usage, Func<CouponCode, Coupon?> findCoupon)
    {
        Guard.Against.Null(cart);
        Guard.Against.Null(shopper);
        if (cart.Currency != Catalog.Options.Currency)
        {
            throw new ArgumentException($"The cart is in {cart.Currency}; the catalog prices in {Catalog.Options.Currency}.", nameof(cart));
        }

        // The working state is the thread's own and reused: taken here, given back when done, so a
        // pricing that throws (a caller's usage in another currency) leaves nothing half-used behind.
        var workspace = spare ?? new Workspace();
        spare = null;
        try
        {
            return workspace.Price(Catalog, cart, shopper, at, usage ?? PromotionUsage.None, findCoupon);
        }
        finally
        {
            workspace.End();
            spare = workspace;
        }
    }

    /// <summary>One thread's working state for pricing: the run, the coupon desk and the evaluation.</summary>
    private sealed class Workspace
    {
        private readonly PricingRun run = new();
        private readonly CouponDesk coupons = new();
        private readonly PromotionEvaluation evaluation;

        public Workspace() => evaluation = new PromotionEvaluation(run, coupons);

        public PricedCart Price(PromotionCatalog catalog, Cart cart, Shopper shopper, Instant at, IPromotionUsage usage, Func<CouponCode, Coupon?> findCoupon)
        {
            run.Begin(catalog, cart, shopper, at);
            coupons.Check(catalog, findCoupon, cart, shopper, at, usage);
            evaluation.Begin(usage);
            var compiled = catalog.Compiled;
            var decisions = new PromotionDecision[compiled.Length];
            for (var i = 0; i < decisions.Length; i++)
            {
                decisions[i] = evaluation.Consider(compiled[i]);
            }

            return run.Result(decisions, coupons.Decide(decisions, catalog));
        }

        public void End()
        {
            run.End();
            coupons.End();
            evaluation.End();
        }
    }
}
