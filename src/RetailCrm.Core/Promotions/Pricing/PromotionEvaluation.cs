namespace RetailCrm.Promotions;

/// <summary>
/// Considers the promotions of one pricing in order, applying each that may apply and deciding
/// each. Reused with its run, cart after cart: what has applied so far is kept as masks of classes,
/// so the combination check costs the same however many promotions applied.
/// </summary>
internal sealed class PromotionEvaluation(PricingRun run, CouponDesk coupons)
{
    private IPromotionUsage usage = PromotionUsage.None;
    private bool anyApplied;
    private bool exclusiveApplied;
    private PromotionClasses appliedClasses;
    private PromotionClasses combinableWithAll;

    // Who blocks whom: the exclusive promotion that applied, the first promotion applied, and per
    // class (item, order, shipping) the first applied promotion of that class and the first applied
    // promotion that does not combine with it. Fixed slots, so tracking them allocates nothing.
    private readonly CompiledPromotion?[] firstOfClass = new CompiledPromotion?[3];
    private readonly CompiledPromotion?[] firstRefusing = new CompiledPromotion?[3];
    private CompiledPromotion? exclusiveWinner;
    private CompiledPromotion? firstApplied;

    public void Begin(IPromotionUsage promotionUsage)
    {
        usage = promotionUsage;
        anyApplied = false;
        exclusiveApplied = false;
        appliedClasses = 0;
        combinableWithAll = PromotionClasses.All;
        Forget();
    }

    public void End()
    {
        usage = PromotionUsage.None;
        Forget();
    }

    public PromotionDecision Consider(CompiledPromotion compiled)
    {
        var promotion = compiled.Promotion;
        var blocked = Gate(compiled, out var unitLimit, out var budgetLeft, out var blocker);
        if (blocked is { } reason)
        {
            return blocker is null ? compiled.NotApplied(reason) : compiled.Blocked(reason, blocker);
        }

        var targeted = run.SelectEligible(compiled);
        var shippingClosed = promotion.Class == PromotionClass.Shipping && run.ShippingStopped;
        if (run.EligibleLines.IsEmpty || shippingClosed)
        {
            return targeted > 0
                ? compiled.Blocked(PromotionReason.StoppedByHigherPriority, shippingClosed ? run.ShippingStoppedBy : run.FirstStopper(compiled))
                : compiled.NotApplied(PromotionReason.NoMatchingItems);
        }

        var condition = promotion.Condition.Evaluate(run);
        if (!condition.IsMet)
        {
            return NotApplied(compiled, condition.Reason, condition.Shortfall, condition.MissingUnits);
        }

        var outcome = promotion.Reward.Propose(run, promotion, unitLimit);
        if (!outcome.IsApplied)
        {
            return NotApplied(compiled, outcome.Reason, outcome.Shortfall, outcome.MissingUnits);
        }

        var proposed = run.ProposedTotal();
        var cap = Math.Min(compiled.MaxDiscount, budgetLeft);
        if (proposed > cap)
        {
            run.CapProposals(cap);
            proposed = cap;
        }

        if (proposed == 0 && !promotion.Reward.GrantsBesidePrice)
        {
            return compiled.NotApplied(PromotionReason.NothingToDiscount);
        }

        var discount = run.Commit(compiled);
        promotion.Reward.Grant(run, promotion);
        combinableWithAll &= promotion.CombinesWith;
        appliedClasses |= compiled.Flag;
        Remember(compiled);
        anyApplied = true;
        exclusiveApplied |= promotion.Stacking == Stacking.Exclusive;
        return Decide(compiled, PromotionOutcome.Applied, PromotionReason.Applied, discount, outcome.UnitsUsed, outcome.NextShortfall, outcome.NextMissingUnits);
    }

    // The checks that need no look at the lines: exclusivity, validity, coupon, limits, combination.
    private PromotionReason? Gate(CompiledPromotion compiled, out long unitLimit, out long budgetLeft, out CompiledPromotion? blocker)
    {
        var promotion = compiled.Promotion;
        unitLimit = long.MaxValue;
        budgetLeft = long.MaxValue;
        blocker = null;
        if (exclusiveApplied)
        {
            blocker = exclusiveWinner;
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

        if (compiled.HasLimits && Limit(promotion, ref unitLimit, ref budgetLeft) is { } limited)
        {
            return limited;
        }

        // Two promotions combine only when each lists the other's class.
        if (anyApplied && ((appliedClasses & ~promotion.CombinesWith) != 0 || (combinableWithAll & compiled.Flag) == 0))
        {
            blocker = FirstNotCombining(compiled);
            return PromotionReason.DoesNotCombine;
        }

        if (promotion.Stacking == Stacking.Exclusive && anyApplied)
        {
            blocker = firstApplied;
            return PromotionReason.OtherPromotionsApplied;
        }

        return null;
    }

    private static int Slot(PromotionClasses flag) => flag switch
    {
        PromotionClasses.Item => 0,
        PromotionClasses.Order => 1,
        _ => 2,
    };

    private void Remember(CompiledPromotion compiled)
    {
        firstApplied ??= compiled;
        if (compiled.Promotion.Stacking == Stacking.Exclusive)
        {
            exclusiveWinner ??= compiled;
        }

        firstOfClass[Slot(compiled.Flag)] ??= compiled;
        for (var slot = 0; slot < 3; slot++)
        {
            var flag = (PromotionClasses)(1 << slot);
            if ((compiled.Promotion.CombinesWith & flag) == 0)
            {
                firstRefusing[slot] ??= compiled;
            }
        }
    }

    // The first applied promotion (in evaluation order) whose class this one does not accept, or that does not accept this one's.
    private CompiledPromotion? FirstNotCombining(CompiledPromotion compiled)
    {
        var first = firstRefusing[Slot(compiled.Flag)];
        for (var slot = 0; slot < 3; slot++)
        {
            var flag = (PromotionClasses)(1 << slot);
            if ((compiled.Promotion.CombinesWith & flag) == 0 && firstOfClass[slot] is { } applied && (first is null || applied.Index < first.Index))
            {
                first = applied;
            }
        }

        return first;
    }

    private void Forget()
    {
        Array.Clear(firstOfClass);
        Array.Clear(firstRefusing);
        exclusiveWinner = null;
        firstApplied = null;
    }

    private PromotionReason? Limit(Promotion promotion, ref long unitLimit, ref long budgetLeft)
    {
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

        return null;
    }

    private PromotionDecision NotApplied(CompiledPromotion compiled, PromotionReason reason, long shortfall, long missingUnits) =>
        shortfall > 0 || missingUnits > 0
            ? Decide(compiled, PromotionOutcome.NotApplied, reason, 0, 0, shortfall, missingUnits)
            : compiled.NotApplied(reason);

    private PromotionDecision Decide(CompiledPromotion compiled, PromotionOutcome outcome, PromotionReason reason, long discount, long units, long shortfall, long missingUnits) =>
        new(compiled.Promotion, run.Currency, outcome, reason, discount, units, shortfall, missingUnits);
}
