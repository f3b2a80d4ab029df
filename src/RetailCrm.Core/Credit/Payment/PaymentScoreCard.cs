namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// The points of a payment credit score, as data: a base every customer starts from and a capped
/// weight per fact. The score is the base plus the positive facts minus the negative ones, never
/// clamped, so the contributions always add up to the score exactly; the scale therefore runs from
/// <see cref="MinScore"/> (every negative fact at its cap, no positive one) to <see cref="MaxScore"/>.
/// </summary>
/// <remarks>
/// The defaults give a 0 to 1000 scale with a base of 500, the middle: a new customer is neither
/// trusted nor distrusted. Positive facts can add 500 and negative ones take 500. No fact moves the
/// score by more than 200 (a fifth of the scale), so one fact cannot decide a grade alone.
/// </remarks>
public sealed record PaymentScoreCard
{
    /// <summary>The defaults: base 500, scale 0 to 1000 (see each weight for its value and why).</summary>
    public static PaymentScoreCard Default { get; } = new();

    /// <summary>The score before any fact; 500 by default, the middle of the default scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The score is negative.</exception>
    public int BaseScore
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(BaseScore));
    } = 500;

    /// <summary>
    /// Points per paid order: 10 each, at most 200 by default. Paid orders are the strongest evidence
    /// that the customer pays, so they have the largest cap, reached at 20 orders.
    /// </summary>
    public PaymentScoreWeight PaidOrders { get; init; } = new(10, 200);

    /// <summary>
    /// Points per instalment paid on time: 5 each, at most 100 by default (20 instalments). Smaller
    /// than an order because one purchase makes several instalments.
    /// </summary>
    public PaymentScoreWeight InstalmentsPaidOnTime { get; init; } = new(5, 100);

    /// <summary>
    /// Points per full month since the account was opened: 5 each, at most 120 by default (two years).
    /// Age alone proves little, but throw-away accounts are young.
    /// </summary>
    public PaymentScoreWeight AccountMonths { get; init; } = new(5, 120);

    /// <summary>
    /// Points for a verified identity: 80 by default. A customer with a real name behind the account
    /// can be pursued for unpaid instalments.
    /// </summary>
    public PaymentScoreWeight IdentityVerified { get; init; } = new(80, 80);

    /// <summary>
    /// Points off per refused cash-on-delivery parcel: 50 each, at most 150 by default. A refusal
    /// costs the shop shipping both ways and blocks stock; three refusals take a new customer to E.
    /// </summary>
    public PaymentScoreWeight CashOnDeliveryRefusals { get; init; } = new(50, 150);

    /// <summary>Points off per instalment paid late: 20 each, at most 100 by default. Late is not lost.</summary>
    public PaymentScoreWeight LateInstalments { get; init; } = new(20, 100);

    /// <summary>
    /// Points off per missed instalment: 75 each, at most 150 by default. A missed instalment is money
    /// lost, the most serious fact; the policy also closes instalments after too many.
    /// </summary>
    public PaymentScoreWeight MissedInstalments { get; init; } = new(75, 150);

    /// <summary>
    /// Points off per return beyond <see cref="NormalReturnShare"/> of paid orders: 10 each, at most
    /// 50 by default. Returns are a customer's right, so only an unusual number counts, and lightly.
    /// </summary>
    public PaymentScoreWeight ExcessReturns { get; init; } = new(10, 50);

    /// <summary>Points off per lost payment dispute: 25 each, at most 50 by default.</summary>
    public PaymentScoreWeight Disputes { get; init; } = new(25, 50);

    /// <summary>
    /// The share of paid orders a customer may return without it counting against the score
    /// (rounded down to whole returns); 20% by default, a generous allowance for the seven-day
    /// no-reason returns of Chinese online retail.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is above 100%.</exception>
    public Percentage NormalReturnShare
    {
        get;
        init => field = value <= Percentage.Hundred ? value : throw new ArgumentOutOfRangeException(nameof(NormalReturnShare), value, "The share of normal returns is at most 100%.");
    } = Percentage.FromPercent(20);

    /// <summary>The lowest score possible: the base minus every negative fact's cap.</summary>
    public int MinScore => checked(BaseScore - CashOnDeliveryRefusals.MaxPoints - LateInstalments.MaxPoints - MissedInstalments.MaxPoints - ExcessReturns.MaxPoints - Disputes.MaxPoints);

    /// <summary>The highest score possible: the base plus every positive fact's cap.</summary>
    public int MaxScore => checked(BaseScore + PaidOrders.MaxPoints + InstalmentsPaidOnTime.MaxPoints + AccountMonths.MaxPoints + IdentityVerified.MaxPoints);

    /// <summary>Returns beyond the normal share of <paramref name="paidOrders"/>.</summary>
    internal int ExcessReturnsOf(int paidOrders, int returns)
    {
        var normal = (int)decimal.Floor(paidOrders * NormalReturnShare.Fraction);
        return Math.Max(0, returns - normal);
    }
}
