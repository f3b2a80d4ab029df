namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>Builders for membership tests: a CNY shop in Asia/Shanghai with a three-tier ladder.</summary>
internal static class Club
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly TierId Regular = new("regular");
    public static readonly TierId Silver = new("silver");
    public static readonly TierId Gold = new("gold");

    public static Instant Local(int year, int month, int day, int hour = 12) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    public static Money Yuan(decimal amount) => Money.Of(amount, Currency.CNY);

    public static TierLadder Ladder(QualificationWindow window, Period? grace = null, bool refundsUndo = false, bool goldForLife = false) =>
        new(
            Currency.CNY,
            Zone,
            window,
            new TierDefinition(Regular, "Regular", TierRequirement.None),
            new TierDefinition(Silver, "Silver", new TierRequirement { MinSpend = Yuan(1_000m) }),
            new TierDefinition(Gold, "Gold", new TierRequirement { MinSpend = Yuan(5_000m), MinOrders = 3 }) { Lifetime = goldForLife })
        {
            GracePeriod = grace ?? Period.FromDays(30),
            RefundsUndoUpgrades = refundsUndo,
        };

    public static MembershipAccount Join(TierLadder ladder, Instant at) => MembershipAccount.Open(new CustomerId("m-1"), ladder, at);

    public static MembershipResult Order(this MembershipAccount account, string id, decimal spend, Instant at) =>
        account.RecordOrder(new OrderId(id), Yuan(spend), at);
}
