namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Credit;

/// <summary>The Taobao and eBay ladders at every boundary, and the level lookup.</summary>
public sealed class FeedbackLadderTests
{
    [Theory]
    [InlineData(long.MinValue, -1, "Negative", "")]
    [InlineData(-1, -1, "Negative", "")]
    [InlineData(0, 0, "No mark", "")]
    [InlineData(3, 0, "No mark", "")]
    [InlineData(4, 1, "1 heart", "♥")]
    [InlineData(10, 1, "1 heart", "♥")]
    [InlineData(11, 2, "2 hearts", "♥♥")]
    [InlineData(40, 2, "2 hearts", "♥♥")]
    [InlineData(41, 3, "3 hearts", "♥♥♥")]
    [InlineData(90, 3, "3 hearts", "♥♥♥")]
    [InlineData(91, 4, "4 hearts", "♥♥♥♥")]
    [InlineData(150, 4, "4 hearts", "♥♥♥♥")]
    [InlineData(151, 5, "5 hearts", "♥♥♥♥♥")]
    [InlineData(250, 5, "5 hearts", "♥♥♥♥♥")]
    [InlineData(251, 6, "1 diamond", "◆")]
    [InlineData(500, 6, "1 diamond", "◆")]
    [InlineData(501, 7, "2 diamonds", "◆◆")]
    [InlineData(1_000, 7, "2 diamonds", "◆◆")]
    [InlineData(1_001, 8, "3 diamonds", "◆◆◆")]
    [InlineData(2_000, 8, "3 diamonds", "◆◆◆")]
    [InlineData(2_001, 9, "4 diamonds", "◆◆◆◆")]
    [InlineData(5_000, 9, "4 diamonds", "◆◆◆◆")]
    [InlineData(5_001, 10, "5 diamonds", "◆◆◆◆◆")]
    [InlineData(10_000, 10, "5 diamonds", "◆◆◆◆◆")]
    [InlineData(10_001, 11, "1 blue crown", "♛")]
    [InlineData(20_000, 11, "1 blue crown", "♛")]
    [InlineData(20_001, 12, "2 blue crowns", "♛♛")]
    [InlineData(50_000, 12, "2 blue crowns", "♛♛")]
    [InlineData(50_001, 13, "3 blue crowns", "♛♛♛")]
    [InlineData(100_000, 13, "3 blue crowns", "♛♛♛")]
    [InlineData(100_001, 14, "4 blue crowns", "♛♛♛♛")]
    [InlineData(200_000, 14, "4 blue crowns", "♛♛♛♛")]
    [InlineData(200_001, 15, "5 blue crowns", "♛♛♛♛♛")]
    [InlineData(500_000, 15, "5 blue crowns", "♛♛♛♛♛")]
    [InlineData(500_001, 16, "1 gold crown", "♕")]
    [InlineData(1_000_000, 16, "1 gold crown", "♕")]
    [InlineData(1_000_001, 17, "2 gold crowns", "♕♕")]
    [InlineData(2_000_000, 17, "2 gold crowns", "♕♕")]
    [InlineData(2_000_001, 18, "3 gold crowns", "♕♕♕")]
    [InlineData(5_000_000, 18, "3 gold crowns", "♕♕♕")]
    [InlineData(5_000_001, 19, "4 gold crowns", "♕♕♕♕")]
    [InlineData(10_000_000, 19, "4 gold crowns", "♕♕♕♕")]
    [InlineData(10_000_001, 20, "5 gold crowns", "♕♕♕♕♕")]
    [InlineData(long.MaxValue, 20, "5 gold crowns", "♕♕♕♕♕")]
    public void The_Taobao_ladder_places_every_boundary_score(long score, int rank, string name, string symbol)
    {
        var level = FeedbackLadder.Taobao.LevelFor(score);

        Assert.Equal((rank, name, symbol), (level.Rank, level.Name, level.Symbol));
    }

    [Theory]
    [InlineData(-1, -1, "Negative")]
    [InlineData(0, 0, "No star")]
    [InlineData(9, 0, "No star")]
    [InlineData(10, 1, "Yellow star")]
    [InlineData(49, 1, "Yellow star")]
    [InlineData(50, 2, "Blue star")]
    [InlineData(99, 2, "Blue star")]
    [InlineData(100, 3, "Turquoise star")]
    [InlineData(499, 3, "Turquoise star")]
    [InlineData(500, 4, "Purple star")]
    [InlineData(999, 4, "Purple star")]
    [InlineData(1_000, 5, "Red star")]
    [InlineData(4_999, 5, "Red star")]
    [InlineData(5_000, 6, "Green star")]
    [InlineData(9_999, 6, "Green star")]
    [InlineData(10_000, 7, "Yellow shooting star")]
    [InlineData(24_999, 7, "Yellow shooting star")]
    [InlineData(25_000, 8, "Turquoise shooting star")]
    [InlineData(49_999, 8, "Turquoise shooting star")]
    [InlineData(50_000, 9, "Purple shooting star")]
    [InlineData(99_999, 9, "Purple shooting star")]
    [InlineData(100_000, 10, "Red shooting star")]
    [InlineData(499_999, 10, "Red shooting star")]
    [InlineData(500_000, 11, "Green shooting star")]
    [InlineData(999_999, 11, "Green shooting star")]
    [InlineData(1_000_000, 12, "Silver shooting star")]
    [InlineData(long.MaxValue, 12, "Silver shooting star")]
    public void The_eBay_ladder_places_every_boundary_score(long score, int rank, string name)
    {
        var level = FeedbackLadder.Ebay.LevelFor(score);

        Assert.Equal((rank, name), (level.Rank, level.Name));
    }

    [Fact]
    public void The_next_threshold_is_the_next_levels_minimum_and_none_at_the_top()
    {
        var taobao = FeedbackLadder.Taobao;

        Assert.Equal(4, taobao.NextThreshold(taobao.LevelFor(3)));
        Assert.Equal(0, taobao.NextThreshold(taobao.Below));
        Assert.Equal(10_000_001, taobao.NextThreshold(taobao.LevelFor(10_000_000)));
        Assert.Null(taobao.NextThreshold(taobao.LevelFor(10_000_001)));
        Assert.Throws<ArgumentException>(() => taobao.NextThreshold(FeedbackLadder.Ebay.LevelFor(10)));
    }

    [Fact]
    public void The_binary_search_agrees_with_a_scan_of_the_ladder_for_any_score()
    {
        var scores = Gen.OneOf(Gen.Choose(-100, 12_000_000).Select(i => (long)i), ArbMap.Default.GeneratorFor<long>());
        Prop.ForAll(Arb.From(scores), score =>
        {
            foreach (var ladder in new[] { FeedbackLadder.Taobao, FeedbackLadder.Ebay })
            {
                var scanned = ladder.Levels.LastOrDefault(l => l.MinScore <= score) ?? ladder.Below;
                Assert.Same(scanned, ladder.LevelFor(score));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Looking_up_a_level_allocates_nothing()
    {
        var ladder = FeedbackLadder.Taobao;
        ladder.LevelFor(1);
        var before = GC.GetAllocatedBytesForCurrentThread();

        long sum = 0;
        for (long score = -10; score < 20_000; score += 7)
        {
            sum += ladder.LevelFor(score).Rank;
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(sum > 0);
    }

    [Fact]
    public void A_ladder_needs_ranked_levels_with_rising_thresholds_and_distinct_names()
    {
        Assert.Throws<ArgumentException>(() => new FeedbackLadder("empty"));
        Assert.Throws<ArgumentException>(() => new FeedbackLadder("gap", new FeedbackLevel(0, "a", "", 0), new FeedbackLevel(2, "b", "", 5)));
        Assert.Throws<ArgumentException>(() => new FeedbackLadder("flat", new FeedbackLevel(0, "a", "", 0), new FeedbackLevel(1, "b", "", 0)));
        Assert.Throws<ArgumentException>(() => new FeedbackLadder("twins", new FeedbackLevel(0, "a", "", 0), new FeedbackLevel(1, "a", "", 5)));
        Assert.Throws<ArgumentException>(() => new FeedbackLadder(" ", new FeedbackLevel(0, "a", "", 0)));
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackLevel(-2, "a", "", 0)).ParamName);
    }
}
