namespace RetailCrm.Tests.Credit;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.PaymentCreditGen;

/// <summary>The default policy's figures and the validation of policies, histories and checks.</summary>
public sealed class PaymentCreditPolicyTests
{
    private static readonly PaymentCreditPolicy Policy = PaymentCreditPolicy.Default;

    private static PaymentGradeBand Band(PaymentGrade grade, int minScore, decimal limit) => new(grade, minScore, Cny(limit));

    [Fact]
    public void The_default_scale_runs_from_0_to_1000_around_a_base_of_500_and_no_fact_moves_it_by_more_than_a_fifth()
    {
        var card = PaymentScoreCard.Default;
        PaymentScoreWeight[] weights = [card.PaidOrders, card.InstalmentsPaidOnTime, card.AccountMonths, card.IdentityVerified, card.CashOnDeliveryRefusals, card.LateInstalments, card.MissedInstalments, card.ExcessReturns, card.Disputes];

        Assert.Equal((0, 500, 1_000), (card.MinScore, card.BaseScore, card.MaxScore));
        Assert.All(weights, w => Assert.InRange(w.MaxPoints, 1, 200));
        Assert.Equal(new PaymentScoreWeight(10, 200), card.PaidOrders);
        Assert.Equal(Percentage.FromPercent(20), card.NormalReturnShare);
    }

    [Fact]
    public void The_default_policy_grades_from_450_to_800_and_lends_more_as_the_grade_rises()
    {
        Assert.Equal(
            [(PaymentGrade.A, 800, Cny(20_000m)), (PaymentGrade.B, 700, Cny(10_000m)), (PaymentGrade.C, 600, Cny(3_000m)), (PaymentGrade.D, 450, Cny(0m))],
            Policy.Bands.Select(b => (b.Grade, b.MinScore, b.InstalmentLimit)));
        Assert.Equal((PaymentGrade.D, 2, 1, true, 2m, PaymentVerdict.Block, true), (Policy.CashOnDeliveryFrom, Policy.MaxCashOnDeliveryRefusals, Policy.MaxMissedInstalments, Policy.InstalmentsNeedVerifiedIdentity, Policy.PaidSpendMultiple, Policy.OverLimit, Policy.WarnOnPreviousRefusals));
        Assert.Equal(PaymentGrade.E, Policy.GradeFor(-5));
        Assert.Equal(Cny(0m), Policy.InstalmentLimitFor(PaymentGrade.E));
        Assert.Equal(Currency.USD, PaymentCreditPolicy.CreateDefault(Currency.USD).Bands[0].InstalmentLimit.Currency);
    }

    [Fact]
    public void A_policy_needs_one_band_per_grade_from_A_to_D_with_rising_floors_and_limits_in_its_currency()
    {
        var card = PaymentScoreCard.Default;
        PaymentGradeBand[] good = [Band(PaymentGrade.D, 450, 0m), Band(PaymentGrade.A, 800, 20_000m), Band(PaymentGrade.C, 600, 3_000m), Band(PaymentGrade.B, 700, 10_000m)];

        Assert.Equal([PaymentGrade.A, PaymentGrade.B, PaymentGrade.C, PaymentGrade.D], new PaymentCreditPolicy(Currency.CNY, card, good).Bands.Select(b => b.Grade));
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.CNY, card, good[..3])).ParamName);
        Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.CNY, card, [.. good[..3], Band(PaymentGrade.C, 650, 3_000m)]));
        Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.CNY, card, [.. good[..3], Band(PaymentGrade.B, 600, 10_000m)]));
        Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.CNY, card, [.. good[..3], Band(PaymentGrade.B, 700, 30_000m)]));
        Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.CNY, card, [.. good[1..], Band(PaymentGrade.D, -1, 0m)]));
        Assert.Throws<ArgumentException>(() => new PaymentCreditPolicy(Currency.USD, card, good));
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => new PaymentCreditPolicy(Currency.CNY, card, [.. good[..3], null!])).ParamName);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => Band(PaymentGrade.E, 0, 0m)).ParamName);
        Assert.Equal("instalmentLimit", Assert.Throws<ArgumentOutOfRangeException>(() => Band(PaymentGrade.A, 0, -1m)).ParamName);
    }

    [Fact]
    public void Bad_policy_settings_throw_naming_the_setting()
    {
        Assert.Equal("OverLimit", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { OverLimit = PaymentVerdict.Allow }).ParamName);
        Assert.Equal("MaxCashOnDeliveryRefusals", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { MaxCashOnDeliveryRefusals = -1 }).ParamName);
        Assert.Equal("MaxMissedInstalments", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { MaxMissedInstalments = -1 }).ParamName);
        Assert.Equal("PaidSpendMultiple", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { PaidSpendMultiple = -0.5m }).ParamName);
        Assert.Equal("CashOnDeliveryFrom", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { CashOnDeliveryFrom = (PaymentGrade)9 }).ParamName);
        Assert.Equal("NormalReturnShare", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentScoreCard { NormalReturnShare = Percentage.FromPercent(101) }).ParamName);
        Assert.Equal("BaseScore", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentScoreCard { BaseScore = -1 }).ParamName);
        Assert.Equal("pointsEach", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentScoreWeight(-1, 10)).ParamName);
        Assert.Equal("maxPoints", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentScoreWeight(1, -10)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentScoreWeight(1, 10).PointsFor(-1)).ParamName);
    }

    [Theory]
    [InlineData("PaidOrders")]
    [InlineData("CashOnDeliveryRefusals")]
    [InlineData("InstalmentsPaidOnTime")]
    [InlineData("LateInstalments")]
    [InlineData("MissedInstalments")]
    [InlineData("Returns")]
    [InlineData("Disputes")]
    public void A_negative_count_in_a_history_throws_naming_it(string name)
    {
        var history = new PaymentHistory(Currency.CNY, At);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => name switch
        {
            "PaidOrders" => history with { PaidOrders = -1 },
            "CashOnDeliveryRefusals" => history with { CashOnDeliveryRefusals = -1 },
            "InstalmentsPaidOnTime" => history with { InstalmentsPaidOnTime = -1 },
            "LateInstalments" => history with { LateInstalments = -1 },
            "MissedInstalments" => history with { MissedInstalments = -1 },
            "Returns" => history with { Returns = -1 },
            _ => history with { Disputes = -1 },
        });

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Bad_amounts_instants_and_currencies_throw_naming_the_argument()
    {
        var history = new PaymentHistory(Currency.CNY, At);
        var assessment = Policy.Assess(history, At);

        Assert.Equal("PaidSpend", Assert.Throws<ArgumentOutOfRangeException>(() => history with { PaidSpend = Cny(-1m) }).ParamName);
        Assert.Equal("OutstandingInstalments", Assert.Throws<ArgumentException>(() => history with { OutstandingInstalments = Money.Of(1m, Currency.USD) }).ParamName);
        Assert.Equal("PaidSpend", Assert.Throws<ArgumentException>(() => history with { PaidSpend = Cny(0.001m) }).ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new PaymentHistory(null!, At)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => Policy.Assess(null!, At)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => Policy.Assess(new PaymentHistory(Currency.USD, At), At)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Assess(history, At - Duration.FromSeconds(1))).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.Check(PaymentOption.OnlinePayment, Cny(0m))).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => assessment.Check(PaymentOption.OnlinePayment, Money.Of(5m, Currency.USD))).ParamName);
        Assert.Equal("option", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.Check((PaymentOption)7, Cny(5m))).ParamName);
        Assert.Equal("outstandingInstalments", Assert.Throws<ArgumentOutOfRangeException>(() => assessment.Check(PaymentOption.Instalments, Cny(5m), Cny(-1m))).ParamName);
    }
}
