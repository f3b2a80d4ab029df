namespace RetailCrm.Promotions;

using System.Globalization;
using RetailCrm.Primitives;

/// <summary>The sentences a customer or a support agent reads for each decision: one place, so the wording stays consistent.</summary>
internal static class DecisionText
{
    // Amounts and counts are written into stack buffers and joined as text, so wording a decision
    // allocates its sentence and nothing else, even in code the runtime has not optimized yet.
    public static string For(PromotionReason reason, Promotion promotion, Promotion? blocker, Money discount, Money? shortfall, long? missing)
    {
        if (blocker is not null && Blocked(reason, promotion, blocker) is { } blocked)
        {
            return blocked;
        }

        Span<char> amount = stackalloc char[64];
        Span<char> units = stackalloc char[32];
        var money = Write(reason == PromotionReason.Applied ? discount : shortfall, amount);
        var count = Units(missing, units);
        return For(reason, promotion, discount.IsZero, money, count);
    }

    public static string? Hint(bool applied, Money? shortfall, long? missing)
    {
        var what = applied ? "to get more" : "to qualify";
        Span<char> buffer = stackalloc char[64];
        if (shortfall is not null)
        {
            ReadOnlySpan<char> money = Write(shortfall, buffer);
            return $"Add {money} more {what}.";
        }

        ReadOnlySpan<char> count = Units(missing, buffer);
        return missing is not null ? $"Add {count} {what}." : null;
    }

    public static string For(CouponReason reason, CouponCode code) => reason switch
    {
        CouponReason.Applied => $"Coupon {code.ToString()} applied.",
        CouponReason.Unknown => $"Coupon {code.ToString()} is not a valid code.",
        CouponReason.NotYetValid => $"Coupon {code.ToString()} is not valid yet.",
        CouponReason.Expired => $"Coupon {code.ToString()} has expired.",
        CouponReason.UsedUp => $"Coupon {code.ToString()} has been used up.",
        CouponReason.CustomerLimitReached => $"You have already used coupon {code.ToString()}.",
        CouponReason.Duplicate => $"Coupon {code.ToString()} repeats a coupon already entered.",
        CouponReason.TooManyCoupons => $"No more coupons can be used on this order.",
        _ => reason.ToString(),
    };

    // The refusals another promotion caused, naming it by name and id.
    private static string? Blocked(PromotionReason reason, Promotion promotion, Promotion blocker) => reason switch
    {
        PromotionReason.StoppedByHigherPriority => $"The items of {promotion.Name} already have {blocker.Name} ({blocker.Id}), which stops further promotions.",
        PromotionReason.ExclusivePromotionApplied => $"{blocker.Name} ({blocker.Id}) is exclusive and applies instead of {promotion.Name}.",
        PromotionReason.OtherPromotionsApplied => $"{promotion.Name} is exclusive and {blocker.Name} ({blocker.Id}) already applies.",
        PromotionReason.DoesNotCombine => $"{promotion.Name} does not combine with {blocker.Name} ({blocker.Id}), already applied.",
        _ => null,
    };

    private static string For(PromotionReason reason, Promotion promotion, bool nothingOff, ReadOnlySpan<char> money, ReadOnlySpan<char> units) => reason switch
    {
        PromotionReason.Applied => nothingOff ? $"{promotion.Name} applies." : $"{promotion.Name} takes {money} off.",
        PromotionReason.NotStarted => $"{promotion.Name} has not started yet.",
        PromotionReason.Ended => $"{promotion.Name} has ended.",
        PromotionReason.OutsideWindow => $"{promotion.Name} is not running at this time.",
        PromotionReason.OutsideHours => $"{promotion.Name} runs only during its daily hours.",
        PromotionReason.BelowMinimumSpend => $"Spend {money} more on eligible items for {promotion.Name}.",
        PromotionReason.BelowMinimumQuantity => $"Add {units} for {promotion.Name}.",
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
        PromotionReason.BundleIncomplete => $"Add {units} to complete {promotion.Name}.",
        PromotionReason.NothingToDiscount => $"{promotion.Name} would not lower the price.",
        PromotionReason.NotAMember => $"{promotion.Name} is for members only.",
        PromotionReason.NoMemberOnlyAccess => $"{promotion.Name} is for members of tiers with member-only access.",
        _ => reason.ToString(),
    };

    // The amount's text, e.g. "CNY 12.50", or nothing when there is no amount.
    private static Span<char> Write(Money? amount, Span<char> buffer) =>
        amount is { } value && value.TryFormat(buffer, out var written, default, null) ? buffer[..written] : buffer[..0];

    // "1 more item", "3 more items", or nothing when no count is missing.
    private static Span<char> Units(long? missing, Span<char> buffer)
    {
        if (missing is not { } units)
        {
            return buffer[..0];
        }

        if (units == 1)
        {
            "1 more item".CopyTo(buffer);
            return buffer[.."1 more item".Length];
        }

        units.TryFormat(buffer, out var digits, default, CultureInfo.InvariantCulture);
        " more items".CopyTo(buffer[digits..]);
        return buffer[..(digits + " more items".Length)];
    }
}
