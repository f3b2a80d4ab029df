namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;

/// <summary>Interest profiles: preferred categories, price sensitivity, usual hour and channel.</summary>
public sealed class InterestProfilerTests
{
    private static readonly string[] CategoryPool = ["books", "food", "garden", "toys"];
    private static readonly string[] ChannelPool = ["app", "store", "web"];

    private static Gen<ProfiledOrder> Orders { get; } =
        from customer in Gen.Choose(0, 5)
        from minutes in Gen.Choose(0, 60 * 24 * 90)
        from channel in Gen.Elements(ChannelPool)
        from lines in (from category in Gen.Elements(CategoryPool)
                       from cents in Gen.Frequency((6, Gen.Choose(1, 20_000)), (1, Gen.Constant(0)))
                       from promotion in Gen.Elements(true, false)
                       select Line(category, cents / 100m, promotion)).NonEmptyListOf()
        select Order($"c{customer}", new LocalDateTime(2026, 1, 1, 0, 0).PlusMinutes(minutes), channel, [.. lines]);

    private static Arbitrary<(ProfiledOrder[] Orders, ProfiledOrder[] Shuffled)> Histories { get; } =
        (from orders in Orders.ArrayOf()
         from shuffled in Gen.Shuffle(orders)
         select (orders, shuffled)).ToArbitrary();

    private static PurchaseLine Line(string category, decimal amount, bool promotion = false) =>
        new(new CategoryId(category), Money.Of(amount, Currency.CNY), promotion);

    private static ProfiledOrder Order(string customer, LocalDateTime at, string channel, params PurchaseLine[] lines) =>
        new(new CustomerId(customer), at, new SalesChannel(channel), lines);

    [Fact]
    public void A_customer_who_buys_books_in_the_evening_on_the_app_and_half_on_promotion()
    {
        ProfiledOrder[] orders =
        [
            Order("c-1", new LocalDateTime(2026, 3, 2, 20, 15), "app", Line("books", 100m, promotion: true), Line("toys", 50m)),
            Order("c-1", new LocalDateTime(2026, 3, 9, 20, 45), "app", Line("books", 150m)),
            Order("c-1", new LocalDateTime(2026, 4, 1, 9, 10), "web", Line("food", 80m, promotion: true), Line("books", 20m, promotion: true)),
        ];

        var profile = InterestProfiler.Profile(orders, Currency.CNY);

        Assert.Equal((3, 5, Money.Of(400m, Currency.CNY)), (profile.Orders, profile.Lines, profile.Spend));
        Assert.Equal(new CategoryId("books"), profile.PreferredCategory);
        Assert.Equal(["books 67.5% (CNY 270.00)", "food 20% (CNY 80.00)", "toys 12.5% (CNY 50.00)"], profile.Categories.Select(c => c.ToString()));
        Assert.Equal(3, profile.Categories[0].Lines);
        Assert.Equal((Money.Of(200m, Currency.CNY), 3), (profile.PromotionSpend, profile.PromotionLines));
        Assert.Equal((Percentage.FromPercent(50), Percentage.FromPercent(60)), (profile.PromotionSpendShare, profile.PromotionLineShare));
        Assert.Equal((20, 2, 1), (profile.UsualHour, profile.Hours[20], profile.Hours[9]));
        Assert.Equal(new SalesChannel("app"), profile.UsualChannel);
        Assert.Equal(["app 66.67% (2)", "web 33.33% (1)"], profile.Channels.Select(c => c.ToString()));
        Assert.Equal((orders[0].At, orders[2].At), (profile.FirstOrder, profile.LastOrder));
        Assert.Equal("c-1: 3 orders, CNY 400.00; books 67.5% (CNY 270.00); promotion 50%; 20:00; app", profile.ToString());
    }

    [Fact]
    public void Ties_go_to_the_earliest_hour_and_the_first_channel_and_category_by_id()
    {
        var profile = InterestProfiler.Profile(
            [
                Order("a", new LocalDateTime(2026, 1, 1, 21, 0), "web", Line("toys", 10m)),
                Order("a", new LocalDateTime(2026, 1, 2, 8, 0), "app", Line("books", 10m)),
            ],
            Currency.CNY);

        Assert.Equal((8, "app", "books"), (profile.UsualHour, profile.UsualChannel.Value, profile.PreferredCategory.Value));
    }

    [Fact]
    public void Nothing_spent_gives_shares_of_zero()
    {
        var profile = InterestProfiler.Profile([Order("a", new LocalDateTime(2026, 1, 1, 0, 0), "store", Line("gifts", 0m, promotion: true))], Currency.CNY);

        Assert.Equal((Percentage.Zero, Percentage.Zero, Percentage.Hundred), (profile.Categories[0].Share, profile.PromotionSpendShare, profile.PromotionLineShare));
    }

    [Fact]
    public void A_customer_of_forty_categories_still_gets_shares_adding_up_to_exactly_a_hundred()
    {
        var orders = Enumerable.Range(1, 40).Select(i => Order("a", new LocalDateTime(2026, 1, 1, i % 24, 0), $"ch{i % 35:D2}", Line($"k{i:D2}", i)));

        var profile = InterestProfiler.Profile(orders, Currency.CNY);

        Assert.Equal(40, profile.Categories.Count);
        Assert.Equal(100m, profile.Categories.Sum(c => c.Share.Value));
        Assert.Equal(100m, profile.Channels.Sum(c => c.Share.Value));
        Assert.Equal(("k40", Percentage.FromPercent(4.88m)), (profile.PreferredCategory.Value, profile.Categories[0].Share));
        Assert.Equal(("ch01", 2), (profile.UsualChannel.Value, profile.Channels[0].Orders));
    }

    [Fact]
    public void Profiles_add_up_rank_by_spend_and_never_depend_on_input_order()
    {
        Prop.ForAll(Histories, history =>
        {
            var profiles = InterestProfiler.ProfileAll(history.Orders, Currency.CNY);

            var byCustomer = history.Orders.GroupBy(o => o.Customer.Value).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
            Assert.Equal(byCustomer.Select(g => g.Key), profiles.Select(p => p.Customer.Value));
            foreach (var (profile, group) in profiles.Zip(byCustomer))
            {
                var lines = group.SelectMany(o => o.Lines).ToArray();
                Assert.Equal(lines.Sum(l => l.Amount.Amount), profile.Spend.Amount);
                Assert.Equal(lines.Sum(l => l.Amount.Amount), profile.Categories.Sum(c => c.Spend.Amount));
                Assert.Equal(lines.Length, profile.Categories.Sum(c => c.Lines));
                Assert.Equal(profile.Spend.IsZero ? 0m : 100m, profile.Categories.Sum(c => c.Share.Value));
                Assert.Equal(profile.Categories.Max(c => c.Spend), profile.Categories.Single(c => c.Category == profile.PreferredCategory).Spend);
                Assert.Equal(profile.Categories.OrderByDescending(c => c.Spend).ThenBy(c => c.Category.Value, StringComparer.Ordinal), profile.Categories);
                Assert.InRange(profile.PromotionSpendShare.Value, 0m, 100m);
                Assert.Equal(lines.Count(l => l.OnPromotion), profile.PromotionLines);
                Assert.Equal(group.Count(), profile.Hours.Sum());
                Assert.Equal(group.GroupBy(o => o.At.Hour).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key, profile.UsualHour);
                Assert.Equal(group.GroupBy(o => o.Channel.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key, profile.UsualChannel.Value);
                Assert.Equal(100m, profile.Channels.Sum(c => c.Share.Value));
                Assert.Equal(profile.ToString(), InterestProfiler.Profile(group, Currency.CNY).ToString());
            }

            var shuffled = InterestProfiler.ProfileAll(history.Shuffled, Currency.CNY);
            Assert.Equal(profiles.Select(p => (p.ToString(), p.FirstOrder, p.LastOrder)), shuffled.Select(p => (p.ToString(), p.FirstOrder, p.LastOrder)));
            Assert.Equal(profiles.SelectMany(p => p.Categories), shuffled.SelectMany(p => p.Categories));
            Assert.Equal(profiles.SelectMany(p => p.Channels), shuffled.SelectMany(p => p.Channels));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bad_orders_are_refused_by_name()
    {
        var at = new LocalDateTime(2026, 1, 1, 12, 0);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.Profile([], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.Profile([Order("a", at, "app", Line("x", 1m)), Order("b", at, "app", Line("x", 1m))], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([Order("a", at, "app")], Currency.CNY)).ParamName);
        Assert.Equal("Channel", Assert.Throws<ArgumentException>(() => new ProfiledOrder(new CustomerId("a"), at, default, [Line("x", 1m)])).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([default(ProfiledOrder)], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([Order("a", at, "app", Line("x", -1m))], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([Order("a", at, "app", Line("x", 1.001m))], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([Order("a", at, "app", Line("x", 1m))], Currency.USD)).ParamName);
        Assert.Equal("Category", Assert.Throws<ArgumentException>(() => new PurchaseLine(default, Money.Of(1m, Currency.CNY), false)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([Order("a", at, "app", default(PurchaseLine))], Currency.CNY)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => InterestProfiler.ProfileAll([new ProfiledOrder(new CustomerId("a"), at, new SalesChannel("app"), null!)], Currency.CNY)).ParamName);
    }
}
