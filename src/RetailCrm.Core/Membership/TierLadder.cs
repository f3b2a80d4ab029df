namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// A membership programme as data: the tiers from the entry tier up, the qualification window, the
/// shop's currency and time zone, and the downgrade rules (grace period, steps per review,
/// whether a refund may undo the upgrade it caused). Validated on construction.
/// </summary>
public sealed class TierLadder
{
    /// <summary>Creates a ladder.</summary>
    /// <param name="currency">The currency of spend thresholds.</param>
    /// <param name="zone">The shop's time zone: windows and review dates are its local dates.</param>
    /// <param name="window">The qualification window.</param>
    /// <param name="tiers">The tiers from lowest to highest; the first is the entry tier and asks for nothing.</param>
    /// <exception cref="ArgumentNullException">An argument or a tier is null.</exception>
    /// <exception cref="ArgumentException">
    /// No tier; the entry tier has a requirement or a higher tier has none; two tiers share an id or
    /// a name; a threshold does not increase with rank; or an amount is in another currency.
    /// </exception>
    public TierLadder(Currency currency, DateTimeZone zone, QualificationWindow window, params IEnumerable<TierDefinition> tiers)
    {
        Currency = Guard.Against.Null(currency);
        Zone = Guard.Against.Null(zone);
        Window = Guard.Against.Null(window);
        var list = Guard.Against.Null(tiers).ToArray();
        Validate(list, currency);
        Tiers = list;
        MemberOnlyTiers = list.Where(t => t.Benefits.MemberOnlyAccess).Select(t => t.Id).ToHashSet();
    }

    /// <summary>
    /// A five-tier ladder over the last 12 months, as a starting point: Regular (entry); Silver from
    /// 1,000 spent or 5 orders; Gold from 5,000 and 10 orders; Platinum from 20,000 and 20 orders;
    /// Diamond from 50,000 and 30 orders (amounts in <paramref name="currency"/>'s major unit).
    /// Benefits rise with rank: points multipliers 1, 1.2, 1.5, 2 and 3; extra discounts from Gold
    /// (2%, 5%, 8%); free shipping from 99, 49, then always; member-only access from Silver;
    /// priority service from Platinum. Grace period 30 days, one step down per review.
    /// </summary>
    /// <param name="currency">The shop's currency.</param>
    /// <param name="zone">The shop's time zone.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TierLadder CreateDefault(Currency currency, DateTimeZone zone)
    {
        Guard.Against.Null(currency);
        Money Amount(decimal value) => Money.Of(value, currency);
        TierDefinition Tier(string id, string name, TierRequirement requirement, TierBenefits benefits) =>
            new(new TierId(id), name, requirement) { Benefits = benefits };
        return new TierLadder(
            currency,
            zone,
            QualificationWindow.Last12Months,
            Tier("regular", "Regular", TierRequirement.None, TierBenefits.None),
            Tier("silver", "Silver", new TierRequirement { MinSpend = Amount(1_000m), MinOrders = 5, Mode = RequirementMode.Any }, new TierBenefits { PointsMultiplier = 1.2m, FreeShippingFrom = Amount(99m), MemberOnlyAccess = true }),
            Tier("gold", "Gold", new TierRequirement { MinSpend = Amount(5_000m), MinOrders = 10 }, new TierBenefits { PointsMultiplier = 1.5m, ExtraDiscount = Percentage.FromPercent(2), FreeShippingFrom = Amount(49m), MemberOnlyAccess = true }),
            Tier("platinum", "Platinum", new TierRequirement { MinSpend = Amount(20_000m), MinOrders = 20 }, new TierBenefits { PointsMultiplier = 2m, ExtraDiscount = Percentage.FromPercent(5), FreeShippingFrom = Amount(0m), MemberOnlyAccess = true, PriorityService = true }),
            Tier("diamond", "Diamond", new TierRequirement { MinSpend = Amount(50_000m), MinOrders = 30 }, new TierBenefits { PointsMultiplier = 3m, ExtraDiscount = Percentage.FromPercent(8), FreeShippingFrom = Amount(0m), MemberOnlyAccess = true, PriorityService = true }));
    }

    /// <summary>The currency of spend thresholds.</summary>
    public Currency Currency { get; }

    /// <summary>The shop's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The qualification window.</summary>
    public QualificationWindow Window { get; }

    /// <summary>The tiers from lowest (the entry tier) to highest.</summary>
    public IReadOnlyList<TierDefinition> Tiers { get; }

    /// <summary>
    /// The tiers whose benefits open member-only promotions (<see cref="TierBenefits.MemberOnlyAccess"/>),
    /// for <see cref="PricingOptions.MemberOnlyTiers"/>.
    /// </summary>
    public IReadOnlySet<TierId> MemberOnlyTiers { get; }

    /// <summary>The entry tier every member starts in.</summary>
    public TierDefinition Entry => Tiers[0];

    /// <summary>
    /// How long after a review date a member who no longer qualifies keeps the tier (30 days by
    /// default); activity during the grace period that qualifies again prevents the downgrade.
    /// </summary>
    /// <exception cref="ArgumentException">The period is negative or has time units.</exception>
    public Period GracePeriod
    {
        get => field ?? Period.FromDays(30);
        init => field = value is { HasTimeComponent: false, Years: >= 0, Months: >= 0, Weeks: >= 0, Days: >= 0 }
            ? value
            : throw new ArgumentException("The grace period is a non-negative number of days, weeks, months or years.", nameof(GracePeriod));
    }

    /// <summary>How many tiers a review may take a member down; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public int MaxStepsDown
    {
        get;
        init => field = ArgumentRange.Positive(value, nameof(MaxStepsDown));
    } = 1;

    /// <summary>
    /// Whether a refund undoes the upgrade that the refunded order caused, at once, when the member
    /// no longer qualifies without it. Off by default: otherwise only reviews downgrade.
    /// </summary>
    public bool RefundsUndoUpgrades { get; init; }

    /// <summary>The tier with <paramref name="id"/>.</summary>
    /// <param name="id">The tier's id.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentException">The ladder has no such tier.</exception>
    public TierDefinition this[TierId id] => Tiers[RankOf(id)];

    /// <summary>The rank of <paramref name="id"/>: 0 for the entry tier, counting up.</summary>
    /// <param name="id">The tier's id.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentException">The ladder has no such tier.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public int RankOf(TierId id)
    {
        IdArgument.Require(id, nameof(id));
        for (var rank = 0; rank < Tiers.Count; rank++)
        {
            if (Tiers[rank].Id == id)
            {
                return rank;
            }
        }

        throw new ArgumentException($"The ladder has no tier {id}.", nameof(id));
    }

    /// <summary>Whether the ladder defines <paramref name="id"/>.</summary>
    /// <param name="id">The tier's id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public bool Defines(TierId id)
    {
        IdArgument.Require(id, nameof(id));
        return Tiers.Any(t => t.Id == id);
    }

    /// <summary>The rank of the highest tier <paramref name="totals"/> qualify for.</summary>
    /// <param name="totals">What the member did in the window.</param>
    /// <returns>The rank (0 when only the entry tier).</returns>
    public int QualifiedRank(QualifyingTotals totals)
    {
        for (var rank = Tiers.Count - 1; rank > 0; rank--)
        {
            if (Tiers[rank].Requirement.IsMetBy(totals))
            {
                return rank;
            }
        }

        return 0;
    }

    /// <summary>
    /// The tiers' price benefits as promotions for a <see cref="PromotionCatalog"/>: each tier's extra
    /// discount on every item and its free-shipping threshold, conditioned on the tier. The pricing
    /// engine then applies them like any promotion, with decisions and combination rules.
    /// </summary>
    /// <param name="priority">The promotions' priority (tier discounts usually come after item promotions).</param>
    /// <returns>The promotions, ids "tier-{id}-discount" and "tier-{id}-free-shipping".</returns>
    public IEnumerable<Promotion> BenefitPromotions(int priority = 0)
    {
        foreach (var tier in Tiers)
        {
            if (tier.Benefits.ExtraDiscount is { } discount)
            {
                yield return new Promotion(new PromotionId($"tier-{tier.Id}-discount"), $"{tier.Name}: {discount} off", Reward.PercentOff(discount))
                {
                    Condition = Condition.InTier(tier.Id),
                    Priority = priority,
                };
            }

            if (tier.Benefits.FreeShippingFrom is { } threshold)
            {
                yield return new Promotion(new PromotionId($"tier-{tier.Id}-free-shipping"), $"{tier.Name}: free shipping from {threshold}", Reward.FreeShipping(threshold))
                {
                    Condition = Condition.InTier(tier.Id),
                    Priority = priority,
                };
            }
        }
    }

    private static void Validate(TierDefinition[] tiers, Currency currency)
    {
        if (tiers.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(tiers), "A tier is null.");
        }

        if (tiers.Length == 0)
        {
            throw new ArgumentException("A ladder has at least one tier.", nameof(tiers));
        }

        if (!tiers[0].Requirement.IsNone || tiers.Skip(1).Any(t => t.Requirement.IsNone))
        {
            throw new ArgumentException("The entry tier (the first) asks for nothing, and every higher tier asks for something.", nameof(tiers));
        }

        if (tiers.DistinctBy(t => t.Id).Count() != tiers.Length || tiers.DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Count() != tiers.Length)
        {
            throw new ArgumentException("Two tiers share an id or a name.", nameof(tiers));
        }

        foreach (var tier in tiers)
        {
            tier.Benefits.RequireCurrency(currency, nameof(tiers));
            if (tier.Requirement.MinSpend is { } spend && spend.Currency != currency)
            {
                throw new ArgumentException($"The tier {tier} asks for spend in {spend.Currency}, not {currency}.", nameof(tiers));
            }
        }

        for (var i = 2; i < tiers.Length; i++)
        {
            var (lower, higher) = (tiers[i - 1].Requirement, tiers[i].Requirement);
            if (NotAbove(lower.MinSpend?.Amount, higher.MinSpend?.Amount)
                || NotAbove(lower.MinOrders, higher.MinOrders)
                || NotAbove(lower.MinPoints?.Value, higher.MinPoints?.Value))
            {
                throw new ArgumentException($"The thresholds of {tiers[i]} must be above those of {tiers[i - 1]}.", nameof(tiers));
            }
        }
    }

    private static bool NotAbove(decimal? lower, decimal? higher) => lower is { } l && higher is { } h && h <= l;
}
