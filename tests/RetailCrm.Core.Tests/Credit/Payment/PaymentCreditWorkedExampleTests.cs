namespace RetailCrm.Tests.Credit;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.PaymentCreditGen;
using R = RetailCrm.Credit.PaymentCreditReason;

/// <summary>The default policy on the customers the documentation describes, figure by figure.</summary>
public sealed class PaymentCreditWorkedExampleTests
{
    private static readonly PaymentCreditPolicy Policy = PaymentCreditPolicy.Default;

    private static PaymentHistory Customer(int monthsOld) =>
        new(Currency.CNY, At.InUtc().LocalDateTime.PlusMonths(-monthsOld).InUtc().ToInstant());

    private static R[] Reasons(IEnumerable<PaymentCreditExplanation> reasons) => [.. reasons.Select(r => r.Reason)];

    [Fact]
    public void A_new_unverified_customer_starts_at_the_base_in_grade_D_may_pay_on_delivery_but_not_in_instalments()
    {
        var history = new PaymentHistory(Currency.CNY, At - Duration.FromDays(1));

        var a = Policy.Assess(history, At);

        Assert.Equal((500, PaymentGrade.D, true), (a.Score, a.Grade, a.CashOnDeliveryAllowed));
        Assert.Equal([R.NoPaidOrders, R.NewAccount, R.IdentityNotVerified], a.Contributions.Select(c => c.Reason));
        Assert.All(a.Contributions, c => Assert.Equal(0, c.Points));
        Assert.Equal(Cny(0m), a.InstalmentLimit);
        Assert.Equal([R.IdentityNotVerified, R.GradeTooLowForInstalments], Reasons(a.InstalmentReasons));
        Assert.Equal(PaymentVerdict.Allow, a.Check(PaymentOption.CashOnDelivery, Cny(299m)).Verdict);
        Assert.Equal(PaymentVerdict.Allow, a.Check(PaymentOption.OnlinePayment, Cny(299m)).Verdict);
        var instalments = a.Check(PaymentOption.Instalments, Cny(299m));
        Assert.Equal(PaymentVerdict.Block, instalments.Verdict);
        Assert.Equal([R.InstalmentsNotAvailable, R.IdentityNotVerified, R.GradeTooLowForInstalments], Reasons(instalments.Reasons));
        Assert.Equal("Instalments need a verified identity.", instalments.Reasons[1].Message);
    }

    [Fact]
    public void A_good_long_standing_customer_reaches_grade_A_with_every_positive_fact_and_the_full_limit()
    {
        var history = Customer(51) with
        {
            IdentityVerified = true,
            PaidOrders = 40,
            PaidSpend = Cny(28_600m),
            InstalmentsPaidOnTime = 12,
            Returns = 5,
            OutstandingInstalments = Cny(1_500m),
        };

        var a = Policy.Assess(history, At);

        Assert.Equal((960, PaymentGrade.A, true), (a.Score, a.Grade, a.CashOnDeliveryAllowed));
        Assert.Equal([(R.PaidOrders, 200), (R.AccountAge, 120), (R.IdentityVerified, 80), (R.InstalmentsPaidOnTime, 60)], a.Contributions.Select(c => (c.Reason, c.Points)));
        Assert.Equal("40 paid orders raised the score by 200.", a.Contributions[0].Message);
        Assert.Equal(51, a.Contributions[1].Units);
        Assert.Equal((Cny(20_000m), Cny(18_500m)), (a.InstalmentLimit, a.AvailableInstalmentCredit));
        Assert.Equal([R.GradeInstalmentLimit, R.OutstandingInstalmentBalance], Reasons(a.InstalmentReasons));
        Assert.Equal(PaymentVerdict.Allow, a.Check(PaymentOption.Instalments, Cny(18_500m)).Verdict);

        var over = a.Check(PaymentOption.Instalments, Cny(18_500.01m));
        Assert.Equal(PaymentVerdict.Block, over.Verdict);
        Assert.Equal([new PaymentCreditExplanation(R.OverInstalmentLimit, Amount: Cny(0.01m)), new PaymentCreditExplanation(R.OutstandingInstalmentBalance, Amount: Cny(1_500m))], over.Reasons);
        Assert.Equal("The order is CNY 0.01 above the instalment credit available.", over.Reasons[0].Message);

        var paidOff = a.Check(PaymentOption.Instalments, Cny(18_500.01m), outstandingInstalments: Cny(0m));
        Assert.Equal((PaymentVerdict.Allow, Cny(20_000m)), (paidOff.Verdict, paidOff.AvailableCredit));
    }

    [Fact]
    public void A_soft_limit_policy_only_warns_above_the_limit_but_still_blocks_closed_instalments()
    {
        var soft = new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, Policy.Bands) { OverLimit = PaymentVerdict.Warn };
        var good = soft.Assess(Customer(30) with { IdentityVerified = true, PaidOrders = 20, PaidSpend = Cny(20_000m) }, At);
        var unverified = soft.Assess(Customer(30) with { PaidOrders = 20, PaidSpend = Cny(20_000m) }, At);

        Assert.Equal(PaymentVerdict.Warn, good.Check(PaymentOption.Instalments, Cny(25_000m)).Verdict);
        Assert.Equal(PaymentVerdict.Block, unverified.Check(PaymentOption.Instalments, Cny(100m)).Verdict);
    }

    [Fact]
    public void Three_refused_parcels_close_cash_on_delivery_and_one_only_warns()
    {
        var history = Customer(12) with { IdentityVerified = true, PaidOrders = 8, PaidSpend = Cny(1_200m), CashOnDeliveryRefusals = 3 };

        var three = Policy.Assess(history, At);

        Assert.Equal((570, PaymentGrade.D, false), (three.Score, three.Grade, three.CashOnDeliveryAllowed));
        Assert.Equal([(R.CashOnDeliveryRefusals, -150), (R.PaidOrders, 80), (R.IdentityVerified, 80), (R.AccountAge, 60)], three.Contributions.Select(c => (c.Reason, c.Points)));
        Assert.Equal([new PaymentCreditExplanation(R.TooManyCashOnDeliveryRefusals, 3)], three.CashOnDeliveryReasons);
        var blocked = three.Check(PaymentOption.CashOnDelivery, Cny(199m));
        Assert.Equal(PaymentVerdict.Block, blocked.Verdict);
        Assert.Equal([R.CashOnDeliveryNotAllowed, R.TooManyCashOnDeliveryRefusals], Reasons(blocked.Reasons));
        Assert.False(blocked.MayProceed);

        var one = Policy.Assess(history with { CashOnDeliveryRefusals = 1 }, At);

        Assert.Equal((670, PaymentGrade.C, true), (one.Score, one.Grade, one.CashOnDeliveryAllowed));
        var warned = one.Check(PaymentOption.CashOnDelivery, Cny(199m));
        Assert.Equal((PaymentVerdict.Warn, true), (warned.Verdict, warned.MayProceed));
        Assert.Equal([new PaymentCreditExplanation(R.PreviousCashOnDeliveryRefusals, 1)], warned.Reasons);
        Assert.Equal("The customer has refused 1 cash-on-delivery parcel before: confirm the order first.", warned.Reasons[0].Message);
        Assert.Equal("3 refused cash-on-delivery parcels lowered the score by 150.", three.Contributions[0].Message);
        Assert.Equal(Cny(2_400m), one.InstalmentLimit);
        Assert.Equal([new PaymentCreditExplanation(R.LimitedByPaidSpend, Amount: Cny(2_400m)), new PaymentCreditExplanation(R.GradeInstalmentLimit, Amount: Cny(3_000m))], one.InstalmentReasons);
    }

    [Fact]
    public void Two_missed_instalments_close_instalments_even_when_the_rest_of_the_history_keeps_the_grade_high()
    {
        var history = Customer(30) with
        {
            IdentityVerified = true,
            PaidOrders = 20,
            PaidSpend = Cny(9_000m),
            InstalmentsPaidOnTime = 10,
            LateInstalments = 1,
            MissedInstalments = 2,
        };

        var two = Policy.Assess(history, At);

        Assert.Equal((780, PaymentGrade.B, true), (two.Score, two.Grade, two.CashOnDeliveryAllowed));
        Assert.Equal((R.MissedInstalments, -150), (two.Contributions[1].Reason, two.Contributions[1].Points));
        Assert.Equal(Cny(0m), two.InstalmentLimit);
        Assert.Equal([new PaymentCreditExplanation(R.TooManyMissedInstalments, 2)], two.InstalmentReasons);

        var one = Policy.Assess(history with { MissedInstalments = 1 }, At);

        Assert.Equal((855, PaymentGrade.A), (one.Score, one.Grade));
        Assert.Equal(Cny(18_000m), one.InstalmentLimit);
    }

    [Theory]
    [InlineData(true, 20, 4, 0, 0, 800, PaymentGrade.A)]
    [InlineData(true, 20, 3, 0, 0, 795, PaymentGrade.B)]
    [InlineData(true, 0, 24, 0, 0, 700, PaymentGrade.B)]
    [InlineData(true, 0, 23, 0, 0, 695, PaymentGrade.C)]
    [InlineData(true, 1, 2, 0, 0, 600, PaymentGrade.C)]
    [InlineData(true, 1, 1, 0, 0, 595, PaymentGrade.D)]
    [InlineData(false, 0, 4, 1, 1, 450, PaymentGrade.D)]
    [InlineData(false, 0, 3, 1, 1, 445, PaymentGrade.E)]
    public void Each_grade_starts_exactly_at_its_floor(bool verified, int paidOrders, int months, int refusals, int late, int score, PaymentGrade grade)
    {
        var history = Customer(months) with { IdentityVerified = verified, PaidOrders = paidOrders, CashOnDeliveryRefusals = refusals, LateInstalments = late };

        var a = Policy.Assess(history, At);

        Assert.Equal((score, grade), (a.Score, a.Grade));
        Assert.Equal(grade >= PaymentGrade.D, a.CashOnDeliveryAllowed);
    }

    [Fact]
    public void Returns_count_against_the_score_only_beyond_a_fifth_of_paid_orders()
    {
        var history = Customer(0) with { PaidOrders = 10, Returns = 2 };

        Assert.DoesNotContain(Policy.Assess(history, At).Contributions, c => c.Reason == R.ExcessReturns);
        var excess = Policy.Assess(history with { Returns = 5 }, At).Contributions.Single(c => c.Reason == R.ExcessReturns);
        Assert.Equal((3, -30), (excess.Units, excess.Points));
    }

    [Fact]
    public void Account_age_counts_whole_calendar_months()
    {
        var opened = Instant.FromUtc(2026, 1, 31, 9, 0);
        var history = new PaymentHistory(Currency.CNY, opened);

        Assert.Equal(R.NewAccount, Policy.Assess(history, Instant.FromUtc(2026, 2, 28, 9, 0)).Contributions[1].Reason);
        var age = Policy.Assess(history, Instant.FromUtc(2026, 3, 31, 0, 0)).Contributions.Single(c => c.Reason == R.AccountAge);
        Assert.Equal((2, 10), (age.Units, age.Points));
    }
}
