namespace RetailCrm.DependencyInjection;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Membership;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Service;

/// <summary>The shop-wide settings <see cref="RetailCrmServiceCollectionExtensions.AddRetailCrm"/> registers.</summary>
public sealed class RetailCrmOptions
{
    /// <summary>The shop's currency; CNY unless set.</summary>
    public Currency Currency { get; set; } = Currency.CNY;

    /// <summary>The shop's time zone, in which campaign days and calendar years are counted; Asia/Shanghai unless set.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// The points programme's policy; when null, <see cref="PointsPolicy.CreateDefault"/> for
    /// <see cref="Currency"/> and <see cref="TimeZone"/> (1 point per unit paid, 7 days pending,
    /// 100 points = 1 unit).
    /// </summary>
    public PointsPolicy? Points { get; set; }

    /// <summary>How many times a service tries a command when saves conflict; 5 unless set.</summary>
    public int MaxConcurrencyAttempts { get; set; } = 5;

    /// <summary>The membership tier ladder; <see cref="TierLadder.CreateDefault"/> in the shop's currency and zone when not set.</summary>
    public TierLadder? Tiers { get; set; }

    /// <summary>
    /// Whether the tiers' extra discounts and free-shipping thresholds are added to the promotion
    /// catalog built from the options (as <see cref="TierLadder.BenefitPromotions"/>); on by default.
    /// </summary>
    public bool TierBenefitsAsPromotions { get; set; } = true;

    /// <summary>
    /// The shop's promotions, priced by <see cref="PricingEngine"/> and <see cref="PromotionService"/>.
    /// Ignored when a <see cref="PromotionCatalog"/> is registered before <c>AddRetailCrm</c> (a catalog
    /// loaded from the shop's own store, say).
    /// </summary>
    public IList<Promotion> Promotions { get; } = [];

    /// <summary>The coupons that unlock the promotions requiring one.</summary>
    public IList<Coupon> Coupons { get; } = [];

    /// <summary>How many coupons one cart may use; 3 by default.</summary>
    public int MaxCouponsPerCart { get; set; } = 3;

    /// <summary>Where list prices come from: the cart's prices as given (the default) or cost plus a margin.</summary>
    public ListPricePolicy ListPrices { get; set; } = ListPricePolicy.AsGiven;

    /// <summary>
    /// The marketplace feedback rules; <see cref="FeedbackPolicy.CreateDefault"/> (Taobao's) in the
    /// shop's currency and zone when not set.
    /// </summary>
    public FeedbackPolicy? Feedback { get; set; }

    /// <summary>How complaints are graded; <see cref="GradingScale.CreateDefault"/> in the shop's currency when not set.</summary>
    public GradingScale? ComplaintGrading { get; set; }

    /// <summary>The bounds and suggestions of complaint compensation; <see cref="CompensationPolicy.CreateDefault"/> in the shop's currency when not set.</summary>
    public CompensationPolicy? Compensation { get; set; }

    /// <summary>How long after a complaint is resolved the customer is followed up; 3 days unless set.</summary>
    public Duration FollowUpDelay { get; set; } = Duration.FromDays(3);

    /// <summary>The service desk's hours, in which complaint deadlines are counted; when null (the default) deadlines count all time.</summary>
    public BusinessHours? BusinessHours { get; set; }

    /// <summary>
    /// Issues a compensation coupon (idempotent by the key); used by the registered
    /// <see cref="CompensationIssuer"/>. When null (the default), compensation coupons are issued
    /// through the registered <see cref="CouponIssuer"/>, so they price and count like any coupon;
    /// set it, or register your own <see cref="ICompensationIssuer"/>, to issue them elsewhere.
    /// </summary>
    public Func<CustomerId, PromotionId, IdempotencyKey, CancellationToken, Task<CouponCode>>? IssueCoupon { get; set; }

    internal ServiceRecoveryPolicy ResolveServiceRecovery()
    {
        var scale = ComplaintGrading ?? GradingScale.CreateDefault(Currency);
        var compensation = Compensation ?? CompensationPolicy.CreateDefault(Currency);
        if (scale.Currency != Currency || compensation.Currency != Currency)
        {
            throw new InvalidOperationException($"The complaint grading scale and compensation policy use {scale.Currency} and {compensation.Currency}, but the shop uses {Currency}.");
        }

        return new ServiceRecoveryPolicy(scale, compensation, FollowUpDelay, BusinessHours);
    }

    /// <summary>The points policy to register, checked against the shop's currency and zone.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidOperationException">The options are incomplete or contradict each other.</exception>
    internal PointsPolicy ResolvePointsPolicy()
    {
        if (Currency is null || TimeZone is null)
        {
            throw new InvalidOperationException("RetailCrm options need a Currency and a TimeZone.");
        }

        var policy = Points ?? PointsPolicy.CreateDefault(Currency, TimeZone);
        if (policy.Currency != Currency)
        {
            throw new InvalidOperationException($"The points policy runs in {policy.Currency}, but the shop's currency is {Currency}.");
        }

        if (policy.TimeZone != TimeZone)
        {
            throw new InvalidOperationException($"The points policy uses time zone {policy.TimeZone.Id}, but the shop's is {TimeZone.Id}.");
        }

        return policy;
    }

    internal TierLadder ResolveTiers()
    {
        var ladder = Tiers ?? TierLadder.CreateDefault(Currency, TimeZone);
        if (ladder.Currency != Currency || ladder.Zone != TimeZone)
        {
            throw new InvalidOperationException($"The tier ladder uses {ladder.Currency} and {ladder.Zone.Id}, but the shop uses {Currency} and {TimeZone.Id}.");
        }

        return ladder;
    }

    internal FeedbackPolicy ResolveFeedback()
    {
        var policy = Feedback ?? FeedbackPolicy.CreateDefault(Currency, TimeZone);
        if (policy.Currency != Currency || policy.Zone != TimeZone)
        {
            throw new InvalidOperationException($"The feedback policy uses {policy.Currency} and {policy.Zone.Id}, but the shop uses {Currency} and {TimeZone.Id}.");
        }

        return policy;
    }

    internal PromotionCatalog BuildPromotionCatalog(TierLadder tiers) =>
        new(
            new PricingOptions(Currency, TimeZone) { MaxCouponsPerCart = MaxCouponsPerCart, ListPrices = ListPrices, MemberOnlyTiers = tiers.MemberOnlyTiers },
            TierBenefitsAsPromotions ? Promotions.Concat(tiers.BenefitPromotions()) : Promotions,
            Coupons);
}
