namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

public sealed partial class PaymentCreditPolicy
{
    /// <summary>
    /// Assesses a customer's payment credit from their history at an instant: the score with each
    /// fact's contribution (largest first), the grade, whether they may pay on delivery, and their
    /// instalment limit, each with its reasons. Deterministic: the same history, instant and policy
    /// always give the same assessment.
    /// </summary>
    /// <param name="history">The customer's facts, in the policy's currency.</param>
    /// <param name="at">The instant of the assessment; the account's age is measured up to it (in whole calendar months of UTC dates).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentException">The history is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the account was opened.</exception>
    public PaymentCreditAssessment Assess(PaymentHistory history, Instant at)
    {
        Guard.Against.Null(history);
        if (history.Currency != Currency)
        {
            throw new ArgumentException($"The history is in {history.Currency}, the policy in {Currency}.", nameof(history));
        }

        if (at < history.AccountOpened)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The assessment instant is before the account was opened ({history.AccountOpened}).");
        }

        var contributions = Score(history, FullMonths(history.AccountOpened, at), out var score);
        var grade = GradeFor(score);
        var cashOnDelivery = CashOnDelivery(history, grade, out var cashOnDeliveryAllowed);
        var instalments = Instalments(history, grade, out var limit);
        return new PaymentCreditAssessment(this, history, at, score, grade, contributions, cashOnDeliveryAllowed, cashOnDelivery, limit, instalments);
    }

    private static int FullMonths(Instant from, Instant to)
    {
        var (start, end) = (from.InUtc().Date, to.InUtc().Date);
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        return end.Day < start.Day ? months - 1 : months;
    }

    private PaymentScoreContribution[] Score(PaymentHistory history, int months, out int score)
    {
        var card = ScoreCard;
        Span<PaymentScoreContribution> buffer = stackalloc PaymentScoreContribution[12];
        var n = 0;
        Add(buffer, ref n, PaymentCreditReason.PaidOrders, history.PaidOrders, card.PaidOrders, 1);
        Add(buffer, ref n, PaymentCreditReason.InstalmentsPaidOnTime, history.InstalmentsPaidOnTime, card.InstalmentsPaidOnTime, 1);
        Add(buffer, ref n, PaymentCreditReason.AccountAge, months, card.AccountMonths, 1);
        Add(buffer, ref n, PaymentCreditReason.IdentityVerified, history.IdentityVerified ? 1 : 0, card.IdentityVerified, 1);
        Add(buffer, ref n, PaymentCreditReason.CashOnDeliveryRefusals, history.CashOnDeliveryRefusals, card.CashOnDeliveryRefusals, -1);
        Add(buffer, ref n, PaymentCreditReason.LateInstalments, history.LateInstalments, card.LateInstalments, -1);
        Add(buffer, ref n, PaymentCreditReason.MissedInstalments, history.MissedInstalments, card.MissedInstalments, -1);
        Add(buffer, ref n, PaymentCreditReason.ExcessReturns, card.ExcessReturnsOf(history.PaidOrders, history.Returns), card.ExcessReturns, -1);
        Add(buffer, ref n, PaymentCreditReason.Disputes, history.Disputes, card.Disputes, -1);

        score = card.BaseScore;
        for (var i = 0; i < n; i++)
        {
            score = checked(score + buffer[i].Points);
        }

        SortByImpact(buffer[..n]);

        // The positive facts the customer lacks entirely, by the most they could add: what would raise the score.
        var scored = n;
        AddMissing(buffer, ref n, PaymentCreditReason.NoPaidOrders, history.PaidOrders == 0, card.PaidOrders);
        AddMissing(buffer, ref n, PaymentCreditReason.NewAccount, months == 0, card.AccountMonths);
        AddMissing(buffer, ref n, PaymentCreditReason.IdentityNotVerified, !history.IdentityVerified, card.IdentityVerified);
        SortMissing(buffer[scored..n], card);
        return buffer[..n].ToArray();
    }

    private static void Add(Span<PaymentScoreContribution> buffer, ref int n, PaymentCreditReason reason, int units, PaymentScoreWeight weight, int sign)
    {
        var points = weight.PointsFor(units);
        if (points != 0)
        {
            buffer[n++] = new PaymentScoreContribution(reason, units, sign * points);
        }
    }

    private static void AddMissing(Span<PaymentScoreContribution> buffer, ref int n, PaymentCreditReason reason, bool missing, PaymentScoreWeight weight)
    {
        if (missing && weight.PointsEach > 0 && weight.MaxPoints > 0)
        {
            buffer[n++] = new PaymentScoreContribution(reason, 0, 0);
        }
    }

    // Insertion sorts: at most nine items, no delegate, stable (ties keep the fixed order of the facts).
    private static void SortByImpact(Span<PaymentScoreContribution> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && Math.Abs(items[j].Points) < Math.Abs(item.Points); j--)
            {
                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }
    }

    private static void SortMissing(Span<PaymentScoreContribution> items, PaymentScoreCard card)
    {
        static int Potential(PaymentScoreContribution c, PaymentScoreCard card) => c.Reason switch
        {
            PaymentCreditReason.NoPaidOrders => card.PaidOrders.MaxPoints,
            PaymentCreditReason.NewAccount => card.AccountMonths.MaxPoints,
            _ => card.IdentityVerified.MaxPoints,
        };

        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && Potential(items[j], card) < Potential(item, card); j--)
            {
                items[j + 1] = items[j];
            }

            items[j + 1] = item;
        }
    }

    private PaymentCreditExplanation[] CashOnDelivery(PaymentHistory history, PaymentGrade grade, out bool allowed)
    {
        var refusals = history.CashOnDeliveryRefusals;
        var tooMany = refusals > MaxCashOnDeliveryRefusals;
        var gradeTooLow = grade < CashOnDeliveryFrom;
        allowed = !tooMany && !gradeTooLow;
        if (allowed)
        {
            return refusals > 0
                ? [new(PaymentCreditReason.GradeAllowsCashOnDelivery), new(PaymentCreditReason.PreviousCashOnDeliveryRefusals, refusals)]
                : [new(PaymentCreditReason.GradeAllowsCashOnDelivery)];
        }

        return (tooMany, gradeTooLow) switch
        {
            (true, true) => [new(PaymentCreditReason.TooManyCashOnDeliveryRefusals, refusals), new(PaymentCreditReason.GradeTooLowForCashOnDelivery)],
            (true, false) => [new(PaymentCreditReason.TooManyCashOnDeliveryRefusals, refusals)],
            _ => [new(PaymentCreditReason.GradeTooLowForCashOnDelivery)],
        };
    }

    private PaymentCreditExplanation[] Instalments(PaymentHistory history, PaymentGrade grade, out Money limit)
    {
        var outstanding = history.OutstandingInstalments;
        var gradeLimit = InstalmentLimitFor(grade);
        var unverified = InstalmentsNeedVerifiedIdentity && !history.IdentityVerified;
        var missedTooMany = history.MissedInstalments > MaxMissedInstalments;
        var closed = unverified || missedTooMany || gradeLimit.IsZero;
        Money? cap = !closed && PaidSpendMultiple is { } multiple
            ? (history.PaidSpend * multiple).Round(MidpointRounding.ToZero)
            : null;
        var capped = cap is { } c && c < gradeLimit;
        limit = closed ? Money.Zero(Currency) : capped ? cap!.Value : gradeLimit;

        var reasons = new PaymentCreditExplanation[Count(unverified, missedTooMany, closed && gradeLimit.IsZero, !closed, capped, outstanding.IsPositive)];
        var n = 0;
        if (missedTooMany)
        {
            reasons[n++] = new(PaymentCreditReason.TooManyMissedInstalments, history.MissedInstalments);
        }

        if (unverified)
        {
            reasons[n++] = new(PaymentCreditReason.IdentityNotVerified);
        }

        if (closed && gradeLimit.IsZero)
        {
            reasons[n++] = new(PaymentCreditReason.GradeTooLowForInstalments);
        }

        if (capped)
        {
            reasons[n++] = new(PaymentCreditReason.LimitedByPaidSpend, Amount: cap);
        }

        if (!closed)
        {
            reasons[n++] = new(PaymentCreditReason.GradeInstalmentLimit, Amount: gradeLimit);
        }

        if (outstanding.IsPositive)
        {
            reasons[n] = new(PaymentCreditReason.OutstandingInstalmentBalance, Amount: outstanding);
        }

        return reasons;
    }

    private static int Count(params ReadOnlySpan<bool> conditions)
    {
        var count = 0;
        foreach (var condition in conditions)
        {
            count += condition ? 1 : 0;
        }

        return count;
    }
}
