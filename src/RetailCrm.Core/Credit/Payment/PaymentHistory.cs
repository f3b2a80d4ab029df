namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The facts a payment credit assessment reads about one customer, as the shop's order and payment
/// systems count them: paid orders and spend, cash-on-delivery refusals, instalments paid on time,
/// late or missed, returns, disputes, the account's opening and whether the identity is verified.
/// The caller chooses the window the counts cover (all time, the last 12 months, ...).
/// </summary>
/// <remarks>
/// Immutable; <c>with</c> expressions validate like the initialiser:
/// <c>history with { MissedInstalments = history.MissedInstalments + 1 }</c>.
/// </remarks>
public sealed record PaymentHistory
{
    /// <summary>Creates the facts of a customer with no history yet.</summary>
    /// <param name="currency">The shop's currency, of <see cref="PaidSpend"/> and <see cref="OutstandingInstalments"/>.</param>
    /// <param name="accountOpened">When the customer's account was opened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public PaymentHistory(Currency currency, Instant accountOpened)
    {
        Currency = Guard.Against.Null(currency);
        AccountOpened = accountOpened;
        PaidSpend = Money.Zero(currency);
        OutstandingInstalments = Money.Zero(currency);
    }

    /// <summary>The shop's currency.</summary>
    public Currency Currency { get; }

    /// <summary>When the customer's account was opened.</summary>
    public Instant AccountOpened { get; init; }

    /// <summary>Whether the customer's identity (real name, ID document) is verified.</summary>
    public bool IdentityVerified { get; init; }

    /// <summary>Orders the customer paid in full, online or on delivery.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int PaidOrders
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(PaidOrders));
    }

    /// <summary>What the customer paid for those orders; zero by default.</summary>
    /// <exception cref="ArgumentException">The amount is in another currency or not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Money PaidSpend
    {
        get;
        init => field = MoneyArgument.RoundedNonNegative(value, nameof(PaidSpend), Currency);
    }

    /// <summary>Cash-on-delivery parcels the customer refused at the door.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int CashOnDeliveryRefusals
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(CashOnDeliveryRefusals));
    }

    /// <summary>Instalments the customer paid by their due date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int InstalmentsPaidOnTime
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(InstalmentsPaidOnTime));
    }

    /// <summary>Instalments the customer paid after their due date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int LateInstalments
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(LateInstalments));
    }

    /// <summary>Instalments the customer did not pay (written off or sent to collection).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int MissedInstalments
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(MissedInstalments));
    }

    /// <summary>The instalment balance the customer still owes; zero by default.</summary>
    /// <exception cref="ArgumentException">The amount is in another currency or not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Money OutstandingInstalments
    {
        get;
        init => field = MoneyArgument.RoundedNonNegative(value, nameof(OutstandingInstalments), Currency);
    }

    /// <summary>Orders (or lines) the customer returned.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int Returns
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(Returns));
    }

    /// <summary>Payment disputes the customer opened and lost (chargebacks, false non-delivery claims).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int Disputes
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(Disputes));
    }
}
