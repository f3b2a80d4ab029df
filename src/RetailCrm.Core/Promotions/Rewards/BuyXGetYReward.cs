namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Buy X get Y: in every group of X + Y targeted units the cheapest Y are free or discounted. The
/// discounted units must be in the cart (nothing is added), so X units alone get nothing and the
/// units that qualify are never the ones given away.
/// </summary>
public sealed class BuyXGetYReward : Reward
{
    internal BuyXGetYReward(int buy, int get, Percentage off, int? maxApplications)
        : base(PromotionClass.Item)
    {
        Buy = ArgumentRange.Positive(buy);
        Get = ArgumentRange.Positive(get);
        Off = DiscountPercent(off, nameof(off));
        MaxApplications = maxApplications is < 1
            ? throw new ArgumentOutOfRangeException(nameof(maxApplications), maxApplications, "At least one application.")
            : maxApplications;
    }

    /// <summary>Units paid for per group.</summary>
    public int Buy { get; }

    /// <summary>Units discounted per group.</summary>
    public int Get { get; }

    /// <summary>The discount on the Y units; 100% means free.</summary>
    public Percentage Off { get; }

    /// <summary>How many groups one order may discount, or <see langword="null"/> for no limit.</summary>
    public int? MaxApplications { get; }

    internal override IEnumerable<Money> Amounts => [];

    /// <summary>"buy 2 get 1 free" or "buy 1 get 1 at 50% off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Off == Percentage.Hundred ? $"buy {Buy} get {Get} free" : $"buy {Buy} get {Get} at {Off} off";

    internal override RewardOutcome Propose(PricingRun run, Promotion promotion, long unitLimit)
    {
        var groupSize = (long)Buy + Get;
        var units = run.EligibleQuantity;
        var groups = units / groupSize;
        if (groups == 0)
        {
            return RewardOutcome.NotApplied(PromotionReason.BelowMinimumQuantity, missingUnits: groupSize - units);
        }

        var capped = MaxApplications is { } max && groups >= max;
        groups = capped ? MaxApplications!.Value : groups;
        var free = Math.Min(groups * Get, unitLimit);
        TakeCheapest(run, free);
        return RewardOutcome.Applied(free, nextMissingUnits: capped ? 0 : ((groups + 1) * groupSize) - units);
    }

    // The cheapest units across the eligible lines: each line has at most two unit values (its
    // even share and that plus one minor unit), so the candidates are at most two per line.
    private void TakeCheapest(PricingRun run, long free)
    {
        var lines = run.EligibleLines;
        var candidates = run.UnitCandidates(lines.Length * 2);
        var count = 0;
        foreach (var k in lines)
        {
            var quantity = run.Lines[k].Quantity;
            var each = run.Current[k] / quantity;
            var dearer = run.Current[k] % quantity;
            candidates[count++] = new(each, k, quantity - dearer);
            if (dearer > 0)
            {
                candidates[count++] = new(each + 1, k, dearer);
            }
        }

        candidates[..count].Sort();
        var taken = run.Scratch(run.LineCount);
        taken.Clear();
        for (var i = 0; i < count && free > 0; i++)
        {
            var units = Math.Min(free, candidates[i].Units);
            taken[candidates[i].Line] += units;
            free -= units;
        }

        foreach (var k in lines)
        {
            if (taken[k] > 0)
            {
                run.Proposed[k] = PricingRun.PercentOf(run.ValueOfUnits(k, taken[k]), Off);
            }
        }
    }
}
