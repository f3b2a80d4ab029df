namespace RetailCrm.Tests.Segmentation;

using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The satisfaction-to-loyalty pyramid, its report and its SVG.</summary>
public sealed class LoyaltyPyramidTests
{
    // The JD survey: 500 answers, 4% very satisfied and 13% satisfied; the rest split as a shop might find it.
    private static IEnumerable<Satisfaction> JdSurvey() =>
        Enumerable.Repeat(Satisfaction.VerySatisfied, 20)
            .Concat(Enumerable.Repeat(Satisfaction.Satisfied, 65))
            .Concat(Enumerable.Repeat(Satisfaction.FairlySatisfied, 250))
            .Concat(Enumerable.Repeat(Satisfaction.Dissatisfied, 110))
            .Concat(Enumerable.Repeat(Satisfaction.VeryDissatisfied, 55));

    [Fact]
    public void The_JD_survey_puts_4_percent_at_the_top_and_13_percent_at_preference()
    {
        var report = LoyaltyPyramid.Jd.Report(JdSurvey());

        Assert.Equal(500, report.Total);
        Assert.Equal((20L, Percentage.FromPercent(4)), (report["committed"].Count, report["committed"].Share));
        Assert.Equal((65L, Percentage.FromPercent(13)), (report["preference"].Count, report["preference"].Share));
        Assert.Equal((250L, Percentage.FromPercent(50)), (report["satisfied-habitual"].Count, report["satisfied-habitual"].Share));
        Assert.Equal((165L, Percentage.FromPercent(33)), (report["no-loyalty"].Count, report["no-loyalty"].Share));
        Assert.Equal(["no-loyalty", "satisfied-habitual", "preference", "committed"], report.Levels.Select(l => l.Level.Id));
    }

    [Fact]
    public void Every_answer_lands_on_exactly_one_level_and_the_shares_add_up_to_100_percent_whatever_the_order()
    {
        var answers = Gen.Elements(Enum.GetValues<Satisfaction>()).ArrayOf();
        Prop.ForAll(answers.ToArbitrary(), population =>
        {
            var report = LoyaltyPyramid.Jd.Report(population);
            var reversed = LoyaltyPyramid.Jd.Report(population.Reverse());

            Assert.Equal(population.Length, report.Levels.Sum(l => l.Count));
            Assert.Equal(population.Length == 0 ? 0m : 100m, report.Levels.Sum(l => l.Share.Value));
            Assert.Equal(report.Levels, reversed.Levels);
            Assert.All(report.Levels, l => Assert.InRange(l.Share.Value, population.Length == 0 ? 0m : (l.Count * 100m / population.Length) - 0.01m, population.Length == 0 ? 0m : (l.Count * 100m / population.Length) + 0.01m));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_array_and_a_lazy_sequence_count_each_level_as_its_answers_map_to_it()
    {
        var answers = Gen.Elements(Enum.GetValues<Satisfaction>()).ArrayOf();
        Prop.ForAll(answers.ToArbitrary(), population =>
        {
            var expected = LoyaltyPyramid.Jd.Levels.Select(level => (long)population.Count(a => LoyaltyPyramid.Jd.LevelOf(a) == level));

            Assert.Equal(expected, LoyaltyPyramid.Jd.Report(population).Levels.Select(l => l.Count));
            Assert.Equal(expected, LoyaltyPyramid.Jd.Report(population.Select(a => a)).Levels.Select(l => l.Count));
        }).QuickCheckThrowOnFailure();
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyPyramid.Jd.Report(new[] { Satisfaction.Satisfied, (Satisfaction)0 }.Select(a => a))).ParamName);
    }

    [Fact]
    public void Thirds_are_shared_to_the_hundredth_and_still_add_up_to_100_percent()
    {
        var report = LoyaltyPyramid.Jd.Report([Satisfaction.VerySatisfied, Satisfaction.Satisfied, Satisfaction.FairlySatisfied]);

        Assert.Equal([0m, 33.33m, 33.33m, 33.34m], report.Levels.Select(l => l.Share.Value).Order().ToArray());
        Assert.Equal(100m, report.Levels.Sum(l => l.Share.Value));
    }

    [Fact]
    public void A_shop_can_map_the_answers_onto_its_own_levels()
    {
        var unhappy = new PyramidLevel("unhappy", "Unhappy");
        var happy = new PyramidLevel("happy", "Happy");
        var pyramid = new LoyaltyPyramid("Mood", [unhappy, happy], Enum.GetValues<Satisfaction>().ToDictionary(s => s, s => s >= Satisfaction.Satisfied ? happy : unhappy));

        var report = pyramid.Report(JdSurvey());

        Assert.Equal(85, report["happy"].Count);
        Assert.Equal(happy, pyramid.LevelOf(Satisfaction.Satisfied));
    }

    [Fact]
    public void A_mapping_that_leaves_an_answer_out_or_points_outside_the_levels_is_refused()
    {
        var only = new PyramidLevel("only", "Only");
        var partial = new Dictionary<Satisfaction, PyramidLevel> { [Satisfaction.Satisfied] = only };
        var outside = Enum.GetValues<Satisfaction>().ToDictionary(s => s, _ => new PyramidLevel("other", "Other"));

        Assert.Equal("mapping", Assert.Throws<ArgumentException>(() => new LoyaltyPyramid("t", [only], partial)).ParamName);
        Assert.Equal("mapping", Assert.Throws<ArgumentException>(() => new LoyaltyPyramid("t", [only], outside)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentException>(() => new LoyaltyPyramid("t", [only, only], outside)).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => LoyaltyPyramid.Jd.Report([(Satisfaction)9])).ParamName);
    }

    [Fact]
    public void The_svg_is_a_well_formed_pyramid_with_one_labelled_band_per_level_top_first()
    {
        var svg = LoyaltyPyramid.Jd.Report(JdSurvey()).ToSvg();

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var bands = document.Root!.Elements(ns + "polygon").ToList();
        var labels = document.Root.Elements(ns + "text").Skip(1).Select(t => t.Value).ToList();
        Assert.Equal(4, bands.Count);
        Assert.Equal(["Committed 20 (4%)", "Preference 65 (13%)", "Satisfied or habitual 250 (50%)", "No loyalty (indifferent) 165 (33%)"], labels);
        Assert.Equal("Satisfaction and loyalty", document.Root.Elements(ns + "text").First().Value);
        Assert.True(Width(bands[0]) < Width(bands[3]));
    }

    [Fact]
    public void Names_are_escaped_in_the_svg()
    {
        var report = new PyramidReport("A & B <shop>", [new PyramidLevel("x", "\"Top\" & <co>")], [3]);

        var document = XDocument.Parse(report.ToSvg());

        Assert.Contains(document.Root!.Descendants(), e => e.Value.StartsWith("\"Top\" & <co> 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_refuses_counts_that_do_not_match_its_levels_or_are_negative()
    {
        var level = new PyramidLevel("x", "X");

        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => new PyramidReport("t", [level], [1, 2])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentOutOfRangeException>(() => new PyramidReport("t", [level], [-1])).ParamName);
        Assert.Throws<KeyNotFoundException>(() => new PyramidReport("t", [level], [1])["y"]);
    }

    private static decimal Width(XElement polygon)
    {
        var xs = polygon.Attribute("points")!.Value.Split(' ').Select(p => decimal.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return xs.Max() - xs.Min();
    }
}
