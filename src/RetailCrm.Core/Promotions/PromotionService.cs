namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Prices carts against the catalog with the usage recorded so far, records the promotions an
/// order used (all or none, with optimistic concurrency, so the last flash-sale unit is sold once),
/// and gives them back when an order is cancelled.
/// </summary>
/// <remarks>
/// Only promotions that count usage (limits, stock, budget or a coupon) have a ledger; the others
/// cost no storage. Pricing reads the ledgers without locking, so a cart priced just before
/// another order took the last unit is refused when its order is recorded: reprice and show it.
/// </remarks>
public sealed class PromotionService
{
    private readonly IPromotionUsageRepository repository;
    private readonly IIssuedCouponRepository? issuedCoupons;
    private readonly IClock clock;
    private readonly int maxAttempts;
    private readonly Promotion[] counted;

    /// <summary>Creates the service.</summary>
    /// <param name="catalog">The promotions and coupons.</param>
    /// <param name="repository">Where usage ledgers are kept.</param>
    /// <param name="clock">The clock pricing reads the instant from.</param>
    /// <param name="maxAttempts">How often to retry a save that lost to another writer, 1 to 100.</param>
    /// <param name="issuedCoupons">
    /// Where coupons issued at runtime are kept (see <see cref="CouponIssuer"/>): a code the catalog
    /// does not know is looked up there. None when omitted: the catalog's coupons only.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="repository"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public PromotionService(PromotionCatalog catalog, IPromotionUsageRepository repository, IClock clock, int maxAttempts = 5, IIssuedCouponRepository? issuedCoupons = null)
    {
        this.issuedCoupons = issuedCoupons;
        Engine = new PricingEngine(Guard.Against.Null(catalog));
        this.repository = Guard.Against.Null(repository);
        this.clock = Guard.Against.Null(clock);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
        counted = [.. catalog.Promotions.Where(p => p.RequiresCoupon || p.Limits != PromotionLimits.None)];
    }

    /// <summary>The engine, for pricing with usage state of the caller's own.</summary>
    public PricingEngine Engine { get; }

    /// <summary>Prices <paramref name="cart"/> for <paramref name="shopper"/> now, against the usage recorded so far.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="shopper">Who is buying.</param>
    /// <param name="cancellationToken">Cancels loading the usage.</param>
    /// <returns>The priced cart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cart"/> or <paramref name="shopper"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cart"/> is in another currency than the catalog.</exception>
    public async Task<PricedCart> PriceAsync(Cart cart, Shopper shopper, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(cart);
        Guard.Against.Null(shopper);
        var ledgers = new Dictionary<PromotionId, PromotionUsageLedger>();
        foreach (var promotion in counted)
        {
            if (await repository.FindAsync(promotion.Id, cancellationToken).ConfigureAwait(false) is { } ledger)
            {
                ledgers[promotion.Id] = ledger;
            }
        }

        var issued = new Dictionary<string, Coupon>(StringComparer.Ordinal);
        foreach (var code in cart.Coupons)
        {
            if (!issued.ContainsKey(code.Key) && await FindIssuedAsync(code, cancellationToken).ConfigureAwait(false) is { } coupon)
            {
                issued.Add(code.Key, coupon);
            }
        }

        var catalog = Engine.Catalog;
        var usage = new LedgerUsage(ledgers, code => catalog.FindCoupon(code) ?? issued.GetValueOrDefault(code.Key));
        return Engine.Price(cart, shopper, clock.GetCurrentInstant(), usage, issued.Values);
    }

    /// <summary>
    /// Records the uses of the promotions <paramref name="priced"/> applied, when order
    /// <paramref name="order"/> is placed: all of them, or none when a limit was reached meanwhile.
    /// Recording the identical order again (same shopper, same promotions with the same units,
    /// discount and coupon) changes nothing and returns the same uses; recording anything else under
    /// an order id that has uses recorded throws and changes nothing.
    /// </summary>
    /// <remarks>
    /// The order is compared through the uses it recorded, which only promotions that count usage
    /// keep: an order that used none of them leaves nothing to compare. The cart must have been
    /// priced for <paramref name="shopper"/> (<see cref="PricedCart.Customer"/>): a cart priced for
    /// one customer is never recorded for another.
    /// </remarks>
    /// <param name="order">The order.</param>
    /// <param name="shopper">Who is buying (the identity limits count against): the shopper the cart was priced for.</param>
    /// <param name="priced">The cart as priced for the order.</param>
    /// <param name="cancellationToken">Cancels the recording.</param>
    /// <returns>The uses recorded (or recorded before, for a replay), or the rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shopper"/> or <paramref name="priced"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="order"/> is <c>default</c>, or <paramref name="priced"/> was priced for another
    /// customer than <paramref name="shopper"/>.
    /// </exception>
    /// <exception cref="OrderRecordConflictException">
    /// The order was recorded before for another shopper, with other promotions, or with other units,
    /// discount or coupon for a promotion; the message names each difference.
    /// </exception>
    /// <exception cref="IdempotencyKeyReusedException">Another writer recorded the same order with other figures meanwhile.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to other writers.</exception>
    public async Task<OrderPromotionsResult> RecordOrderAsync(OrderId order, Shopper shopper, PricedCart priced, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(order, nameof(order));
        Guard.Against.Null(shopper);
        Guard.Against.Null(priced);
        if (priced.Customer != shopper.Customer)
        {
            throw new ArgumentException(
                $"The cart was priced for customer {priced.Customer}, not for {shopper.Customer}: price it for the customer who orders, then record it.",
                nameof(priced));
        }

        var wanted = new List<(Promotion Promotion, PromotionUse Use)>();
        var earlier = new Dictionary<PromotionId, PromotionUse>();
        foreach (var promotion in counted)
        {
            if (await repository.FindAsync(promotion.Id, cancellationToken).ConfigureAwait(false) is { } ledger && ledger.UseOf(order) is { } recordedUse)
            {
                earlier.Add(promotion.Id, recordedUse);
            }

            if (priced.Decisions.FirstOrDefault(d => d.Promotion == promotion.Id) is { Applied: true } decision)
            {
                var code = priced.Coupons.FirstOrDefault(c => c.Outcome == CouponOutcome.Applied && c.Promotion == promotion.Id)?.Code;
                wanted.Add((promotion, new PromotionUse(order, shopper.Customer, decision.Units, decision.Discount, code)));
            }
        }

        // The order as a whole: recorded before, it must be the same order, or nothing is written.
        if (earlier.Count > 0)
        {
            var differences = OrderDifferences.Between(earlier, wanted.Select(w => (w.Promotion.Id, w.Use)).ToList(), shopper.Customer);
            return differences.Count == 0
                ? new OrderPromotionsResult([.. wanted.Select(w => w.Use)], null, null)
                : throw new OrderRecordConflictException(order, differences);
        }

        var recorded = new List<PromotionId>();
        try
        {
            foreach (var (promotion, use) in wanted)
            {
                var coupon = use.Coupon is { } c ? Engine.Catalog.FindCoupon(c) ?? await FindIssuedAsync(c, cancellationToken).ConfigureAwait(false) : null;
                var result = await ChangeAsync(promotion.Id, ledger => ledger.Record(use, promotion.Limits, coupon), cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    await ReleaseAsync(order, recorded, cancellationToken).ConfigureAwait(false);
                    return new OrderPromotionsResult([], promotion.Id, result.Rejection);
                }

                recorded.Add(promotion.Id);
            }
        }
        catch (IdempotencyKeyReusedException)
        {
            // Another writer recorded the same order with other figures meanwhile: give back what this one took.
            await ReleaseAsync(order, recorded, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return new OrderPromotionsResult([.. wanted.Select(w => w.Use)], null, null);
    }

    /// <summary>Gives back what a cancelled order took: coupon uses, flash-sale units and budget.</summary>
    /// <param name="order">The cancelled order.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>How many promotions the order had used.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to other writers.</exception>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>.</exception>
    public async Task<int> CancelOrderAsync(OrderId order, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(order, nameof(order));
        var released = 0;
        foreach (var promotion in counted)
        {
            if (await ChangeAsync(promotion.Id, ledger => ledger.Release(order), cancellationToken).ConfigureAwait(false))
            {
                released++;
            }
        }

        return released;
    }

    /// <summary>The usage ledger of <paramref name="promotion"/>, empty when it has never been used.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public Task<PromotionUsageLedger> GetUsageAsync(PromotionId promotion, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(promotion, nameof(promotion));
        return LoadAsync(promotion, cancellationToken);
    }

    /// <summary>
    /// The coupon issued at runtime with <paramref name="code"/>, when the catalog does not know the
    /// code and the coupon still unlocks a promotion of the catalog that requires one.
    /// </summary>
    private async Task<Coupon?> FindIssuedAsync(CouponCode code, CancellationToken cancellationToken)
    {
        if (issuedCoupons is null || Engine.Catalog.FindCoupon(code) is not null)
        {
            return null;
        }

        var coupon = (await issuedCoupons.FindByCodeAsync(code, cancellationToken).ConfigureAwait(false))?.Coupon;
        return coupon is not null && Engine.Catalog.PromotionsById.TryGetValue(coupon.Promotion, out var target) && target.RequiresCoupon
            ? coupon
            : null;
    }

    private async Task ReleaseAsync(OrderId order, List<PromotionId> taken, CancellationToken cancellationToken)
    {
        foreach (var promotion in taken)
        {
            await ChangeAsync(promotion, ledger => ledger.Release(order), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PromotionUsageLedger> LoadAsync(PromotionId promotion, CancellationToken cancellationToken) =>
        await repository.FindAsync(promotion, cancellationToken).ConfigureAwait(false)
        ?? PromotionUsageLedger.Open(promotion, Engine.Catalog.Options.Currency);

    private Task<TResult> ChangeAsync<TResult>(PromotionId promotion, Func<PromotionUsageLedger, TResult> act, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(ct => LoadAsync(promotion, ct), ledger => ledger.Version, act, repository.SaveAsync, maxAttempts, cancellationToken);
}
