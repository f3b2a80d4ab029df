namespace RetailCrm.Tests.Credit;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>A Taobao-style marketplace in Shanghai: one shop, its buyers, trades and ratings.</summary>
internal static class Market
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly PartyId Shop = new("shop-1");

    public static FeedbackPolicy Policy { get; } = FeedbackPolicy.CreateDefault(Currency.CNY, Shanghai);

    public static Instant At(int year, int month, int day, int hour = 12, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Shanghai).ToInstant();

    public static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);

    /// <summary>A trade the shop sold, completed 3 days after it was created.</summary>
    public static CompletedTrade Sale(string id, string buyer, string item, decimal price, Instant created) =>
        new(new OrderId(id), new PartyId(buyer), Shop, new Sku(item), Cny(price), created, created + Duration.FromDays(3));

    /// <summary>Records the sale in the shop's profile and the buyer's rating an hour after completion.</summary>
    public static FeedbackResult Sell(this FeedbackProfile shop, string id, string buyer, string item, decimal price, Instant created, RatingValue value)
    {
        var trade = Sale(id, buyer, item, price, created);
        shop.RecordTrade(trade);
        return shop.Rate(trade.Id, value, null, trade.CompletedAt + Duration.FromHours(1));
    }

    public static FeedbackProfile OpenShop(FeedbackPolicy? policy = null) => FeedbackProfile.Open(Shop, policy ?? Policy);

    public static CountDecision DecisionOf(this FeedbackProfile profile, string trade) => profile.Find(new OrderId(trade))!.Decision!.Value;
}
