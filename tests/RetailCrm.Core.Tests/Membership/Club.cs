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
    public static readonly TierId Platinum = new("platinum");

    public static Instant Local(int year, int month, int day, int hour = 12) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Zone).ToInstant();

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    public static Money Yuan(decimal amount) => Money.Of(amount, Currency.CNY);

    public static TierLadder Ladder(QualificationWindow window, Period? grace = null, bool refundsUndo = false, bool goldForLife = false, int maxStepsDown = 1) =>
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
            MaxStepsDown = maxStepsDown,
        };

    /// <summary>Regular; Silver from 1,000; Gold from 5,000 and 3 orders; Platinum from 20,000 and 5 orders.</summary>
    public static TierLadder FourTiers(QualificationWindow window, int maxStepsDown = 1, bool goldForLife = false) =>
        new(
            Currency.CNY,
            Zone,
            window,
            new TierDefinition(Regular, "Regular", TierRequirement.None),
            new TierDefinition(Silver, "Silver", new TierRequirement { MinSpend = Yuan(1_000m) }),
            new TierDefinition(Gold, "Gold", new TierRequirement { MinSpend = Yuan(5_000m), MinOrders = 3 }) { Lifetime = goldForLife },
            new TierDefinition(Platinum, "Platinum", new TierRequirement { MinSpend = Yuan(20_000m), MinOrders = 5 }))
        {
            MaxStepsDown = maxStepsDown,
        };

    /// <summary>Regular; Silver from 500 confirmed points; Gold from 2,000 points or 3 orders.</summary>
    public static TierLadder PointsLadder(QualificationWindow window) =>
        new(
            Currency.CNY,
            Zone,
            window,
            new TierDefinition(Regular, "Regular", TierRequirement.None),
            new TierDefinition(Silver, "Silver", new TierRequirement { MinPoints = Points.Of(500) }),
            new TierDefinition(Gold, "Gold", new TierRequirement { MinPoints = Points.Of(2_000), MinOrders = 3, Mode = RequirementMode.Any }));

    public static MembershipAccount Join(TierLadder ladder, Instant at) => MembershipAccount.Open(new CustomerId("m-1"), ladder, at);

    public static MembershipResult Order(this MembershipAccount account, string id, decimal spend, Instant at) =>
        account.RecordOrder(new OrderId(id), Yuan(spend), at);

    public static MembershipResult Refund(this MembershipAccount account, string id, string order, decimal amount, Instant at) =>
        account.RecordRefund(new RefundId(id), new OrderId(order), Yuan(amount), at);

    public static MembershipResult Earn(this MembershipAccount account, string key, long points, Instant earnedAt, Instant confirmedAt) =>
        account.RecordPoints(new IdempotencyKey(key), Points.Of(points), earnedAt, confirmedAt);

    /// <summary>Three orders in 2026 worth 5,500: Gold in a calendar-year or rolling ladder joined early in 2026.</summary>
    public static MembershipAccount GoldIn2026(TierLadder ladder)
    {
        var account = Join(ladder, Local(2026, 1, 5));
        account.Order("o-1", 2_000m, Local(2026, 2, 1));
        account.Order("o-2", 2_000m, Local(2026, 3, 1));
        account.Order("o-3", 1_500m, Local(2026, 4, 1));
        return account;
    }
}
