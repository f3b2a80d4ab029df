namespace RetailCrm.DependencyInjection;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>The shop-wide settings <see cref="RetailCrmServiceCollectionExtensions.AddRetailCrm"/> registers.</summary>
public sealed class RetailCrmOptions
{
    /// <summary>The shop's currency; CNY unless set.</summary>
    public Currency Currency { get; set; } = Currency.CNY;

    /// <summary>The shop's time zone, in which campaign days and calendar years are counted; Asia/Shanghai unless set.</summary>
    public DateTimeZone TimeZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// The points programme's policy; when null, <see cref="PointsPolicy.CreateDefault"/> for
    /// <see cref="Currency"/> and <see cref="TimeZone"/> (1 point per unit paid, 7 days pending,
    /// 100 points = 1 unit).
    /// </summary>
    public PointsPolicy? Points { get; set; }

    /// <summary>How many times a service tries a command when saves conflict; 5 unless set.</summary>
    public int MaxConcurrencyAttempts { get; set; } = 5;

    /// <summary>The points policy to register, checked against the shop's currency and zone.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidOperationException">The options are incomplete or contradict each other.</exception>
    internal PointsPolicy ResolvePointsPolicy()
    {
        if (Currency is null || TimeZone is null)
        {
            throw new InvalidOperationException("RetailCrm options need a Currency and a TimeZone.");
        }

        var policy = Points ?? PointsPolicy.CreateDefault(Currency, TimeZone);
        if (policy.Currency != Currency)
        {
            throw new InvalidOperationException($"The points policy runs in {policy.Currency}, but the shop's currency is {Currency}.");
        }

        if (policy.TimeZone != TimeZone)
        {
            throw new InvalidOperationException($"The points policy uses time zone {policy.TimeZone.Id}, but the shop's is {TimeZone.Id}.");
        }

        return policy;
    }
}
