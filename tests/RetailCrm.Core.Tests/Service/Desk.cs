namespace RetailCrm.Tests.Service;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Service;

/// <summary>A service desk in Shanghai with the default policy, for the tests.</summary>
internal static class Desk
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly ServiceRecoveryPolicy Policy = ServiceRecoveryPolicy.CreateDefault(Currency.CNY);

    public static readonly CustomerId Customer = new("c-1");

    /// <summary>Monday 2 March 2026, 10:00 in Shanghai.</summary>
    public static readonly Instant Monday = At(2026, 3, 2, 10, 0);

    public static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    public static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);

    public static ComplaintIntake Intake(string id = "cmp-1", Instant? at = null, OrderId? order = null, ComplaintSubject subject = ComplaintSubject.Delivery) =>
        new(new ComplaintId(id), Customer, ComplaintChannel.OnlineChat, subject, at ?? Monday, order);

    public static Complaint Open(EmotionalIntensity intensity = EmotionalIntensity.Calm, int repeats = 0, Money? orderValue = null, int valueRank = 0, ServiceRecoveryPolicy? policy = null, string id = "cmp-1", Instant? at = null) =>
        Complaint.Open(Intake(id, at, orderValue is null ? null : new OrderId("o-1")), new GradingInput(intensity, repeats, orderValue, valueRank), policy ?? Policy);
}
