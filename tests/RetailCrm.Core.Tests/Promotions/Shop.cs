namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Builders for pricing tests: a CNY shop in Asia/Shanghai.</summary>
internal static class Shop
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly Instant Now = Local(2026, 6, 10, 14, 0);

    public static readonly Shopper Guest = new(new CustomerId("c-1"));

    public static Instant Local(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    public static Money Yuan(decimal amount) => Money.Of(amount, Currency.CNY);

    public static CartLine Line(string sku, int quantity, decimal unitPrice, params string[] categories) =>
        new(new Sku(sku), quantity, Yuan(unitPrice), categories.Select(c => new CategoryId(c)));

    public static Cart Cart(params CartLine[] lines) => new(Currency.CNY, lines);

    public static Promotion Promo(string id, Reward reward, int priority = 0) =>
        new(new PromotionId(id), id, reward) { Priority = priority };

    public static PromotionCatalog Catalog(params Promotion[] promotions) =>
        new(new PricingOptions(Currency.CNY, Zone), promotions);

    public static PricedCart Price(Cart cart, params Promotion[] promotions) =>
        new PricingEngine(Catalog(promotions)).Price(cart, Guest, Now);

    public static PromotionDecision Decision(this PricedCart priced, string id) =>
        priced.Decisions.Single(d => d.Promotion == new PromotionId(id));

    public static PricedLine LineOf(this PricedCart priced, string sku) =>
        priced.Lines.Single(l => l.Line.Sku == new Sku(sku));
}
