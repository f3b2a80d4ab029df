namespace RetailCrm.Promotions;

using System.Collections.Frozen;
using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The shop's promotions and coupons, validated together and put in evaluation order (see
/// <see cref="Promotions"/>). Immutable; build a new catalog when promotions change.
/// </summary>
public sealed class PromotionCatalog
{
    private readonly FrozenDictionary<string, Coupon> couponsByKey;

    /// <summary>Creates a catalog.</summary>
    /// <param name="options">The shop-wide settings: currency, zone, coupon limit, list prices.</param>
    /// <param name="promotions">The promotions, in any order.</param>
    /// <param name="coupons">The coupons, if any.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">
    /// Two promotions share an id, a promotion's amounts are in another currency, a promotion is
    /// member-only (<see cref="Condition.Member"/>) while <see cref="PricingOptions.MemberOnlyTiers"/>
    /// is not set, two coupons share a code, or a coupon unlocks a promotion that is missing or does
    /// not require a coupon.
    /// </exception>
    public PromotionCatalog(PricingOptions options, IEnumerable<Promotion> promotions, IEnumerable<Coupon>? coupons = null)
    {
        Options = Guard.Against.Null(options);
        var list = Guard.Against.Null(promotions).ToArray();
        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(promotions), "A promotion is null.");
        }

        var duplicate = list.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two promotions have the id {duplicate.Key}.", nameof(promotions));
        }

        foreach (var promotion in list)
        {
            var amounts = promotion.Reward.Amounts
                .Concat(promotion.MaxDiscountPerOrder is { } cap ? [cap] : [])
                .Concat(promotion.Limits.Budget is { } budget ? [budget] : [])
                .Concat(promotion.Condition.Amounts);
            if (amounts.Any(a => a.Currency != options.Currency))
            {
                throw new ArgumentException($"The promotion {promotion} has amounts in another currency than {options.Currency}.", nameof(promotions));
            }

            if (promotion.Condition.AsksForMemberAccess && options.MemberOnlyTiers is null)
            {
                throw new ArgumentException(
                    $"The promotion {promotion} is member-only, but the pricing options do not say which tiers open member-only promotions (set PricingOptions.MemberOnlyTiers, e.g. to ladder.MemberOnlyTiers).",
                    nameof(promotions));
            }
        }

        Promotions = EvaluationOrder.Sort(list);
        var byId = list.ToFrozenDictionary(p => p.Id);
        var couponList = (coupons ?? []).ToArray();
        foreach (var coupon in couponList)
        {
            if (coupon is null)
            {
                throw new ArgumentNullException(nameof(coupons), "A coupon is null.");
            }

            if (!byId.TryGetValue(coupon.Promotion, out var target) || !target.RequiresCoupon)
            {
                throw new ArgumentException($"The coupon {coupon} unlocks {coupon.Promotion}, which is not in the catalog or does not require a coupon.", nameof(coupons));
            }
        }

        var duplicateCode = couponList.GroupBy(c => c.Code.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCode is not null)
        {
            throw new ArgumentException($"Two coupons have the code {duplicateCode.First().Code}.", nameof(coupons));
        }

        couponsByKey = couponList.ToFrozenDictionary(c => c.Code.Key, StringComparer.Ordinal);
        PromotionsById = byId;
        Compiled = [.. Promotions.Select((p, i) => new CompiledPromotion(p, i, options.Currency))];
        IndexById = Compiled.ToFrozenDictionary(c => c.Promotion.Id, c => c.Index);
        Index = new PromotionIndex(Compiled);
    }

    /// <summary>The shop-wide settings.</summary>
    public PricingOptions Options { get; }

    /// <summary>
    /// The promotions in evaluation order: item promotions, then order promotions, then shipping
    /// promotions; within each, higher <see cref="Promotion.Priority"/> first; at equal priority an
    /// exclusive promotion, then one that stops further ones, then stackable ones; the remaining ties
    /// by the promotion's content. Never by id, name or the order of declaration, so none of them
    /// changes a price (only promotions identical in everything but their id are ordered by id, and
    /// they price alike either way).
    /// </summary>
    public IReadOnlyList<Promotion> Promotions { get; }

    /// <summary>The promotions by id.</summary>
    public IReadOnlyDictionary<PromotionId, Promotion> PromotionsById { get; }

    /// <summary>The promotions prepared for pricing, in evaluation order.</summary>
    internal CompiledPromotion[] Compiled { get; }

    /// <summary>Each promotion's position in evaluation order.</summary>
    internal FrozenDictionary<PromotionId, int> IndexById { get; }

    /// <summary>The promotions by the SKUs and categories they name.</summary>
    internal PromotionIndex Index { get; }

    /// <summary>The coupons.</summary>
    public IEnumerable<Coupon> Coupons => couponsByKey.Values;

    /// <summary>Finds the coupon with <paramref name="code"/> (compared by its canonical key).</summary>
    /// <param name="code">The code as presented.</param>
    /// <returns>The coupon, or <see langword="null"/> when the code is unknown.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <c>default</c>.</exception>
    public Coupon? FindCoupon(CouponCode code)
    {
        IdArgument.Require(code, nameof(code));
        return couponsByKey.GetValueOrDefault(code.Key);
    }
}
