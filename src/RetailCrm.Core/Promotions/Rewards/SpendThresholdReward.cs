namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// An amount off the order for reaching a spend threshold ("spend 200 get 20"): the best tier
/// reached wins, or one tier repeats per multiple of its threshold. The discount never exceeds
/// what the eligible lines are worth and is spread over them by value, penny-exact.
/// </summary>
public sealed class SpendThresholdReward : Reward
{
    // The tiers in minor units, read on every pricing (a catalog holds only amounts in its currency).
    private readonly long[] thresholds;
    private readonly long[] offs;

    internal SpendThresholdReward(IEnumerable<SpendTier> tiers, bool repeatable, int? maxRepeats)
        : base(PromotionClass.Order)
    {
        var list = Guard.Against.Null(tiers).ToArray();
        if (list.Length == 0 || list.Any(t => t is null))
        {
            throw new ArgumentException("At least one tier is needed, and none may be null.", nameof(tiers));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Threshold.Currency != list[0].Threshold.Currency || list[i].Threshold <= list[i - 1].Threshold)
            {
                throw new ArgumentException("Tier thresholds must strictly increase, in one currency.", nameof(tiers));
            }
        }

        if (repeatable && list.Length > 1)
        {
            throw new ArgumentException("A repeatable threshold has exactly one tier.", nameof(tiers));
        }

        if (maxRepeats is { } max && (max < 1 || !repeatable))
        {
            throw new ArgumentOutOfRangeException(nameof(maxRepeats), maxRepeats, "At least 1, and only for a repeatable threshold.");
        }

        Tiers = list;
        thresholds = [.. list.Select(t => t.Threshold.ToMinorUnits())];
        offs = [.. list.Select(t => t.Off.ToMinorUnits())];
        Repeatable = repeatable;
        MaxRepeats = maxRepeats;
    }

    /// <summary>The tiers, thresholds strictly increasing.</summary>
    public IReadOnlyList<SpendTier> Tiers { get; }

    /// <summary>Whether the single tier repeats per multiple of its threshold.</summary>
    public bool Repeatable { get; }

    /// <summary>How many multiples at most, when repeatable; <see langword="null"/> for no limit.</summary>
    public int? MaxRepeats { get; }

    internal override IEnumerable<Money> Amounts => Tiers.SelectMany(t => new[] { t.Threshold, t.Off });

    /// <summary>"spend CNY 200.00 get CNY 20.00 off, per multiple".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Tiers) + (Repeatable ? ", per multiple" : string.Empty);

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var spend = run.EligibleSubtotal;
        long discount;
        long next;
        if (Repeatable)
        {
            var threshold = thresholds[0];
            var times = spend / threshold;
            var capped = MaxRepeats is { } max && times >= max;
            times = capped ? MaxRepeats!.Value : times;
            discount = checked(times * offs[0]);
            next = capped ? 0 : ((times + 1) * threshold) - spend;
        }
        else
        {
            var reached = -1;
            for (var i = 0; i < thresholds.Length && thresholds[i] <= spend; i++)
            {
                reached = i;
            }

            discount = reached < 0 ? 0 : offs[reached];
            next = reached + 1 < thresholds.Length ? thresholds[reached + 1] - spend : 0;
        }

        if (discount == 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.BelowMinimumSpend, shortfall: thresholds[0] - spend);
        }

        run.ProposeSplitByValue(Math.Min(discount, spend));
        return RewardOutcome.Applied(nextShortfall: next);
    }
}
