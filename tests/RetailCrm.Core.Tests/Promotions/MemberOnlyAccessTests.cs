namespace RetailCrm.Tests.Promotions;

using FsCheck.Xunit;
using RetailCrm.Membership;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using static RetailCrm.Tests.Promotions.Shop;

/// <summary>Member-only promotions follow each tier's <see cref="TierBenefits.MemberOnlyAccess"/>.</summary>
public sealed class MemberOnlyAccessTests
{
    private static readonly TierLadder Ladder = TierLadder.CreateDefault(Currency.CNY, Zone);

    private static readonly Promotion MembersOnly = new(new PromotionId("members"), "Members' week", Reward.PercentOff(Percentage.FromPercent(10)))
    {
        Condition = Condition.Member,
    };

    private static readonly PricingEngine Engine = new(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone) { MemberOnlyTiers = Ladder.MemberOnlyTiers }, [MembersOnly]));

    private static readonly Cart OneLine = Cart(Line("a", 1, 100m));

    [Fact]
    public void The_entry_tier_without_member_only_access_is_refused()
    {
        Assert.False(Ladder.Entry.Benefits.MemberOnlyAccess);

        var decision = Engine.Price(OneLine, In(Ladder.Entry.Id), Now).Decision("members");

        Assert.Equal(PromotionReason.NoMemberOnlyAccess, decision.Reason);
        Assert.Equal("Members' week is for members of tiers with member-only access.", decision.Message);
        Assert.Equal(Yuan(100m), Engine.Price(OneLine, In(Ladder.Entry.Id), Now).Total);
    }

    [Fact]
    public void A_tier_with_member_only_access_is_admitted()
    {
        var silver = Ladder.Tiers[1];
        Assert.True(silver.Benefits.MemberOnlyAccess);

        var priced = Engine.Price(OneLine, In(silver.Id), Now);

        Assert.True(priced.Decision("members").Applied);
        Assert.Equal(Yuan(90m), priced.Total);
    }

    [Fact]
    public void A_shopper_who_is_not_a_member_is_refused()
    {
        var decision = Engine.Price(OneLine, Guest, Now).Decision("members");

        Assert.Equal(PromotionReason.NotAMember, decision.Reason);
        Assert.Equal("Members' week is for members only.", decision.Message);
    }

    [Fact]
    public void A_tier_unknown_to_the_options_is_refused()
    {
        Assert.Equal(PromotionReason.NoMemberOnlyAccess, Engine.Price(OneLine, In(new TierId("not-a-tier")), Now).Decision("members").Reason);
    }

    [Fact]
    public void An_entry_tier_whose_benefits_grant_access_is_admitted()
    {
        var ladder = new TierLadder(
            Currency.CNY,
            Zone,
            QualificationWindow.Last12Months,
            new TierDefinition(new TierId("club"), "Club", TierRequirement.None) { Benefits = new TierBenefits { MemberOnlyAccess = true } },
            new TierDefinition(new TierId("vip"), "VIP", new TierRequirement { MinOrders = 3 }));
        var engine = new PricingEngine(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone) { MemberOnlyTiers = ladder.MemberOnlyTiers }, [MembersOnly]));

        Assert.True(engine.Price(OneLine, In(new TierId("club")), Now).Decision("members").Applied);
        Assert.Equal(PromotionReason.NoMemberOnlyAccess, engine.Price(OneLine, In(new TierId("vip")), Now).Decision("members").Reason);
    }

    [Fact]
    public void A_promotion_that_names_its_tiers_is_for_those_tiers_whatever_their_access()
    {
        var entryOnly = new Promotion(new PromotionId("entry"), "Welcome", Reward.PercentOff(Percentage.FromPercent(5))) { Condition = Condition.InTier(Ladder.Entry.Id) };

        Assert.True(new PricingEngine(Catalog(entryOnly)).Price(OneLine, In(Ladder.Entry.Id), Now).Decision("entry").Applied);
    }

    [Fact]
    public void A_catalog_with_a_member_only_promotion_needs_to_know_which_tiers_open_it()
    {
        var nested = new Promotion(new PromotionId("nested"), "Nested", Reward.PercentOff(Percentage.FromPercent(5))) { Condition = Condition.Any(Condition.FirstOrder, Condition.Not(Condition.Member)) };

        Assert.Equal("promotions", Assert.Throws<ArgumentException>(() => Catalog(MembersOnly)).ParamName);
        Assert.Equal("promotions", Assert.Throws<ArgumentException>(() => Catalog(nested)).ParamName);
        Assert.Equal("MemberOnlyTiers", Assert.Throws<ArgumentException>(() => new PricingOptions(Currency.CNY, Zone) { MemberOnlyTiers = new HashSet<TierId> { default } }).ParamName);
    }

    [Fact]
    public void The_ladder_lists_the_tiers_whose_benefits_grant_member_only_access()
    {
        Assert.Equal(Ladder.Tiers.Where(t => t.Benefits.MemberOnlyAccess).Select(t => t.Id).ToHashSet(), Ladder.MemberOnlyTiers.ToHashSet());
        Assert.DoesNotContain(Ladder.Entry.Id, Ladder.MemberOnlyTiers);
    }

    [Property(MaxTest = 200)]
    public void A_member_only_promotion_applies_exactly_for_a_tier_with_member_only_access(bool[] access, int pick)
    {
        var flags = access.Length == 0 ? [false] : access;
        var tiers = flags.Select((open, i) => new TierDefinition(new TierId($"t{i}"), $"Tier {i}", i == 0 ? TierRequirement.None : new TierRequirement { MinOrders = i })
        {
            Benefits = new TierBenefits { MemberOnlyAccess = open },
        }).ToArray();
        var ladder = new TierLadder(Currency.CNY, Zone, QualificationWindow.Last12Months, tiers);
        var engine = new PricingEngine(new PromotionCatalog(new PricingOptions(Currency.CNY, Zone) { MemberOnlyTiers = ladder.MemberOnlyTiers }, [MembersOnly]));
        var index = Math.Abs(pick % (flags.Length + 1));
        var shopper = index == flags.Length ? Guest : In(tiers[index].Id);

        var decision = engine.Price(OneLine, shopper, Now).Decision("members");

        var expected = index == flags.Length ? PromotionReason.NotAMember : flags[index] ? PromotionReason.Applied : PromotionReason.NoMemberOnlyAccess;
        Assert.Equal(expected, decision.Reason);
    }

    private static Shopper In(TierId tier) => new(new CustomerId("m-1")) { Tier = tier };
}
