namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// Everything a shop decides about its points programme, as data: earning, the pending period
/// before earned points can be spent, expiry, redemption, and the shop's time zone for date rules.
/// Immutable and validated on construction.
/// </summary>
public sealed partial class PointsPolicy
{
    /// <summary>Creates a points policy.</summary>
    /// <param name="timeZone">The shop's time zone: campaign days and calendar-year expiry are local dates there.</param>
    /// <param name="earning">How orders earn points.</param>
    /// <param name="redemption">How points pay for orders; its currency must be the earning rate's.</param>
    /// <param name="pendingPeriod">How long after payment earned points stay pending (the return window); zero or more.</param>
    /// <param name="expiry">When earned points expire.</param>
    /// <param name="expiringSoonWindow">How far ahead a statement warns of expiring points; zero or more.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    /// <exception cref="ArgumentException">Earning and redemption use different currencies.</exception>
    public PointsPolicy(
        DateTimeZone timeZone,
        EarningPolicy earning,
        RedemptionPolicy redemption,
        Duration pendingPeriod,
        ExpiryPolicy expiry,
        Duration expiringSoonWindow)
    {
        TimeZone = Guard.Against.Null(timeZone);
        Earning = Guard.Against.Null(earning);
        Redemption = Guard.Against.Null(redemption);
        Expiry = Guard.Against.Null(expiry);
        if (pendingPeriod < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(pendingPeriod), pendingPeriod, "The pending period must not be negative.");
        }

        if (expiringSoonWindow < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(expiringSoonWindow), expiringSoonWindow, "The expiring-soon window must not be negative.");
        }

        if (earning.Rate.Currency != redemption.Rate.Currency)
        {
            throw new ArgumentException($"Earning is in {earning.Rate.Currency} but redemption in {redemption.Rate.Currency}.", nameof(redemption));
        }

        PendingPeriod = pendingPeriod;
        ExpiringSoonWindow = expiringSoonWindow;
    }

    /// <summary>
    /// The library's defaults for a shop in China: 1 point per CNY 1 paid, pending for 7 days (the
    /// no-reason return period), expiring at the end of the calendar year after earning, 100
    /// points = CNY 1 redeemed in steps of 100 with a minimum of 100, at most 50% of an order,
    /// warning 30 days before expiry, in Asia/Shanghai.
    /// </summary>
    public static PointsPolicy Default { get; } = CreateDefault(Currency.CNY, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    /// <summary>The currency in which points are earned and redeemed.</summary>
    public Currency Currency => Earning.Rate.Currency;

    /// <summary>The shop's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>How orders earn points.</summary>
    public EarningPolicy Earning { get; }

    /// <summary>How points pay for orders.</summary>
    public RedemptionPolicy Redemption { get; }

    /// <summary>How long after payment earned points stay pending.</summary>
    public Duration PendingPeriod { get; }

    /// <summary>When earned points expire.</summary>
    public ExpiryPolicy Expiry { get; }

    /// <summary>How far ahead a statement reports points as expiring soon.</summary>
    public Duration ExpiringSoonWindow { get; }

    /// <summary>
    /// A copy of this policy with the given parts replaced, validated like a new policy, e.g.
    /// <c>PointsPolicy.Default.With(pendingPeriod: Duration.FromDays(15))</c>.
    /// </summary>
    /// <param name="timeZone">A new time zone, or null to keep this one.</param>
    /// <param name="earning">A new earning policy, or null to keep this one.</param>
    /// <param name="redemption">A new redemption policy, or null to keep this one.</param>
    /// <param name="pendingPeriod">A new pending period, or null to keep this one.</param>
    /// <param name="expiry">A new expiry policy, or null to keep this one.</param>
    /// <param name="expiringSoonWindow">A new expiring-soon window, or null to keep this one.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    /// <exception cref="ArgumentException">Earning and redemption would use different currencies.</exception>
    public PointsPolicy With(
        DateTimeZone? timeZone = null,
        EarningPolicy? earning = null,
        RedemptionPolicy? redemption = null,
        Duration? pendingPeriod = null,
        ExpiryPolicy? expiry = null,
        Duration? expiringSoonWindow = null) =>
        new(
            timeZone ?? TimeZone,
            earning ?? Earning,
            redemption ?? Redemption,
            pendingPeriod ?? PendingPeriod,
            expiry ?? Expiry,
            expiringSoonWindow ?? ExpiringSoonWindow);

    /// <summary>
    /// The defaults of <see cref="Default"/> in another currency and zone: 1 point per major unit,
    /// 100 points = 1 major unit (for a currency without minor units, steps of 100 stay exact).
    /// </summary>
    /// <param name="currency">The shop's currency.</param>
    /// <param name="timeZone">The shop's time zone.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PointsPolicy CreateDefault(Currency currency, DateTimeZone timeZone)
    {
        Guard.Against.Null(currency);
        var one = Money.Of(1m, currency);
        return new PointsPolicy(
            timeZone,
            new EarningPolicy(new PointsRate(Points.Of(1), one)),
            new RedemptionPolicy(new PointsRate(Points.Of(100), one), minimum: Points.Of(100), step: Points.Of(100), Percentage.FromPercent(50)),
            pendingPeriod: Duration.FromDays(7),
            expiry: ExpiryPolicy.EndOfCalendarYear(1),
            expiringSoonWindow: Duration.FromDays(30));
    }
}
