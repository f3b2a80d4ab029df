namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Considers the promotions of one pricing in order, applying each that may apply and deciding each.</summary>
internal sealed class PromotionEvaluation(PricingRun run, CouponDesk coupons, IPromotionUsage usage)
{
    private readonly List<Promotion> applied = [];
    private Promotion? exclusiveWinner;

    public PromotionDecision Consider(Promotion promotion)
    {
        var blocked = Gate(promotion, out var unitLimit, out var budgetLeft);
        if (blocked is { } reason)
        {
            return NotApplied(promotion, reason);
        }

        var targeted = run.SelectEligible(promotion);
        var shippingClosed = promotion.Class == PromotionClass.Shipping && run.ShippingStopped;
        if (run.EligibleLines.IsEmpty || shippingClosed)
        {
            return NotApplied(promotion, targeted > 0 ? PromotionReason.StoppedByHigherPriority : PromotionReason.NoMatchingItems);
        }

        var condition = promotion.Condition.Evaluate(run);
        if (!condition.IsMet)
        {
            return NotApplied(promotion, condition.Reason, condition.Shortfall, condition.MissingUnits);
        }

        var outcome = promotion.Reward.Propose(run, promotion, unitLimit);
        if (!outcome.IsApplied)
        {
            return NotApplied(promotion, outcome.Reason, outcome.Shortfall, outcome.MissingUnits);
        }

        var proposed = run.ProposedTotal();
        var cap = Math.Min(promotion.MaxDiscountPerOrder is { } max ? run.MinorUnits(max) : long.MaxValue, budgetLeft);
        if (proposed > cap)
        {
            run.CapProposals(cap);
            proposed = cap;
        }

        if (proposed == 0 && !promotion.Reward.GrantsBesidePrice)
        {
            return NotApplied(promotion, PromotionReason.NothingToDiscount);
        }

        var discount = run.Commit(promotion);
        promotion.Reward.Grant(run, promotion);
        applied.Add(promotion);
        if (promotion.Stacking == Stacking.Exclusive)
        {
            exclusiveWinner = promotion;
        }

        return Decide(promotion, PromotionOutcome.Applied, PromotionReason.Applied, discount, outcome.UnitsUsed, outcome.NextShortfall, outcome.NextMissingUnits);
    }

    // The checks that need no look at the lines: exclusivity, validity, coupon, limits, combination.
    private PromotionReason? Gate(Promotion promotion, out long unitLimit, out long budgetLeft)
    {
        unitLimit = long.MaxValue;
        budgetLeft = long.MaxValue;
        if (exclusiveWinner is not null)
        {
            return PromotionReason.ExclusivePromotionApplied;
        }

        if (promotion.ValidFrom is { } from && run.At < from)
        {
            return PromotionReason.NotStarted;
        }

        if (promotion.ValidUntil is { } until && run.At >= until)
        {
            return PromotionReason.Ended;
        }

        if (promotion.RequiresCoupon && !coupons.Unlocks(promotion.Id))
        {
            return PromotionReason.CouponRequired;
        }

        var limits = promotion.Limits;
        var counters = usage.CountersFor(promotion.Id, run.Shopper.Customer);
        if (limits.MaxUses is { } maxUses && counters.Uses >= maxUses)
        {
            return PromotionReason.UsageLimitReached;
        }

        if (limits.MaxUsesPerCustomer is { } perCustomer && counters.CustomerUses >= perCustomer)
        {
            return PromotionReason.CustomerLimitReached;
        }

        if (limits.Stock is { } stock && (unitLimit = stock - counters.UnitsSold) <= 0)
        {
            return PromotionReason.StockSoldOut;
        }

        var given = counters.DiscountGiven == default ? 0 : run.MinorUnits(counters.DiscountGiven);
        if (limits.Budget is { } budget && (budgetLeft = run.MinorUnits(budget) - given) <= 0)
        {
            return PromotionReason.BudgetExhausted;
        }

        foreach (var other in applied)
        {
            if (!promotion.CombinesWith.HasFlag((PromotionClasses)other.Class) || !other.CombinesWith.HasFlag((PromotionClasses)promotion.Class))
            {
                return PromotionReason.DoesNotCombine;
            }
        }

        return promotion.Stacking == Stacking.Exclusive && applied.Count > 0 ? PromotionReason.OtherPromotionsApplied : null;
    }

    private PromotionDecision NotApplied(Promotion promotion, PromotionReason reason, long shortfall = 0, long missingUnits = 0) =>
        Decide(promotion, PromotionOutcome.NotApplied, reason, 0, 0, shortfall, missingUnits);

    private PromotionDecision Decide(Promotion promotion, PromotionOutcome outcome, PromotionReason reason, long discount, long units, long shortfall, long missingUnits)
    {
        Money? shortfallMoney = shortfall > 0 ? run.ToMoney(shortfall) : null;
        long? missing = missingUnits > 0 ? missingUnits : null;
        var money = run.ToMoney(discount);
        return new PromotionDecision(
            promotion,
            outcome,
            reason,
            money,
            units,
            shortfallMoney,
            missing,
            DecisionText.For(reason, promotion, money, shortfallMoney, missing),
            DecisionText.Hint(outcome == PromotionOutcome.Applied, shortfallMoney, missing));
    }
}
