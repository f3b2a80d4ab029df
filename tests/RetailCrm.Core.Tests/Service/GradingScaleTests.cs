namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using RetailCrm.Service;

public sealed class GradingScaleTests
{
    private static readonly GradingScale Scale = GradingScale.CreateDefault(Currency.CNY);

    private static readonly Gen<GradingInput> Inputs =
        Gen.Elements(Enum.GetValues<EmotionalIntensity>())
            .Zip(Gen.Choose(0, 6))
            .Zip(Gen.Choose(-1, 400_000))
            .Zip(Gen.Choose(0, 5))
            .Select(t => new GradingInput(t.Item1.Item1.Item1, t.Item1.Item1.Item2, t.Item1.Item2 < 0 ? null : Money.Of(t.Item1.Item2 / 100m, Currency.CNY), t.Item2));

    [Fact]
    public void A_stronger_input_in_any_factor_never_gives_a_lower_level_or_a_later_deadline()
    {
        var stronger = Gen.Choose(0, 3).Zip(Gen.Choose(1, 3)).Zip(Gen.Choose(1, 300_000));
        Prop.ForAll(Inputs.ToArbitrary(), stronger.ToArbitrary(), (input, change) =>
        {
            var ((factor, steps), cents) = change;
            var more = factor switch
            {
                0 => input with { Intensity = (EmotionalIntensity)Math.Min(5, (int)input.Intensity + steps) },
                1 => input with { Repeats = input.Repeats + steps },
                2 => input with { OrderValue = (input.OrderValue ?? Money.Zero(Currency.CNY)) + Money.Of(cents / 100m, Currency.CNY) },
                _ => input with { ValueRank = input.ValueRank + steps },
            };
            var low = Scale.Grade(input);
            var high = Scale.Grade(more);

            Assert.True(high.Level >= low.Level, $"{low} then {high}");
            Assert.True(high.Score >= low.Score);
            Assert.True(high.ResponseWithin <= low.ResponseWithin && high.ResolutionWithin <= low.ResolutionWithin);
            var opened = Desk.Monday;
            var hours = BusinessHours.Weekdays(Desk.Shanghai);
            Assert.True(hours.AddWorkingTime(opened, high.ResponseWithin) <= hours.AddWorkingTime(opened, low.ResponseWithin));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_score_is_the_sum_of_the_reasons_one_per_factor()
    {
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var grade = Scale.Grade(input);

            Assert.Equal(grade.Score, grade.Reasons.Sum(r => r.Points));
            Assert.Equal(Enum.GetValues<GradeFactor>(), grade.Reasons.Select(r => r.Factor));
            Assert.Equal(Scale.LevelOf(grade.Score), grade.Level);
            Assert.Equal(Scale.DeadlinesFor(grade.Level), grade.Deadlines);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_calm_first_complaint_about_a_small_order_goes_to_the_front_line()
    {
        var grade = Scale.Grade(new GradingInput(EmotionalIntensity.Calm, 0, Desk.Cny(89m), 0));

        Assert.Equal((HandlingLevel.FrontLine, 0), (grade.Level, grade.Score));
        Assert.Equal(new LevelDeadlines(Duration.FromHours(24), Duration.FromHours(72)), grade.Deadlines);
    }

    [Fact]
    public void An_upset_customer_with_a_large_order_goes_to_a_senior_agent()
    {
        var grade = Scale.Grade(new GradingInput(EmotionalIntensity.Upset, 0, Desk.Cny(899m), 0));

        Assert.Equal((HandlingLevel.SeniorAgent, 3), (grade.Level, grade.Score));
        Assert.Equal(new LevelDeadlines(Duration.FromHours(8), Duration.FromHours(48)), grade.Deadlines);
        Assert.Contains(grade.Reasons, r => r is { Factor: GradeFactor.OrderValue, Points: 1 });
    }

    [Fact]
    public void An_angry_gold_customer_complaining_again_goes_to_a_manager()
    {
        var rank = GradingScale.ValueRankOf(ValuePyramid.Default, new PyramidLevel("gold", "Gold"));
        var grade = Scale.Grade(new GradingInput(EmotionalIntensity.Angry, 1, null, rank));

        Assert.Equal(2, rank);
        Assert.Equal((HandlingLevel.Manager, 6), (grade.Level, grade.Score));
        Assert.Equal(new LevelDeadlines(Duration.FromHours(2), Duration.FromHours(24)), grade.Deadlines);
        Assert.Contains("customer value rank 2: +2", grade.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Repeats_and_value_add_no_more_than_their_caps()
    {
        var grade = Scale.Grade(new GradingInput(EmotionalIntensity.Calm, 9, Desk.Cny(9_999m), 9));

        Assert.Equal([0, 2, 2, 2], grade.Reasons.Select(r => r.Points));
    }

    [Fact]
    public void Bad_input_names_the_argument()
    {
        Assert.Equal("input", Assert.Throws<ArgumentOutOfRangeException>(() => Scale.Grade(new GradingInput(EmotionalIntensity.Calm, -1))).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentOutOfRangeException>(() => Scale.Grade(new GradingInput((EmotionalIntensity)9))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => Scale.Grade(new GradingInput(EmotionalIntensity.Calm, 0, Money.Of(5m, Currency.USD))));
        Assert.Throws<ArgumentException>(() => new GradingScale(
            Currency.CNY, [0, 1, 2, 3, 4], Duration.FromDays(30), 1, 2, [], 1, 2, 3, 5,
            new LevelDeadlines(Duration.FromHours(1), Duration.FromHours(2)),
            new LevelDeadlines(Duration.FromHours(2), Duration.FromHours(2)),
            new LevelDeadlines(Duration.FromHours(1), Duration.FromHours(1))));
    }
}
