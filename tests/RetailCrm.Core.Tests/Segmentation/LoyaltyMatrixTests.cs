namespace RetailCrm.Tests.Segmentation;

using RetailCrm.Segmentation;

/// <summary>The attitude x behaviour matrix and Aaker's brand-loyalty pyramid.</summary>
public sealed class LoyaltyMatrixTests
{
    [Theory]
    [InlineData(Satisfaction.VerySatisfied, 5, LoyaltyQuadrant.True)]
    [InlineData(Satisfaction.Satisfied, 2, LoyaltyQuadrant.True)]
    [InlineData(Satisfaction.Satisfied, 1, LoyaltyQuadrant.Latent)]
    [InlineData(Satisfaction.FairlySatisfied, 2, LoyaltyQuadrant.Spurious)]
    [InlineData(Satisfaction.VeryDissatisfied, 9, LoyaltyQuadrant.Spurious)]
    [InlineData(Satisfaction.FairlySatisfied, 1, LoyaltyQuadrant.NoLoyalty)]
    [InlineData(Satisfaction.Dissatisfied, 0, LoyaltyQuadrant.NoLoyalty)]
    public void Attitude_and_behaviour_place_a_customer_in_one_quadrant(Satisfaction satisfaction, int purchases, LoyaltyQuadrant expected)
    {
        Assert.Equal(expected, LoyaltyMatrix.Default.Classify(new LoyaltyEvidence(satisfaction, purchases)));
    }

    [Fact]
    public void A_stricter_matrix_moves_the_lines()
    {
        var strict = new LoyaltyMatrix(Satisfaction.VerySatisfied, repeatBuyerFrom: 3);

        Assert.Equal(LoyaltyQuadrant.Spurious, strict.Classify(new LoyaltyEvidence(Satisfaction.Satisfied, 3)));
        Assert.Equal(LoyaltyQuadrant.Latent, strict.Classify(new LoyaltyEvidence(Satisfaction.VerySatisfied, 2)));
    }

    [Fact]
    public void The_matrix_report_counts_each_quadrant_from_no_loyalty_up()
    {
        var report = LoyaltyMatrix.Default.Report(
        [
            new(Satisfaction.VerySatisfied, 4), new(Satisfaction.Satisfied, 0), new(Satisfaction.Dissatisfied, 3), new(Satisfaction.Dissatisfied, 1),
        ]);

        Assert.Equal(["no-loyalty", "spurious", "latent", "true"], report.Levels.Select(l => l.Level.Id));
        Assert.All(report.Levels, l => Assert.Equal(1, l.Count));
    }

    [Theory]
    [InlineData(Satisfaction.VerySatisfied, 1, "switcher")]
    [InlineData(Satisfaction.VeryDissatisfied, 4, "habitual")]
    [InlineData(Satisfaction.Dissatisfied, 2, "habitual")]
    [InlineData(Satisfaction.FairlySatisfied, 2, "switching-costs")]
    [InlineData(Satisfaction.Satisfied, 2, "likes")]
    [InlineData(Satisfaction.VerySatisfied, 2, "committed")]
    public void Aakers_pyramid_reads_repeat_buyers_by_how_satisfied_they_are(Satisfaction satisfaction, int purchases, string level)
    {
        Assert.Equal(level, BrandLoyaltyPyramid.Default.LevelOf(new LoyaltyEvidence(satisfaction, purchases)).Id);
    }

    [Fact]
    public void Aakers_report_has_five_levels_and_counts_everyone_once()
    {
        var population = Enumerable.Range(0, 100).Select(i => new LoyaltyEvidence((Satisfaction)(1 + (i % 5)), i % 4));

        var report = new BrandLoyaltyPyramid(repeatBuyerFrom: 3).Report(population);

        Assert.Equal(100, report.Levels.Sum(l => l.Count));
        Assert.Equal(75, report["switcher"].Count);
        Assert.Equal(5, BrandLoyaltyPyramid.Levels.Count);
    }

    [Fact]
    public void Bad_evidence_and_settings_are_refused_by_name()
    {
        Assert.Equal("evidence", Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyMatrix.Default.Classify(new LoyaltyEvidence(Satisfaction.Satisfied, -1))).ParamName);
        Assert.Equal("evidence", Assert.Throws<ArgumentOutOfRangeException>(() => BrandLoyaltyPyramid.Default.LevelOf(new LoyaltyEvidence((Satisfaction)0, 1))).ParamName);
        Assert.Equal("repeatBuyerFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new LoyaltyMatrix(repeatBuyerFrom: 1)).ParamName);
        Assert.Equal("repeatBuyerFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new BrandLoyaltyPyramid(1)).ParamName);
    }
}
