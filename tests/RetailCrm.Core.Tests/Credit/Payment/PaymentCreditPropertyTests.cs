namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.PaymentCreditGen;

/// <summary>Invariants of payment credit assessments and order checks over generated policies and histories.</summary>
public sealed class PaymentCreditPropertyTests
{
    private const int Runs = 300;

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Runs);

    [Fact]
    public void The_contributions_add_up_with_the_base_to_the_score_exactly_within_the_scale() =>
        Check(Cases(), c =>
        {
            var assessment = c.Policy.Assess(c.History, At);

            Assert.Equal(assessment.Score, assessment.BaseScore + assessment.Contributions.Sum(x => x.Points));
            Assert.InRange(assessment.Score, c.Policy.ScoreCard.MinScore, c.Policy.ScoreCard.MaxScore);
            Assert.Equal(c.Policy.GradeFor(assessment.Score), assessment.Grade);
        });

    [Fact]
    public void The_main_reasons_come_first_and_each_reason_appears_once() =>
        Check(Cases(), c =>
        {
            var contributions = c.Policy.Assess(c.History, At).Contributions;
            var impacts = contributions.Select(x => Math.Abs(x.Points)).ToArray();

            Assert.Equal(impacts.OrderDescending(), impacts);
            Assert.Equal(contributions.Count, contributions.Select(x => x.Reason).Distinct().Count());
        });

    [Fact]
    public void The_assessment_is_deterministic() =>
        Check(Cases(), c =>
        {
            var first = c.Policy.Assess(c.History, At);
            var second = c.Policy.Assess(c.History with { }, At);

            Assert.Equal(
                (first.Score, first.Grade, first.CashOnDeliveryAllowed, first.InstalmentLimit, first.AvailableInstalmentCredit),
                (second.Score, second.Grade, second.CashOnDeliveryAllowed, second.InstalmentLimit, second.AvailableInstalmentCredit));
            Assert.Equal(first.Contributions, second.Contributions);
            Assert.Equal(first.CashOnDeliveryReasons, second.CashOnDeliveryReasons);
            Assert.Equal(first.InstalmentReasons, second.InstalmentReasons);
        });

    [Fact]
    public void A_missed_instalment_never_raises_the_score_the_grade_or_the_limit() =>
        Check(Cases(), c =>
        {
            var before = c.Policy.Assess(c.History, At);
            var after = c.Policy.Assess(c.History with { MissedInstalments = c.History.MissedInstalments + 1 }, At);

            Assert.True(after.Score <= before.Score, $"{before} -> {after}");
            Assert.True(after.Grade <= before.Grade, $"{before} -> {after}");
            Assert.True(after.InstalmentLimit <= before.InstalmentLimit, $"{before} -> {after}");
            Assert.True(after.AvailableInstalmentCredit <= before.AvailableInstalmentCredit, $"{before} -> {after}");
        });

    [Fact]
    public void A_paid_order_never_lowers_the_score_the_grade_or_the_limit()
    {
        var cases = (from c in Cases().Generator from paid in Amount(5_000) select (c.Policy, c.History, paid)).ToArbitrary();
        Check(cases, c =>
        {
            var before = c.Policy.Assess(c.History, At);
            var after = c.Policy.Assess(c.History with { PaidOrders = c.History.PaidOrders + 1, PaidSpend = c.History.PaidSpend + c.paid }, At);

            Assert.True(after.Score >= before.Score, $"{before} -> {after}");
            Assert.True(after.Grade >= before.Grade, $"{before} -> {after}");
            Assert.True(after.InstalmentLimit >= before.InstalmentLimit, $"{before} -> {after}");
            Assert.True(after.CashOnDeliveryAllowed || !before.CashOnDeliveryAllowed, $"{before} -> {after}");
        });
    }

    [Fact]
    public void More_refusals_never_allow_cash_on_delivery_where_fewer_did_not()
    {
        var cases = (from c in Cases().Generator from more in Gen.Choose(1, 5) select (c.Policy, c.History, more)).ToArbitrary();
        Check(cases, c =>
        {
            var fewer = c.Policy.Assess(c.History, At);
            var more = c.Policy.Assess(c.History with { CashOnDeliveryRefusals = c.History.CashOnDeliveryRefusals + c.more }, At);

            Assert.True(!more.CashOnDeliveryAllowed || fewer.CashOnDeliveryAllowed, $"{fewer} -> {more}");
            Assert.True(more.Score <= fewer.Score);
            Assert.True(more.InstalmentLimit <= fewer.InstalmentLimit);
        });
    }

    [Fact]
    public void A_check_never_allows_instalments_above_the_credit_available_and_blocks_them_under_a_blocking_policy()
    {
        // Half the amounts fall within CNY 3 of the credit available, where an off-by-a-little limit would show.
        var cases = (from c in Cases().Generator
                     from random in Amount(30_000)
                     from nearby in Gen.Elements(true, false)
                     from offset in Gen.Choose(-300, 300)
                     from owed in Gen.OneOf(Gen.Constant<Money?>(null), Amount(25_000).Select(a => (Money?)a))
                     select (c.Policy, c.History, random, nearby, offset, owed)).ToArbitrary();
        Check(cases, c =>
        {
            var assessment = c.Policy.Assess(c.History, At);
            var available = assessment.InstalmentLimit - (c.owed ?? c.History.OutstandingInstalments);
            var near = available + Money.FromMinorUnits(c.offset, Currency.CNY);
            var amount = c.nearby && near.IsPositive ? near : c.random + Money.FromMinorUnits(1, Currency.CNY);

            var check = assessment.Check(PaymentOption.Instalments, amount, c.owed);

            if (amount > available)
            {
                Assert.NotEqual(PaymentVerdict.Allow, check.Verdict);
                Assert.True(c.Policy.OverLimit == PaymentVerdict.Warn && assessment.InstalmentsAvailable || check.Verdict == PaymentVerdict.Block, check.ToString());
            }
            else
            {
                Assert.Equal(PaymentVerdict.Allow, check.Verdict);
            }
        });
    }

    [Fact]
    public void Cash_on_delivery_is_blocked_exactly_when_the_assessment_does_not_allow_it_and_online_payment_always_passes()
    {
        var cases = (from c in Cases().Generator from amount in Amount(30_000).Where(a => a.IsPositive) select (c.Policy, c.History, amount)).ToArbitrary();
        Check(cases, c =>
        {
            var assessment = c.Policy.Assess(c.History, At);

            Assert.Equal(!assessment.CashOnDeliveryAllowed, assessment.Check(PaymentOption.CashOnDelivery, c.amount).Verdict == PaymentVerdict.Block);
            Assert.Equal(PaymentVerdict.Allow, assessment.Check(PaymentOption.OnlinePayment, c.amount).Verdict);
        });
    }

    private static void Check<T>(Arbitrary<T> arbitrary, Action<T> property) =>
        Prop.ForAll(arbitrary, property).Check(Config);
}
