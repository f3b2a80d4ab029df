namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Membership.Club;

public sealed class TierLadderTests
{
    private static readonly TierId Diamond = new("diamond");

    [Fact]
    public void The_default_ladder_has_five_tiers_with_rising_thresholds_and_benefits()
    {
        var ladder = TierLadder.CreateDefault(Currency.CNY, Zone);

        Assert.Equal(["regular", "silver", "gold", "platinum", "diamond"], ladder.Tiers.Select(t => t.Id.Value));
        Assert.Equal(["Regular", "Silver", "Gold", "Platinum", "Diamond"], ladder.Tiers.Select(t => t.Name));
        Assert.Equal(QualificationWindow.Last12Months, ladder.Window);
        Assert.Equal((Period.FromDays(30), 1, false), (ladder.GracePeriod, ladder.MaxStepsDown, ladder.RefundsUndoUpgrades));
        Assert.Equal(Regular, ladder.Entry.Id);
        Assert.True(ladder.Entry.Requirement.IsNone);
        Assert.Equal(new TierRequirement { MinSpend = Yuan(1_000m), MinOrders = 5, Mode = RequirementMode.Any }, ladder[Silver].Requirement);
        Assert.Equal(new TierRequirement { MinSpend = Yuan(50_000m), MinOrders = 30 }, ladder[Diamond].Requirement);
        Assert.Equal([1m, 1.2m, 1.5m, 2m, 3m], ladder.Tiers.Select(t => t.Benefits.PointsMultiplier));
        Assert.Equal([null, null, Percentage.FromPercent(2), Percentage.FromPercent(5), Percentage.FromPercent(8)], ladder.Tiers.Select(t => t.Benefits.ExtraDiscount));
        Assert.Equal([null, Yuan(99m), Yuan(49m), Yuan(0m), Yuan(0m)], ladder.Tiers.Select(t => t.Benefits.FreeShippingFrom));
        Assert.Equal([false, true, true, true, true], ladder.Tiers.Select(t => t.Benefits.MemberOnlyAccess));
        Assert.Equal([false, false, false, true, true], ladder.Tiers.Select(t => t.Benefits.PriorityService));
        Assert.DoesNotContain(ladder.Tiers, t => t.Lifetime);
    }

    [Fact]
    public void The_default_ladder_names_its_bad_arguments()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => TierLadder.CreateDefault(null!, Zone)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => TierLadder.CreateDefault(Currency.CNY, null!)).ParamName);
    }

    [Theory]
    [InlineData(999.99, 4, "regular")]
    [InlineData(1_000, 0, "silver")]
    [InlineData(10, 5, "silver")]
    [InlineData(4_999.99, 10, "silver")]
    [InlineData(5_000, 9, "silver")]
    [InlineData(5_000, 10, "gold")]
    [InlineData(49_999.99, 30, "platinum")]
    [InlineData(50_000, 30, "diamond")]
    public void The_qualified_rank_is_the_highest_tier_the_totals_meet(double spend, long orders, string tier)
    {
        var ladder = TierLadder.CreateDefault(Currency.CNY, Zone);

        var rank = ladder.QualifiedRank(new QualifyingTotals(Yuan((decimal)spend), orders, Points.Zero));

        Assert.Equal(new TierId(tier), ladder.Tiers[rank].Id);
    }

    [Fact]
    public void Asking_for_a_tier_the_ladder_lacks_throws_naming_the_id()
    {
        var ladder = TierLadder.CreateDefault(Currency.CNY, Zone);

        Assert.Equal(3, ladder.RankOf(Platinum));
        Assert.True(ladder.Defines(Gold));
        Assert.False(ladder.Defines(new TierId("bronze")));
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ladder.RankOf(new TierId("bronze"))).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ladder[new TierId("bronze")]).ParamName);
    }

    private static TierDefinition Tier(string id, TierRequirement requirement, TierBenefits? benefits = null) =>
        new(new TierId(id), id.ToUpperInvariant(), requirement) { Benefits = benefits ?? TierBenefits.None };

    private static TierRequirement Spend(decimal amount) => new() { MinSpend = Yuan(amount) };

    public static TheoryData<string, TierDefinition[]> BadLadders => new()
    {
        { "no tier", [] },
        { "a null tier", [Tier("a", TierRequirement.None), null!] },
        { "an entry tier with a requirement", [Tier("a", Spend(10m)), Tier("b", Spend(20m))] },
        { "a higher tier without a requirement", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), Tier("c", TierRequirement.None)] },
        { "two tiers with one id", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), Tier("b", Spend(30m)) ] },
        { "two tiers with one name in another case", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), new TierDefinition(new TierId("c"), "b", Spend(30m))] },
        { "a spend threshold that does not rise", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), Tier("c", Spend(20m))] },
        { "a spend threshold that falls", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), Tier("c", Spend(19.99m))] },
        { "an order threshold that does not rise", [Tier("a", TierRequirement.None), Tier("b", new TierRequirement { MinOrders = 3 }), Tier("c", new TierRequirement { MinOrders = 3, MinSpend = Yuan(5m) })] },
        { "a points threshold that falls", [Tier("a", TierRequirement.None), Tier("b", new TierRequirement { MinPoints = Points.Of(500) }), Tier("c", new TierRequirement { MinPoints = Points.Of(100) })] },
        { "a falling threshold high up the ladder", [Tier("a", TierRequirement.None), Tier("b", Spend(20m)), Tier("c", Spend(30m)), Tier("d", Spend(25m))] },
        { "a spend threshold in another currency", [Tier("a", TierRequirement.None), Tier("b", new TierRequirement { MinSpend = Money.Of(20m, Currency.USD) })] },
        { "a free-shipping threshold in another currency", [Tier("a", TierRequirement.None), Tier("b", Spend(20m), new TierBenefits { FreeShippingFrom = Money.Of(20m, Currency.USD) })] },
        { "an entry tier whose free-shipping threshold is in another currency", [Tier("a", TierRequirement.None, new TierBenefits { FreeShippingFrom = Money.Of(0m, Currency.EUR) })] },
    };

    [Theory]
    [MemberData(nameof(BadLadders))]
    public void Every_bad_ladder_is_refused_naming_the_tiers(string what, TierDefinition[] tiers)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new TierLadder(Currency.CNY, Zone, QualificationWindow.CalendarYear, tiers));

        Assert.True(error.ParamName == "tiers", $"{what}: {error.ParamName}");
    }

    [Fact]
    public void A_null_tier_is_refused_as_the_documentation_says()
    {
        Assert.Throws<ArgumentNullException>(() => new TierLadder(Currency.CNY, Zone, QualificationWindow.CalendarYear, Tier("a", TierRequirement.None), null!));
    }

    [Fact]
    public void A_ladder_names_its_null_arguments()
    {
        var entry = Tier("a", TierRequirement.None);

        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new TierLadder(null!, Zone, QualificationWindow.CalendarYear, entry)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => new TierLadder(Currency.CNY, null!, QualificationWindow.CalendarYear, entry)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => new TierLadder(Currency.CNY, Zone, null!, entry)).ParamName);
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => new TierLadder(Currency.CNY, Zone, QualificationWindow.CalendarYear, (IEnumerable<TierDefinition>)null!)).ParamName);
    }

    [Fact]
    public void Thresholds_may_use_other_measures_from_tier_to_tier()
    {
        var ladder = new TierLadder(
            Currency.CNY,
            Zone,
            QualificationWindow.CalendarYear,
            Tier("a", TierRequirement.None),
            Tier("b", new TierRequirement { MinSpend = Yuan(1_000m) }),
            Tier("c", new TierRequirement { MinOrders = 5 }),
            Tier("d", new TierRequirement { MinPoints = Points.Of(100), MinOrders = 6, Mode = RequirementMode.Any }));

        Assert.Equal(4, ladder.Tiers.Count);
    }

    public static TheoryData<string, Period> BadGracePeriods => new()
    {
        { "negative days", Period.FromDays(-1) },
        { "negative months", Period.FromMonths(-1) },
        { "hours", Period.FromHours(12) },
        { "days and hours", Period.FromDays(1) + Period.FromHours(1) },
        { "days less a week", Period.FromDays(10) - Period.FromWeeks(1) },
        { "null", null! },
    };

    [Theory]
    [MemberData(nameof(BadGracePeriods))]
    public void A_grace_period_that_is_not_whole_non_negative_dates_is_refused(string what, Period grace)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new TierLadder(Currency.CNY, Zone, QualificationWindow.CalendarYear, Tier("a", TierRequirement.None)) { GracePeriod = grace });

        Assert.True(error.ParamName == "GracePeriod", $"{what}: {error.ParamName}");
    }

    [Fact]
    public void A_grace_period_of_zero_days_or_of_months_is_accepted()
    {
        Assert.Equal(Period.Zero, Ladder(QualificationWindow.CalendarYear, grace: Period.Zero).GracePeriod);
        Assert.Equal(Period.FromMonths(2), Ladder(QualificationWindow.CalendarYear, grace: Period.FromMonths(2)).GracePeriod);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_step_down_per_review_is_refused(int steps)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Ladder(QualificationWindow.CalendarYear, maxStepsDown: steps));

        Assert.Equal("MaxStepsDown", error.ParamName);
    }

    [Fact]
    public void A_requirement_is_met_by_all_or_any_of_its_thresholds()
    {
        var all = new TierRequirement { MinSpend = Yuan(100m), MinOrders = 2, MinPoints = Points.Of(50) };
        var any = all with { Mode = RequirementMode.Any };
        var spendOnly = new QualifyingTotals(Yuan(100m), 1, Points.Of(49));
        var everything = new QualifyingTotals(Yuan(100m), 2, Points.Of(50));

        Assert.False(all.IsMetBy(spendOnly));
        Assert.True(all.IsMetBy(everything));
        Assert.True(any.IsMetBy(spendOnly));
        Assert.False(any.IsMetBy(new QualifyingTotals(Yuan(99.99m), 1, Points.Of(49))));
        Assert.True(TierRequirement.None.IsMetBy(new QualifyingTotals(Yuan(0m), 0, Points.Zero)));
        Assert.Equal("spend CNY 100.00 and 2 orders and earn 50 pts", all.ToString());
        Assert.Equal("spend CNY 100.00 or 2 orders or earn 50 pts", any.ToString());
        Assert.Equal("nothing", TierRequirement.None.ToString());
    }

    [Fact]
    public void A_requirement_names_its_bad_thresholds()
    {
        Assert.Equal("MinOrders", Assert.Throws<ArgumentOutOfRangeException>(() => new TierRequirement { MinOrders = 0 }).ParamName);
        Assert.Equal("MinPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new TierRequirement { MinPoints = Points.Zero }).ParamName);
        Assert.Equal("MinSpend", Assert.ThrowsAny<ArgumentException>(() => new TierRequirement { MinSpend = Yuan(0m) }).ParamName);
        Assert.Equal("MinSpend", Assert.ThrowsAny<ArgumentException>(() => new TierRequirement { MinSpend = Yuan(10.001m) }).ParamName);
        Assert.Equal("Mode", Assert.ThrowsAny<ArgumentException>(() => new TierRequirement { Mode = (RequirementMode)7 }).ParamName);
    }

    [Fact]
    public void Benefits_and_tiers_name_their_bad_values()
    {
        Assert.Equal("ExtraDiscount", Assert.Throws<ArgumentOutOfRangeException>(() => new TierBenefits { ExtraDiscount = Percentage.Zero }).ParamName);
        Assert.Equal("ExtraDiscount", Assert.Throws<ArgumentOutOfRangeException>(() => new TierBenefits { ExtraDiscount = Percentage.FromPercent(101) }).ParamName);
        Assert.Equal("PointsMultiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new TierBenefits { PointsMultiplier = 0m }).ParamName);
        Assert.Equal("PointsMultiplier", Assert.Throws<ArgumentOutOfRangeException>(() => new TierBenefits { PointsMultiplier = 100.01m }).ParamName);
        Assert.Equal("FreeShippingFrom", Assert.ThrowsAny<ArgumentException>(() => new TierBenefits { FreeShippingFrom = Yuan(-1m) }).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new TierDefinition(default, "Gold", TierRequirement.None)).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new TierDefinition(Gold, " ", TierRequirement.None)).ParamName);
        Assert.Equal("requirement", Assert.Throws<ArgumentNullException>(() => new TierDefinition(Gold, "Gold", null!)).ParamName);
        Assert.Equal("Benefits", Assert.Throws<ArgumentNullException>(() => new TierDefinition(Gold, "Gold", TierRequirement.None) { Benefits = null! }).ParamName);
        Assert.Equal("Gold", new TierDefinition(Gold, "  Gold ", TierRequirement.None).ToString());
    }

    [Fact]
    public void Benefit_promotions_are_one_discount_and_one_free_shipping_per_tier_that_has_them()
    {
        var promotions = TierLadder.CreateDefault(Currency.CNY, Zone).BenefitPromotions(priority: -10).ToArray();

        Assert.Equal(
            ["tier-silver-free-shipping", "tier-gold-discount", "tier-gold-free-shipping", "tier-platinum-discount", "tier-platinum-free-shipping", "tier-diamond-discount", "tier-diamond-free-shipping"],
            promotions.Select(p => p.Id.Value));
        Assert.All(promotions, p => Assert.Equal(-10, p.Priority));
    }

    [Theory]
    [InlineData(null, 100, 110.00)]
    [InlineData("regular", 100, 110.00)]
    [InlineData("silver", 100, 100.00)]
    [InlineData("silver", 98, 108.00)]
    [InlineData("gold", 100, 98.00)]
    [InlineData("gold", 40, 49.20)]
    [InlineData("platinum", 40, 38.00)]
    [InlineData("diamond", 100, 92.00)]
    public void The_pricing_engine_applies_a_tier_discount_and_free_shipping_to_members_of_that_tier(string? tier, int price, double total)
    {
        var catalog = new PromotionCatalog(new PricingOptions(Currency.CNY, Zone), TierLadder.CreateDefault(Currency.CNY, Zone).BenefitPromotions());
        var cart = new Cart(Currency.CNY, new CartLine(new Sku("tea"), 1, Yuan(price), new CategoryId("grocery"))) { Shipping = Yuan(10m) };
        var shopper = new Shopper(new CustomerId("m-1")) { Tier = tier is null ? null : new TierId(tier) };

        var priced = new PricingEngine(catalog).Price(cart, shopper, Local(2026, 6, 1));

        Assert.Equal(Yuan((decimal)total), priced.Total);
        Assert.All(priced.Applied, d => Assert.StartsWith($"tier-{tier}-", d.Promotion.Value, StringComparison.Ordinal));
    }
}
