namespace RetailCrm.Credit;

using System.Globalization;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A customer's payment credit at an instant: the score and what made it, the grade, whether they
/// may pay on delivery, and how much they may owe in instalments, each with its reasons, main
/// reasons first. Made by <see cref="PaymentCreditPolicy.Assess"/>; <see cref="Check"/> rules on an order.
/// </summary>
public sealed partial class PaymentCreditAssessment
{
    private readonly PaymentScoreContribution[] contributions;
    private readonly PaymentCreditExplanation[] cashOnDeliveryReasons;
    private readonly PaymentCreditExplanation[] instalmentReasons;

    internal PaymentCreditAssessment(
        PaymentCreditPolicy policy,
        PaymentHistory history,
        Instant at,
        int score,
        PaymentGrade grade,
        PaymentScoreContribution[] contributions,
        bool cashOnDeliveryAllowed,
        PaymentCreditExplanation[] cashOnDeliveryReasons,
        Money instalmentLimit,
        PaymentCreditExplanation[] instalmentReasons)
    {
        Policy = policy;
        History = history;
        At = at;
        Score = score;
        Grade = grade;
        this.contributions = contributions;
        CashOnDeliveryAllowed = cashOnDeliveryAllowed;
        this.cashOnDeliveryReasons = cashOnDeliveryReasons;
        InstalmentLimit = instalmentLimit;
        this.instalmentReasons = instalmentReasons;
        var available = instalmentLimit - history.OutstandingInstalments;
        AvailableInstalmentCredit = available.IsNegative ? Money.Zero(policy.Currency) : available;
    }

    /// <summary>The policy the assessment applied.</summary>
    public PaymentCreditPolicy Policy { get; }

    /// <summary>The facts assessed.</summary>
    public PaymentHistory History { get; }

    /// <summary>The instant of the assessment.</summary>
    public Instant At { get; }

    /// <summary>The score the contributions start from (the score card's base).</summary>
    public int BaseScore => Policy.ScoreCard.BaseScore;

    /// <summary>
    /// The score: <see cref="BaseScore"/> plus the points of every contribution, exactly, on the scale
    /// from the score card's <see cref="PaymentScoreCard.MinScore"/> to <see cref="PaymentScoreCard.MaxScore"/>
    /// (0 to 1000 by default).
    /// </summary>
    public int Score { get; }

    /// <summary>The grade the score earns.</summary>
    public PaymentGrade Grade { get; }

    /// <summary>
    /// What made the score: each fact that moved it, the largest move first (ties in the fixed order
    /// of the facts), then the positive facts the customer lacks entirely, with zero points, the one
    /// that could add most first. Their points add up with <see cref="BaseScore"/> to <see cref="Score"/>.
    /// </summary>
    public IReadOnlyList<PaymentScoreContribution> Contributions => contributions;

    /// <summary>Whether the customer may pay on delivery.</summary>
    public bool CashOnDeliveryAllowed { get; }

    /// <summary>Why cash on delivery is allowed or not, the main reason first.</summary>
    public IReadOnlyList<PaymentCreditExplanation> CashOnDeliveryReasons => cashOnDeliveryReasons;

    /// <summary>
    /// The most the customer may owe in instalments: the grade's limit, capped by paid history;
    /// zero when instalments are closed. The outstanding balance is not yet taken off (see
    /// <see cref="AvailableInstalmentCredit"/>).
    /// </summary>
    public Money InstalmentLimit { get; }

    /// <summary>The instalment limit less the outstanding balance of the history, never below zero.</summary>
    public Money AvailableInstalmentCredit { get; }

    /// <summary>What set the instalment limit, the binding reason first.</summary>
    public IReadOnlyList<PaymentCreditExplanation> InstalmentReasons => instalmentReasons;

    /// <summary>Whether the customer may pay in instalments at all (the limit is above zero).</summary>
    public bool InstalmentsAvailable => InstalmentLimit.IsPositive;

    /// <summary>"Score 735 (B), cash on delivery allowed, instalments up to CNY 2000.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Score {Score} ({Grade}), cash on delivery {(CashOnDeliveryAllowed ? "allowed" : "not allowed")}, instalments up to {InstalmentLimit}");
}
