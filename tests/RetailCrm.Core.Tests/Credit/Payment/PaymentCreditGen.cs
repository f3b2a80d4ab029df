namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>Generated payment credit policies (the defaults and random valid ones) and customer histories.</summary>
internal static class PaymentCreditGen
{
    public static readonly Instant At = Instant.FromUtc(2026, 6, 18, 12, 0);

    public static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);

    public static Gen<Money> Amount(int maxYuan) =>
        Gen.Choose(0, maxYuan * 100).Select(fen => Money.FromMinorUnits(fen, Currency.CNY));

    public static Gen<PaymentHistory> Histories() =>
        from days in Gen.Choose(0, 2_000)
        from verified in Gen.Elements(true, false)
        from counts in Gen.Choose(0, 30).ArrayOf(7)
        from spend in Amount(60_000)
        from outstanding in Amount(25_000)
        select new PaymentHistory(Currency.CNY, At - Duration.FromDays(days))
        {
            IdentityVerified = verified,
            PaidOrders = counts[0],
            PaidSpend = spend,
            CashOnDeliveryRefusals = counts[1] / 5,
            InstalmentsPaidOnTime = counts[2],
            LateInstalments = counts[3] / 5,
            MissedInstalments = counts[4] / 8,
            Returns = counts[5] / 3,
            Disputes = counts[6] / 8,
            OutstandingInstalments = outstanding,
        };

    public static Gen<PaymentCreditPolicy> Policies() => Gen.OneOf(
        Gen.Constant(PaymentCreditPolicy.Default),
        Gen.Constant(new PaymentCreditPolicy(Currency.CNY, PaymentScoreCard.Default, PaymentCreditPolicy.Default.Bands) { OverLimit = PaymentVerdict.Warn }),
        RandomPolicies());

    public static Arbitrary<(PaymentCreditPolicy Policy, PaymentHistory History)> Cases() =>
        (from policy in Policies() from history in Histories() select (policy, history)).ToArbitrary();

    private static Gen<PaymentScoreWeight> Weight() =>
        from each in Gen.Choose(0, 100)
        from max in Gen.Choose(0, 300)
        select new PaymentScoreWeight(each, max);

    private static Gen<PaymentCreditPolicy> RandomPolicies() =>
        from weights in Weight().ArrayOf(9)
        from baseScore in Gen.Choose(0, 1_000)
        from normalReturns in Gen.Choose(0, 100)
        from cuts in Gen.Choose(0, 1_000).ArrayOf(4)
        from limits in Gen.Choose(0, 30_000).ArrayOf(4)
        from codFrom in Gen.Elements(Enum.GetValues<PaymentGrade>())
        from maxRefusals in Gen.Choose(0, 4)
        from maxMissed in Gen.Choose(0, 3)
        from needIdentity in Gen.Elements(true, false)
        from multiple in Gen.Elements<decimal?>(null, 0m, 0.5m, 1m, 2m, 5m)
        from overLimit in Gen.Elements(PaymentVerdict.Block, PaymentVerdict.Warn)
        select Build(weights, baseScore, normalReturns, cuts, limits) is { } policy
            ? new PaymentCreditPolicy(policy.Currency, policy.ScoreCard, policy.Bands)
            {
                CashOnDeliveryFrom = codFrom,
                MaxCashOnDeliveryRefusals = maxRefusals,
                MaxMissedInstalments = maxMissed,
                InstalmentsNeedVerifiedIdentity = needIdentity,
                PaidSpendMultiple = multiple,
                OverLimit = overLimit,
            }
            : PaymentCreditPolicy.Default;

    private static PaymentCreditPolicy? Build(PaymentScoreWeight[] w, int baseScore, int normalReturns, int[] cuts, int[] limits)
    {
        var card = new PaymentScoreCard
        {
            BaseScore = baseScore,
            PaidOrders = w[0],
            InstalmentsPaidOnTime = w[1],
            AccountMonths = w[2],
            IdentityVerified = w[3],
            CashOnDeliveryRefusals = w[4],
            LateInstalments = w[5],
            MissedInstalments = w[6],
            ExcessReturns = w[7],
            Disputes = w[8],
            NormalReturnShare = Percentage.FromPercent(normalReturns),
        };
        var span = card.MaxScore - card.MinScore;
        var floors = cuts.Select(c => card.MinScore + (int)((long)c * span / 1_000)).Distinct().Order().ToArray();
        if (floors.Length < 4)
        {
            return null;
        }

        var sortedLimits = limits.Order().Select(l => Cny(l)).ToArray();
        PaymentGrade[] grades = [PaymentGrade.D, PaymentGrade.C, PaymentGrade.B, PaymentGrade.A];
        return new PaymentCreditPolicy(Currency.CNY, card, grades.Select((g, i) => new PaymentGradeBand(g, floors[i], sortedLimits[i])));
    }
}
