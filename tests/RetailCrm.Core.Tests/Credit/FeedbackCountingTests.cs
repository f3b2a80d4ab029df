namespace RetailCrm.Tests.Credit;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>The anti-brushing counting rules, pinned with worked examples.</summary>
public sealed class FeedbackCountingTests
{
    [Fact]
    public void A_positive_adds_one_point_a_neutral_none_and_a_negative_takes_one()
    {
        var shop = OpenShop();

        shop.Sell("t-1", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-2", "b-2", "tea", 50m, At(2026, 3, 2), RatingValue.Neutral);
        shop.Sell("t-3", "b-3", "tea", 50m, At(2026, 3, 2), RatingValue.Negative);
        shop.Sell("t-4", "b-4", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);

        Assert.Equal(1, shop.AsSeller.Score);
        Assert.Equal((2, 1, 1), (shop.AsSeller.Positives, shop.AsSeller.Neutrals, shop.AsSeller.Negatives));
        Assert.Equal(CountDecision.Counted(RatingValue.Neutral), shop.DecisionOf("t-2"));
    }

    [Fact]
    public void Trades_of_CNY_1_or_less_are_not_scored()
    {
        var shop = OpenShop();

        shop.Sell("t-cheap", "b-1", "sticker", 1.00m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-cheaper", "b-2", "sticker", 0.50m, At(2026, 3, 2), RatingValue.Negative);
        shop.Sell("t-fen-more", "b-3", "sticker", 1.01m, At(2026, 3, 2), RatingValue.Positive);

        Assert.Equal(1, shop.AsSeller.Score);
        Assert.Equal(UncountedReason.BelowMinimumPrice, shop.DecisionOf("t-cheap").Reason);
        Assert.Equal(UncountedReason.BelowMinimumPrice, shop.DecisionOf("t-cheaper").Reason);
        Assert.Contains("CNY 1.00", shop.DecisionOf("t-cheap").Explanation, StringComparison.Ordinal);
        Assert.True(shop.DecisionOf("t-fen-more").Counts);
    }

    [Fact]
    public void The_minimum_scored_price_is_the_policys()
    {
        var shop = OpenShop(new FeedbackPolicy(Currency.CNY, Shanghai) { MinimumScoredPrice = Cny(5m) });

        shop.Sell("t-1", "b-1", "pen", 5m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-2", "b-2", "pen", 1.5m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-3", "b-3", "pen", 5.01m, At(2026, 3, 2), RatingValue.Positive);

        Assert.Equal(1, shop.AsSeller.Score);
    }

    [Fact]
    public void Several_trades_of_the_same_item_between_the_same_pair_within_14_days_count_once()
    {
        var shop = OpenShop();

        shop.Sell("t-1", "b-1", "tea", 50m, At(2026, 3, 1, 0, 5), RatingValue.Positive);
        shop.Sell("t-2", "b-1", "tea", 50m, At(2026, 3, 6), RatingValue.Positive);
        shop.Sell("t-3", "b-1", "tea", 50m, At(2026, 3, 15, 0, 4), RatingValue.Positive);

        Assert.Equal(1, shop.AsSeller.Score);
        Assert.True(shop.DecisionOf("t-1").Counts);
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-2").Reason);
        Assert.Contains("earlier trade t-1 already counts", shop.DecisionOf("t-3").Explanation, StringComparison.Ordinal);
        Assert.Contains("within 14 days of trade t-1, the first of the group", shop.DecisionOf("t-3").Explanation, StringComparison.Ordinal);
        Assert.Equal(new OrderId("t-1"), shop.Find(new OrderId("t-3"))!.SameItemGroup);

        // 14 days after the first trade starts the next group; another item or another buyer is another group.
        shop.Sell("t-4", "b-1", "tea", 50m, At(2026, 3, 15, 0, 5), RatingValue.Positive);
        shop.Sell("t-5", "b-1", "teapot", 50m, At(2026, 3, 6), RatingValue.Positive);
        shop.Sell("t-6", "b-2", "tea", 50m, At(2026, 3, 6), RatingValue.Positive);

        Assert.Equal(4, shop.AsSeller.Score);
        Assert.Equal(new OrderId("t-4"), shop.Find(new OrderId("t-4"))!.SameItemGroup);
    }

    [Fact]
    public void Trades_on_the_14th_and_the_15th_of_a_month_count_once()
    {
        var shop = OpenShop();

        shop.Sell("t-14th", "b-1", "tea", 50m, At(2026, 3, 14), RatingValue.Positive);
        shop.Sell("t-15th", "b-1", "tea", 50m, At(2026, 3, 15), RatingValue.Positive);

        Assert.Equal(1, shop.AsSeller.Score);
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-15th").Reason);
    }

    [Fact]
    public void Of_trades_0_13_and_14_days_after_the_first_the_third_starts_a_new_group_and_counts()
    {
        var shop = OpenShop();

        shop.Sell("t-day-0", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-day-13", "b-1", "tea", 50m, At(2026, 3, 15), RatingValue.Positive);
        shop.Sell("t-day-14", "b-1", "tea", 50m, At(2026, 3, 16), RatingValue.Positive);

        Assert.Equal(2, shop.AsSeller.Score);
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-day-13").Reason);
        Assert.True(shop.DecisionOf("t-day-14").Counts);
        Assert.Equal(new OrderId("t-day-14"), shop.Find(new OrderId("t-day-14"))!.SameItemGroup);
    }

    [Fact]
    public void A_group_spanning_a_month_boundary_counts_once_in_the_month_of_its_first_trade()
    {
        var shop = OpenShop();
        for (var i = 1; i <= 6; i++)
        {
            shop.Sell($"t-{i}", "b-1", $"item-{i}", 50m, At(2026, 3, i), RatingValue.Positive);
        }

        var march = Sale("t-march-30", "b-1", "tea", 50m, At(2026, 3, 30));
        shop.RecordTrade(march);
        shop.Sell("t-april-2", "b-1", "tea", 50m, At(2026, 4, 2), RatingValue.Positive);

        // The April trade belongs to a group begun in March: March's cap leaves it out.
        Assert.Equal(new YearMonth(2026, 3), shop.Find(new OrderId("t-april-2"))!.Month);
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-april-2").Reason);
        Assert.Equal(6, shop.AsSeller.Score);

        // A positive on the group's first trade takes over from the April one, in the same month:
        // the score cannot fall (counted by the trade's own month, March would go to +7 and April to 0).
        shop.Rate(march.Id, RatingValue.Positive, null, march.CompletedAt + Duration.FromHours(1));

        Assert.Equal(6, shop.AsSeller.Score);
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-march-30").Reason);
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-april-2").Reason);

        // Another buyer's group across the boundary counts once.
        shop.Sell("t-b2-march", "b-2", "tea", 50m, At(2026, 3, 30), RatingValue.Positive);
        shop.Sell("t-b2-april", "b-2", "tea", 50m, At(2026, 4, 2), RatingValue.Positive);
        Assert.Equal(7, shop.AsSeller.Score);
    }

    [Fact]
    public void A_trade_recorded_out_of_creation_order_re_forms_the_groups_as_if_recorded_in_order()
    {
        var late = OpenShop();
        late.Sell("t-mar-10", "b-1", "tea", 50m, At(2026, 3, 10), RatingValue.Positive);
        late.Sell("t-mar-20", "b-1", "tea", 50m, At(2026, 3, 20), RatingValue.Negative);
        late.Sell("t-mar-25", "b-1", "tea", 50m, At(2026, 3, 25), RatingValue.Negative);
        Assert.Equal(-1, late.AsSeller.Score);
        Assert.True(late.DecisionOf("t-mar-25").Counts);

        // Created on the 5th, recorded last: the groups {10th, 20th} and {25th} become {5th, 10th} and {20th, 25th}.
        var early = Sale("t-mar-05", "b-1", "tea", 50m, At(2026, 3, 5));
        late.RecordTrade(early);

        var inOrder = OpenShop();
        inOrder.RecordTrade(early);
        inOrder.Sell("t-mar-10", "b-1", "tea", 50m, At(2026, 3, 10), RatingValue.Positive);
        inOrder.Sell("t-mar-20", "b-1", "tea", 50m, At(2026, 3, 20), RatingValue.Negative);
        inOrder.Sell("t-mar-25", "b-1", "tea", 50m, At(2026, 3, 25), RatingValue.Negative);

        Assert.Equal(0, late.AsSeller.Score);
        Assert.True(late.DecisionOf("t-mar-10").Counts);
        Assert.True(late.DecisionOf("t-mar-20").Counts);
        Assert.Contains("within 14 days of trade t-mar-20, the first of the group", late.DecisionOf("t-mar-25").Explanation, StringComparison.Ordinal);
        Assert.Equal(new OrderId("t-mar-05"), late.Find(new OrderId("t-mar-10"))!.SameItemGroup);
        foreach (var trade in new[] { "t-mar-10", "t-mar-20", "t-mar-25" })
        {
            Assert.Equal(inOrder.DecisionOf(trade), late.DecisionOf(trade));
            Assert.Equal(inOrder.Find(new OrderId(trade))!.SameItemGroup, late.Find(new OrderId(trade))!.SameItemGroup);
        }

        Assert.Equal(inOrder.AsSeller.Score, late.AsSeller.Score);
    }

    [Fact]
    public void A_trade_recorded_out_of_order_can_split_a_group_and_count_its_negatives_apart()
    {
        var shop = OpenShop();
        shop.Sell("t-mar-10", "b-1", "tea", 50m, At(2026, 3, 10), RatingValue.Positive);
        shop.Sell("t-mar-15", "b-1", "tea", 50m, At(2026, 3, 15), RatingValue.Negative);
        shop.Sell("t-mar-23", "b-1", "tea", 50m, At(2026, 3, 23), RatingValue.Negative);
        Assert.Equal(0, shop.AsSeller.Score);

        // Created on the 8th, recorded last: {8th, 10th, 15th} and {23rd}, so both negatives count.
        shop.RecordTrade(Sale("t-mar-08", "b-1", "tea", 50m, At(2026, 3, 8)));

        Assert.Equal(-1, shop.AsSeller.Score);
        Assert.True(shop.DecisionOf("t-mar-23").Counts);
        Assert.Equal(new OrderId("t-mar-23"), shop.Find(new OrderId("t-mar-23"))!.SameItemGroup);
    }

    [Fact]
    public void All_negatives_of_a_same_item_group_take_one_point_and_a_mixed_group_gives_nothing()
    {
        var shop = OpenShop();

        shop.Sell("t-1", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Negative);
        shop.Sell("t-2", "b-1", "tea", 50m, At(2026, 3, 3), RatingValue.Negative);
        Assert.Equal(-1, shop.AsSeller.Score);

        shop.Sell("t-3", "b-2", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-4", "b-2", "tea", 50m, At(2026, 3, 3), RatingValue.Negative);
        shop.Sell("t-5", "b-2", "tea", 50m, At(2026, 3, 4), RatingValue.Positive);

        Assert.Equal(-1, shop.AsSeller.Score);
        Assert.Equal((1, -1), (shop.DecisionOf("t-3").Points, shop.DecisionOf("t-4").Points));
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-5").Reason);
    }

    [Fact]
    public void An_earlier_trade_rated_late_becomes_the_one_that_counts_in_its_group()
    {
        var shop = OpenShop();
        var early = Sale("t-early", "b-1", "tea", 50m, At(2026, 3, 2));
        shop.RecordTrade(early);
        shop.Sell("t-late", "b-1", "tea", 50m, At(2026, 3, 9), RatingValue.Positive);

        shop.Rate(early.Id, RatingValue.Positive, "late but fine", early.CompletedAt + Duration.FromDays(14));

        Assert.Equal(1, shop.AsSeller.Score);
        Assert.True(shop.DecisionOf("t-early").Counts);
        Assert.Equal(UncountedReason.SameItemInPeriod, shop.DecisionOf("t-late").Reason);
    }

    [Fact]
    public void One_pair_adds_at_most_6_points_in_a_calendar_month()
    {
        var shop = OpenShop();
        for (var i = 1; i <= 8; i++)
        {
            shop.Sell($"t-{i}", "b-1", $"item-{i}", 50m, At(2026, 3, i), RatingValue.Positive);
        }

        Assert.Equal(6, shop.AsSeller.Score);
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-7").Reason);
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-8").Reason);
        Assert.Contains("b-1", shop.DecisionOf("t-8").Explanation, StringComparison.Ordinal);

        // A negative brings the pair's month back under the cap: the seventh positive counts again.
        shop.Sell("t-9", "b-1", "item-9", 50m, At(2026, 3, 20), RatingValue.Negative);

        Assert.Equal(6, shop.AsSeller.Score);
        Assert.True(shop.DecisionOf("t-7").Counts);
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-8").Reason);

        // Another buyer has a cap of its own.
        shop.Sell("t-10", "b-2", "item-1", 50m, At(2026, 3, 2), RatingValue.Positive);
        Assert.Equal(7, shop.AsSeller.Score);
    }

    [Fact]
    public void One_pair_takes_away_at_most_6_points_in_a_calendar_month()
    {
        var shop = OpenShop();
        for (var i = 1; i <= 9; i++)
        {
            shop.Sell($"t-{i}", "b-1", $"item-{i}", 50m, At(2026, 3, i), RatingValue.Negative);
        }

        Assert.Equal(-6, shop.AsSeller.Score);
        Assert.Equal(3, shop.AsSeller.Rated.Count(e => e.Decision!.Value.Reason == UncountedReason.MonthlyPairCap));
        Assert.Same(FeedbackLadder.Taobao.Below, shop.AsSeller.Level);
    }

    [Fact]
    public void The_month_of_the_cap_is_the_trades_creation_month_in_the_shops_zone()
    {
        var shop = OpenShop();
        for (var i = 1; i <= 6; i++)
        {
            shop.Sell($"t-{i}", "b-1", $"item-{i}", 50m, At(2026, 3, i), RatingValue.Positive);
        }

        // 23:30 on 31 March in Shanghai is still March: capped. 00:30 on 1 April in Shanghai is
        // 16:30 on 31 March in UTC, but April in the shop's zone: it counts.
        shop.Sell("t-march", "b-1", "item-7", 50m, At(2026, 3, 31, 23, 30), RatingValue.Positive);
        shop.Sell("t-april", "b-1", "item-8", 50m, At(2026, 4, 1, 0, 30), RatingValue.Positive);

        Assert.Equal(new YearMonth(2026, 3), At(2026, 4, 1, 0, 30).InUtc().Date.ToYearMonth());
        Assert.Equal(UncountedReason.MonthlyPairCap, shop.DecisionOf("t-march").Reason);
        Assert.True(shop.DecisionOf("t-april").Counts);
        Assert.Equal(7, shop.AsSeller.Score);
    }

    [Fact]
    public void The_pair_cap_is_the_policys_and_may_be_lifted()
    {
        var three = OpenShop(new FeedbackPolicy(Currency.CNY, Shanghai) { MaxPointsPerPairPerMonth = 3 });
        var none = OpenShop(new FeedbackPolicy(Currency.CNY, Shanghai) { MaxPointsPerPairPerMonth = null, SameItemPeriodDays = 0 });
        for (var i = 1; i <= 8; i++)
        {
            three.Sell($"t-{i}", "b-1", $"item-{i}", 50m, At(2026, 3, i), RatingValue.Positive);
            none.Sell($"t-{i}", "b-1", "tea", 50m, At(2026, 3, i), RatingValue.Positive);
        }

        Assert.Equal(3, three.AsSeller.Score);
        Assert.Equal(8, none.AsSeller.Score);
    }

    [Fact]
    public void A_rating_flagged_as_fraudulent_stops_counting_and_the_next_one_of_its_group_counts_instead()
    {
        var shop = OpenShop();
        shop.Sell("t-1", "b-1", "tea", 50m, At(2026, 3, 2), RatingValue.Positive);
        shop.Sell("t-2", "b-1", "tea", 50m, At(2026, 3, 4), RatingValue.Positive);
        shop.Sell("t-3", "b-2", "tea", 50m, At(2026, 3, 4), RatingValue.Positive);
        Assert.Equal(2, shop.AsSeller.Score);

        var flagged = shop.FlagFraudulent(new OrderId("t-1"), "brushing ring", At(2026, 3, 20));
        shop.FlagFraudulent(new OrderId("t-3"), "fake trade", At(2026, 3, 20));

        Assert.Equal(FeedbackOutcome.Applied, flagged.Outcome);
        Assert.Equal(UncountedReason.Fraudulent, shop.DecisionOf("t-1").Reason);
        Assert.Contains("brushing ring", shop.DecisionOf("t-1").Explanation, StringComparison.Ordinal);
        Assert.True(shop.DecisionOf("t-2").Counts);
        Assert.Equal(1, shop.AsSeller.Score);
        Assert.Equal(FeedbackReason.AlreadyFlagged, shop.FlagFraudulent(new OrderId("t-1"), "again", At(2026, 3, 21)).Reason);
    }

    [Fact]
    public void A_trade_flagged_before_it_is_rated_never_counts()
    {
        var shop = OpenShop();
        var trade = Sale("t-1", "b-1", "tea", 50m, At(2026, 3, 2));
        shop.RecordTrade(trade);
        shop.FlagFraudulent(trade.Id, "paid by the seller", At(2026, 3, 5));

        var rated = shop.Rate(trade.Id, RatingValue.Positive, null, trade.CompletedAt + Duration.FromHours(2));

        Assert.Equal(FeedbackOutcome.Applied, rated.Outcome);
        Assert.Equal(UncountedReason.Fraudulent, rated.Decision!.Value.Reason);
        Assert.Equal(0, shop.AsSeller.Score);
    }
}
