namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Prices carts against the catalog with the usage recorded so far, records the promotions an
/// order used (all or none, in one commit, so the last flash-sale unit is sold once), and gives them
/// back when an order is cancelled.
/// </summary>
/// <remarks>
/// Only promotions that count usage (limits, stock, budget or a coupon) are recorded; the others
/// cost no storage. Each command loads only the counters it checks and the order it names, never
/// the earlier uses, so it costs the same after a hundred orders or a million. Counters move by
/// bounded increments, without a version: parallel orders of different customers never conflict,
/// and only a real sell-out refuses. Pricing reads the counters without locking, so a cart priced
/// just before another order took the last unit is refused when its order is recorded: reprice and
/// show it.
/// </remarks>
public sealed class PromotionService
{
    private readonly IPromotionUsageStore store;
    private readonly IIssuedCouponRepository? issuedCoupons;
    private readonly IClock clock;
    private readonly int maxAttempts;
    private readonly Promotion[] counted;
    private readonly HashSet<PromotionId> countedIds;

    /// <summary>Creates the service.</summary>
    /// <param name="catalog">The promotions and coupons.</param>
    /// <param name="store">Where usage counters, the orders' uses and the history are kept.</param>
    /// <param name="clock">The clock pricing reads the instant from, and the events' instants.</param>
    /// <param name="maxAttempts">
    /// How often to run a command whose commit lost to another writer of the same order, 1 to 100.
    /// Orders of different customers never conflict: counters move by bounded increments.
    /// </param>
    /// <param name="issuedCoupons">
    /// Where coupons issued at runtime are kept (see <see cref="CouponIssuer"/>): a code the catalog
    /// does not know is looked up there. None when omitted: the catalog's coupons only.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="store"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public PromotionService(PromotionCatalog catalog, IPromotionUsageStore store, IClock clock, int maxAttempts = 5, IIssuedCouponRepository? issuedCoupons = null)
    {
        this.issuedCoupons = issuedCoupons;
        Engine = new PricingEngine(Guard.Against.Null(catalog));
        this.store = Guard.Against.Null(store);
        this.clock = Guard.Against.Null(clock);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
        counted = [.. catalog.Promotions.Where(p => p.RequiresCoupon || p.Limits != PromotionLimits.None)];
        countedIds = [.. counted.Select(p => p.Id)];
    }

    /// <summary>The engine, for pricing with usage state of the caller's own.</summary>
    public PricingEngine Engine { get; }

    /// <summary>Prices <paramref name="cart"/> for <paramref name="shopper"/> now, against the usage recorded so far.</summary>
    /// <remarks>Loads only the counters the catalog's limits and the cart's coupons check, and the shopper's own; never the uses.</remarks>
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
        var issued = new Dictionary<string, Coupon>(StringComparer.Ordinal);
        foreach (var code in cart.Coupons)
        {
            if (!issued.ContainsKey(code.Key) && await FindIssuedAsync(code, cancellationToken).ConfigureAwait(false) is { } coupon)
            {
                issued.Add(code.Key, coupon);
            }
        }

        var catalog = Engine.Catalog;
        Coupon? Find(CouponCode code) => catalog.FindCoupon(code) ?? issued.GetValueOrDefault(code.Key);
        var counters = counted.SelectMany(p => OrderUsage.LimitedCounters(p, shopper.Customer))
            .Concat(cart.Coupons.Select(Find).OfType<Coupon>().SelectMany(c => OrderUsage.LimitedCounters(c, shopper.Customer)));
        var loaded = await store.LoadAsync(new PromotionUsageKeys(counters), cancellationToken).ConfigureAwait(false);
        var usage = new LedgerUsage(loaded, catalog.Options.Currency, Find);
        return Engine.Price(cart, shopper, clock.GetCurrentInstant(), usage, issued.Values);
    }

    /// <summary>
    /// Records the uses of the promotions <paramref name="priced"/> applied, when order
    /// <paramref name="order"/> is placed: all of them in one commit, or none when a limit was
    /// reached meanwhile. Recording the identical order again (same shopper, same promotions with the
    /// same units, discount and coupon) changes nothing and returns the same uses; recording anything
    /// else under an order id that has uses recorded throws and changes nothing.
    /// </summary>
    /// <remarks>
    /// The order is compared through the uses it recorded, which only promotions that count usage
    /// keep: an order that used none of them leaves nothing to compare. The cart must have been
    /// priced for <paramref name="shopper"/> (<see cref="PricedCart.Customer"/>): a cart priced for
    /// one customer is never recorded for another. Two writers recording the same order at once: one
    /// commits, the other finds its uses and replays them (or throws, when they differ).
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
    /// The order was recorded before (or meanwhile, by another writer) for another shopper, with other
    /// promotions, or with other units, discount or coupon for a promotion; the message names each difference.
    /// </exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to other writers of the same order.</exception>
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

        var wanted = new List<WantedUse>();
        foreach (var promotion in counted)
        {
            if (priced.Decisions.FirstOrDefault(d => d.Promotion == promotion.Id) is { Applied: true } decision)
            {
                var code = priced.Coupons.FirstOrDefault(c => c.Outcome == CouponOutcome.Applied && c.Promotion == promotion.Id)?.Code;
                var coupon = code is { } c ? Engine.Catalog.FindCoupon(c) ?? await FindIssuedAsync(c, cancellationToken).ConfigureAwait(false) : null;
                wanted.Add(new WantedUse(promotion, new PromotionUse(order, shopper.Customer, decision.Units, decision.Discount, code), coupon));
            }
        }

        var keys = new PromotionUsageKeys(OrderUsage.LimitedCounters(wanted), order);
        var currency = Engine.Catalog.Options.Currency;
        return await OptimisticRetry.RunAsync(
            ct => store.LoadAsync(keys, ct),
            loaded => OrderUsage.Record(order, shopper.Customer, wanted, countedIds, loaded, currency, clock.GetCurrentInstant()),
            async (decision, ct) =>
            {
                if (decision.Change is not { } change)
                {
                    return decision.Result;
                }

                var committed = await store.CommitAsync(change, ct).ConfigureAwait(false);
                return committed.Refused is { } refused ? OrderUsage.Refused(refused, committed.CounterValue, currency) : decision.Result;
            },
            maxAttempts,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives back what a cancelled order took, in one commit: its uses, coupon uses, flash-sale units and budget.</summary>
    /// <remarks>Cancelling an order again, or one that used nothing, changes nothing and returns 0.</remarks>
    /// <param name="order">The cancelled order.</param>
    /// <param name="cancellationToken">Cancels the release.</param>
    /// <returns>How many promotions the order had used.</returns>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to other writers of the same order.</exception>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>.</exception>
    public Task<int> CancelOrderAsync(OrderId order, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(order, nameof(order));
        var keys = new PromotionUsageKeys([], order);
        return OptimisticRetry.RunAsync(
            ct => store.LoadAsync(keys, ct),
            loaded => OrderUsage.Cancel(loaded, clock.GetCurrentInstant()),
            async (change, ct) =>
            {
                if (change is null)
                {
                    return 0;
                }

                await store.CommitAsync(change, ct).ConfigureAwait(false);
                return change.Removed.Count;
            },
            maxAttempts,
            cancellationToken);
    }

    /// <summary>The counters of <paramref name="promotion"/>: uses, units sold and discount given; zeros when it has never been used.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public async Task<PromotionUsageTotals> GetUsageAsync(PromotionId promotion, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(promotion, nameof(promotion));
        var (uses, units, discount) = (UsageCounter.Uses(promotion), UsageCounter.UnitsSold(promotion), UsageCounter.DiscountGiven(promotion));
        var loaded = await store.LoadAsync(new PromotionUsageKeys([uses, units, discount]), cancellationToken).ConfigureAwait(false);
        return new PromotionUsageTotals(promotion, loaded.ValueOf(uses), loaded.ValueOf(units), Money.FromMinorUnits(loaded.ValueOf(discount), Engine.Catalog.Options.Currency));
    }

    /// <summary>The history of <paramref name="promotion"/>'s uses and releases, oldest first, a page at a time.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="afterSequence">The <see cref="PromotionUsageEntry.Sequence"/> to read after; 0 from the start.</param>
    /// <param name="maxCount">The most entries to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterSequence"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    public Task<IReadOnlyList<PromotionUsageEntry>> GetUsageHistoryAsync(PromotionId promotion, long afterSequence = 0, int maxCount = 100, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(promotion, nameof(promotion));
        ArgumentRange.NotNegative(afterSequence);
        Guard.Against.OutOfRange(maxCount, nameof(maxCount), 1, 10_000);
        return store.ReadHistoryAsync(promotion, afterSequence, maxCount, cancellationToken);
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
}
