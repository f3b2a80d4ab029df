namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>Shorthands for ledger tests in a Shanghai shop trading in CNY.</summary>
internal static class Ledger
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly Instant March3 = At(2026, 3, 3, 14, 0);

    public static Instant At(int year, int month, int day, int hour = 12, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    public static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);

    public static PointsAccount Open(PointsPolicy? policy = null) =>
        PointsAccount.Open(new CustomerId("c-1"), policy ?? PointsPolicy.Default);

    public static PointsResult Earn(this PointsAccount account, string order, decimal amount, Instant paidAt, decimal tierMultiplier = 1m) =>
        account.Execute(new EarnPoints(new IdempotencyKey(order + ":earn"), PaidOrder.Simple(new OrderId(order), paidAt, Cny(amount)), tierMultiplier), paidAt);

    public static PointsResult Redeem(this PointsAccount account, string order, decimal orderAmount, long points, Instant at) =>
        account.Execute(new RedeemPoints(new IdempotencyKey(order + ":redeem"), new OrderId(order), Cny(orderAmount), Points.Of(points)), at);

    public static PointsResult Cancel(this PointsAccount account, string order, Instant at) =>
        account.Execute(new CancelRedemption(new IdempotencyKey(order + ":cancel"), new OrderId(order)), at);

    public static PointsResult Refund(this PointsAccount account, string refund, string order, decimal goodsAmount, Instant at) =>
        account.Execute(new ClawBackPoints(new IdempotencyKey(refund + ":clawback"), new OrderRefund(new RefundId(refund), new OrderId(order), Cny(goodsAmount))), at);

    public static PointsResult Adjust(this PointsAccount account, string key, long change, Instant at) =>
        account.Execute(new AdjustPoints(new IdempotencyKey(key), Points.Of(change), "service compensation"), at);

    public static long Available(this PointsAccount account, Instant at) => account.BalanceAt(at).Available.Value;
}
