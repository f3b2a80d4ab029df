namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// A shop's customer payment credit rules, as data: the score card, the grade bands with their
/// instalment limits, who may pay on delivery, when instalments close, how the limit follows paid
/// history, and whether an order above the limit is blocked or only warned about. Immutable and
/// validated on construction; <see cref="Assess"/> applies it to a customer's history.
/// </summary>
public sealed partial class PaymentCreditPolicy
{
    private readonly PaymentGradeBand[] bands;

    /// <summary>Creates a policy.</summary>
    /// <param name="currency">The shop's currency: of the limits, the histories and the orders checked.</param>
    /// <param name="scoreCard">The score's base and weights.</param>
    /// <param name="bands">One band for each of the grades A, B, C and D, in any order.</param>
    /// <exception cref="ArgumentNullException">An argument or a band is null.</exception>
    /// <exception cref="ArgumentException">
    /// A grade from A to D has no band or two; the floors do not rise strictly from D to A or lie
    /// outside the score card's scale; the limits fall as the grade rises; or a limit is in another currency.
    /// </exception>
    public PaymentCreditPolicy(Currency currency, PaymentScoreCard scoreCard, params IEnumerable<PaymentGradeBand> bands)
    {
        Currency = Guard.Against.Null(currency);
        ScoreCard = Guard.Against.Null(scoreCard);
        this.bands = Validate(Guard.Against.Null(bands).ToArray(), currency, scoreCard);
        Bands = Array.AsReadOnly(this.bands);
    }

    /// <summary>The defaults of <see cref="CreateDefault"/> for a shop selling in CNY.</summary>
    public static PaymentCreditPolicy Default { get; } = CreateDefault(Currency.CNY);

    /// <summary>The shop's currency.</summary>
    public Currency Currency { get; }

    /// <summary>The score's base and weights.</summary>
    public PaymentScoreCard ScoreCard { get; }

    /// <summary>The bands from grade A down to grade D.</summary>
    public IReadOnlyList<PaymentGradeBand> Bands { get; }

    /// <summary>The lowest grade that may pay on delivery; D by default, so a new customer may.</summary>
    /// <remarks>
    /// Cash on delivery is how a customer who does not yet trust the shop buys from it, so the
    /// default keeps it open to new customers and closes it only at grade E (refusals, missed
    /// payments) and after too many refusals.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The grade is not defined.</exception>
    public PaymentGrade CashOnDeliveryFrom
    {
        get;
        init => field = ArgumentRange.Defined(value, nameof(CashOnDeliveryFrom));
    } = PaymentGrade.D;

    /// <summary>
    /// The most refused cash-on-delivery parcels a customer may have and still pay on delivery;
    /// 2 by default (one refusal can be a misunderstanding, three are a habit).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public int MaxCashOnDeliveryRefusals
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(MaxCashOnDeliveryRefusals));
    } = 2;

    /// <summary>
    /// The most missed instalments a customer may have and still pay in instalments; 1 by default (an
    /// expired card happens once). The score alone would not close instalments: a long paid history
    /// can outweigh two missed instalments, but money already lost twice should not be lent again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public int MaxMissedInstalments
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(MaxMissedInstalments));
    } = 1;

    /// <summary>Whether instalments need a verified identity; on by default (an unknown debtor cannot be pursued).</summary>
    public bool InstalmentsNeedVerifiedIdentity { get; init; } = true;

    /// <summary>
    /// Caps the instalment limit at this multiple of what the customer has paid so far; 2 by default,
    /// so the shop never lends more than twice the proven history. <see langword="null"/> turns the cap off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The multiple is negative.</exception>
    public decimal? PaidSpendMultiple
    {
        get;
        init => field = value is { } multiple ? ArgumentRange.NotNegative(multiple, nameof(PaidSpendMultiple)) : null;
    } = 2m;

    /// <summary>
    /// What a check says about an instalment order above the credit available: <see cref="PaymentVerdict.Block"/>
    /// by default, because a limit that only warns is overridden at the till and stops limiting anything
    /// (the usual complaint about ERP credit limits). A shop that wants a soft limit chooses
    /// <see cref="PaymentVerdict.Warn"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The verdict is <see cref="PaymentVerdict.Allow"/> or undefined.</exception>
    public PaymentVerdict OverLimit
    {
        get;
        init => field = ArgumentRange.Defined(value, nameof(OverLimit)) == PaymentVerdict.Allow
            ? throw new ArgumentOutOfRangeException(nameof(OverLimit), value, "Over the limit either warns or blocks.")
            : value;
    } = PaymentVerdict.Block;

    /// <summary>
    /// Whether a check warns about a cash-on-delivery order from a customer who refused a parcel
    /// before (but not more often than allowed); on by default, so the shop can confirm by phone first.
    /// </summary>
    public bool WarnOnPreviousRefusals { get; init; } = true;

    /// <summary>
    /// The library's defaults in <paramref name="currency"/> (amounts in its major unit): the default
    /// score card (0 to 1000, base 500); grade A from 800 with instalments up to 20,000, B from 700 up
    /// to 10,000, C from 600 up to 3,000, D from 450 with no instalments, E below 450. A new customer
    /// (500, or 580 when verified) is D: cash on delivery, no instalments until some paid history.
    /// </summary>
    /// <param name="currency">The shop's currency.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static PaymentCreditPolicy CreateDefault(Currency currency)
    {
        Guard.Against.Null(currency);
        Money Amount(decimal value) => Money.Of(value, currency);
        return new PaymentCreditPolicy(
            currency,
            PaymentScoreCard.Default,
            new PaymentGradeBand(PaymentGrade.A, 800, Amount(20_000m)),
            new PaymentGradeBand(PaymentGrade.B, 700, Amount(10_000m)),
            new PaymentGradeBand(PaymentGrade.C, 600, Amount(3_000m)),
            new PaymentGradeBand(PaymentGrade.D, 450, Amount(0m)));
    }

    /// <summary>The grade a score earns.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The highest grade whose floor the score reaches; E below every floor.</returns>
    public PaymentGrade GradeFor(int score)
    {
        foreach (var band in bands)
        {
            if (score >= band.MinScore)
            {
                return band.Grade;
            }
        }

        return PaymentGrade.E;
    }

    /// <summary>The instalment limit a grade gives (zero for E).</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The grade is not defined.</exception>
    public Money InstalmentLimitFor(PaymentGrade grade)
    {
        ArgumentRange.Defined(grade);
        foreach (var band in bands)
        {
            if (band.Grade == grade)
            {
                return band.InstalmentLimit;
            }
        }

        return Money.Zero(Currency);
    }

    private static PaymentGradeBand[] Validate(PaymentGradeBand[] bands, Currency currency, PaymentScoreCard card)
    {
        if (Array.Exists(bands, b => b is null))
        {
            throw new ArgumentNullException(nameof(bands), "A band is null.");
        }

        Array.Sort(bands, (x, y) => y.Grade.CompareTo(x.Grade));
        PaymentGrade[] expected = [PaymentGrade.A, PaymentGrade.B, PaymentGrade.C, PaymentGrade.D];
        if (bands.Length != expected.Length || !bands.Select(b => b.Grade).SequenceEqual(expected))
        {
            throw new ArgumentException("A policy has exactly one band for each of the grades A, B, C and D.", nameof(bands));
        }

        for (var i = 0; i < bands.Length; i++)
        {
            var band = bands[i];
            if (band.InstalmentLimit.Currency != currency)
            {
                throw new ArgumentException($"The limit of grade {band.Grade} is in {band.InstalmentLimit.Currency}, not {currency}.", nameof(bands));
            }

            if (band.MinScore < card.MinScore || band.MinScore > card.MaxScore)
            {
                throw new ArgumentException($"The floor of grade {band.Grade} lies outside the scale {card.MinScore} to {card.MaxScore}.", nameof(bands));
            }

            if (i > 0 && (band.MinScore >= bands[i - 1].MinScore || band.InstalmentLimit > bands[i - 1].InstalmentLimit))
            {
                throw new ArgumentException($"Grade {bands[i - 1].Grade} needs a higher score than {band.Grade} and gives at least its limit.", nameof(bands));
            }
        }

        return bands;
    }
}
