namespace RetailCrm.Promotions;

using System.Globalization;
using RetailCrm.Primitives;

/// <summary>The sentences a customer or a support agent reads for each decision: one place, so the wording stays consistent.</summary>
internal static class DecisionText
{
    public static string For(PromotionReason reason, Promotion promotion, Money discount, Money? shortfall, long? missing) => reason switch
    {
        PromotionReason.Applied => discount.IsZero ? $"{promotion.Name} applies." : $"{promotion.Name} takes {discount} off.",
        PromotionReason.NotStarted => $"{promotion.Name} has not started yet.",
        PromotionReason.Ended => $"{promotion.Name} has ended.",
        PromotionReason.OutsideWindow => $"{promotion.Name} is not running at this time.",
        PromotionReason.OutsideHours => $"{promotion.Name} runs only during its daily hours.",
        PromotionReason.BelowMinimumSpend => $"Spend {shortfall} more on eligible items for {promotion.Name}.",
        PromotionReason.BelowMinimumQuantity => $"Add {Units(missing)} for {promotion.Name}.",
        PromotionReason.TierNotEligible => $"{promotion.Name} is for members of other tiers.",
        PromotionReason.SegmentNotEligible => $"{promotion.Name} is for other customer groups.",
        PromotionReason.NotFirstOrder => $"{promotion.Name} is for first orders only.",
        PromotionReason.NotReturningCustomer => $"{promotion.Name} is for returning customers.",
        PromotionReason.AccessTokenMissing => $"{promotion.Name} needs an access link or token.",
        PromotionReason.ChannelNotEligible => $"{promotion.Name} is not offered in this channel.",
        PromotionReason.PaymentMethodNotEligible => $"{promotion.Name} needs another payment method.",
        PromotionReason.ConditionNotMet => $"The conditions of {promotion.Name} are not met.",
        PromotionReason.CouponRequired => $"{promotion.Name} needs a coupon.",
        PromotionReason.UsageLimitReached => $"{promotion.Name} has been fully used.",
        PromotionReason.CustomerLimitReached => $"You have already used {promotion.Name} as often as allowed.",
        PromotionReason.StockSoldOut => $"{promotion.Name} is sold out.",
        PromotionReason.BudgetExhausted => $"{promotion.Name} has run out of budget.",
        PromotionReason.NoMatchingItems => $"No item in the cart is part of {promotion.Name}.",
        PromotionReason.StoppedByHigherPriority => $"The items of {promotion.Name} already have a promotion that does not combine.",
        PromotionReason.ExclusivePromotionApplied => $"An exclusive promotion applies instead of {promotion.Name}.",
        PromotionReason.OtherPromotionsApplied => $"{promotion.Name} is exclusive and other promotions already apply.",
        PromotionReason.DoesNotCombine => $"{promotion.Name} does not combine with a promotion already applied.",
        PromotionReason.BundleIncomplete => $"Add {Units(missing)} to complete {promotion.Name}.",
        PromotionReason.NothingToDiscount => $"{promotion.Name} would not lower the price.",
        _ => reason.ToString(),
    };

    public static string? Hint(bool applied, Money? shortfall, long? missing)
    {
        var what = applied ? "to get more" : "to qualify";
        if (shortfall is { } money)
        {
            return $"Add {money} more {what}.";
        }

        return missing is { } units ? $"Add {Units(units)} {what}." : null;
    }

    public static string For(CouponReason reason, CouponCode code) => reason switch
    {
        CouponReason.Applied => $"Coupon {code} applied.",
        CouponReason.Unknown => $"Coupon {code} is not a valid code.",
        CouponReason.NotYetValid => $"Coupon {code} is not valid yet.",
        CouponReason.Expired => $"Coupon {code} has expired.",
        CouponReason.UsedUp => $"Coupon {code} has been used up.",
        CouponReason.CustomerLimitReached => $"You have already used coupon {code}.",
        CouponReason.Duplicate => $"Coupon {code} repeats a coupon already entered.",
        CouponReason.TooManyCoupons => $"No more coupons can be used on this order.",
        _ => reason.ToString(),
    };

    private static string Units(long? units) =>
        units == 1 ? "1 more item" : string.Create(CultureInfo.InvariantCulture, $"{units} more items");
}
