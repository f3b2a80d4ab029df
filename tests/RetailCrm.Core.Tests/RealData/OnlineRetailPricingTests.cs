namespace RetailCrm.Tests.RealData;

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// The pricing engine over every real invoice of the UCI "Online Retail" data set (a UK online
/// shop, 2010-12-01..2011-12-09, GBP): each invoice becomes a cart, priced against a realistic
/// promotion set, and the result is checked against figures computed independently from the raw file.
/// </summary>
public sealed class OnlineRetailPricingTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDateTimePattern Stamp = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");
    private static readonly Lazy<List<Invoice>> Invoices = new(Read);

    [Fact]
    public void Ten_percent_off_then_every_100_pounds_get_10_off_matches_a_hand_computation_on_every_invoice()
    {
        var engine = new PricingEngine(new PromotionCatalog(
            new PricingOptions(Currency.GBP, London),
            [
                new Promotion(new PromotionId("ten-off"), "10% off everything", Reward.PercentOff(Percentage.FromPercent(10))) { Priority = 2 },
                new Promotion(new PromotionId("per-100"), "Every 100 get 10", Reward.SpendThreshold([new SpendTier(Gbp(100m), Gbp(10m))], repeatable: true)) { Priority = 1 },
            ]));

        var invoices = Invoices.Value;
        foreach (var invoice in invoices)
        {
            var priced = engine.Price(invoice.Cart, Shopper(invoice), invoice.At);

            var afterPercent = invoice.Lines.Sum(l => l.Total - decimal.Round(l.Total * 0.10m, 2, MidpointRounding.AwayFromZero));
            var expected = afterPercent - Math.Min(afterPercent, decimal.Floor(afterPercent / 100m) * 10m);
            Assert.True(Gbp(expected) == priced.Merchandise, $"invoice {invoice.Number}: expected {expected}, priced {priced.Merchandise}");
        }

        Assert.True(invoices.Count > 18_000, $"only {invoices.Count} invoices were read");
    }

    [Fact]
    public void A_realistic_promotion_set_prices_every_invoice_within_its_invariants_whatever_the_line_order()
    {
        var engine = new PricingEngine(new PromotionCatalog(new PricingOptions(Currency.GBP, London), ShopPromotions()));
        decimal subtotal = 0m, discount = 0m;
        var applied = new Dictionary<PromotionId, int>();

        foreach (var invoice in Invoices.Value)
        {
            var shopper = Shopper(invoice);
            var priced = engine.Price(invoice.Cart, shopper, invoice.At);
            var reversed = engine.Price(new Cart(Currency.GBP, invoice.Cart.Lines.Reverse()) { Shipping = invoice.Cart.Shipping }, shopper, invoice.At);

            Assert.Equal(priced.Total, reversed.Total);
            Assert.Equal(priced.Decisions.Select(d => (d.Promotion, d.Reason, d.Discount)), reversed.Decisions.Select(d => (d.Promotion, d.Reason, d.Discount)));
            Assert.False(priced.Total.IsNegative);
            Assert.Equal(priced.Discount, priced.Decisions.Aggregate(Gbp(0m), (sum, d) => sum + d.Discount));
            foreach (var line in priced.Lines)
            {
                Assert.InRange(line.FinalPrice.Amount, 0m, line.ListPrice.Amount);
                Assert.Equal(line.ListPrice - line.FinalPrice, line.Adjustments.Aggregate(Gbp(0m), (sum, a) => sum + a.Amount));
            }

            subtotal += priced.Subtotal.Amount;
            discount += priced.Discount.Amount;
            foreach (var decision in priced.Applied)
            {
                applied[decision.Promotion] = applied.GetValueOrDefault(decision.Promotion) + 1;
            }
        }

        Assert.Equal(Invoices.Value.Sum(i => i.Lines.Sum(l => l.Total)), subtotal);
        Assert.All(ShopPromotions(), p => Assert.True(applied.GetValueOrDefault(p.Id) > 0, $"{p.Name} never applied"));
        Assert.InRange(discount / subtotal, 0.01m, 0.5m);
    }

    private static IEnumerable<Promotion> ShopPromotions()
    {
        var christmas = new LocalDateTime(2011, 12, 1, 0, 0);
        yield return new Promotion(new PromotionId("christmas"), "Christmas week: 15% off decorations", Reward.PercentOff(Percentage.FromPercent(15)))
        {
            Target = ProductSelector.Categories(new CategoryId("decorations")),
            Condition = Condition.Between(christmas, christmas.PlusDays(9)),
            Priority = 50,
            Stacking = Stacking.StopsFurther,
        };
        yield return new Promotion(new PromotionId("heart-3-for-2"), "Heart T-light holders: 3 for 2", Reward.BuyXGetY(2, 1))
        {
            Target = ProductSelector.Skus(new Sku("85123A")),
            Priority = 40,
        };
        yield return new Promotion(new PromotionId("wholesale"), "Wholesale: 5% off from 24 units, 10% from 100", Reward.QuantityTiers(
            QuantityTier.Percent(24, Percentage.FromPercent(5)),
            QuantityTier.Percent(100, Percentage.FromPercent(10))))
        {
            Priority = 30,
        };
        yield return new Promotion(new PromotionId("welcome-back"), "Welcome back: 2% off", Reward.PercentOff(Percentage.FromPercent(2)))
        {
            Condition = Condition.ReturningCustomer,
            Priority = 20,
        };
        yield return new Promotion(new PromotionId("spend-ladder"), "Spend 200 get 10, 500 get 30", Reward.SpendThreshold([new SpendTier(Gbp(200m), Gbp(10m)), new SpendTier(Gbp(500m), Gbp(30m))]))
        {
            Priority = 10,
        };
        yield return new Promotion(new PromotionId("free-delivery"), "Free delivery over 50", Reward.FreeShipping(Gbp(50m)));
    }

    private static Shopper Shopper(Invoice invoice) =>
        new(new CustomerId(invoice.Customer)) { PreviousOrders = invoice.PreviousOrders };

    private static Money Gbp(decimal amount) => Money.Of(amount, Currency.GBP);

    // Every sale invoice with at least one sellable line; cancellations, returns, free lines and
    // prices finer than a penny (a handful of adjustment lines) are left out.
    private static List<Invoice> Read()
    {
        var directory = Path.GetDirectoryName(HoldoutData.File("online-retail-by-day/2010-12-01.csv"))!;
        var rows = new List<(string Number, string Sku, int Quantity, decimal Price, LocalDateTime At, string Customer)>();
        foreach (var file in System.IO.Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var fields = SplitCsv(line);
                var quantity = int.Parse(fields[3], CultureInfo.InvariantCulture);
                var price = decimal.Parse(fields[5], CultureInfo.InvariantCulture);
                if (fields[0].StartsWith('C') || quantity <= 0 || price <= 0m || decimal.Round(price, 2) != price)
                {
                    continue;
                }

                var customer = fields[6].Length == 0 ? $"guest-{fields[0]}" : fields[6].Split('.')[0];
                rows.Add((fields[0], fields[1], quantity, price, Stamp.Parse(fields[4]).Value, customer));
            }
        }

        var seen = new Dictionary<string, int>();
        var invoices = new List<Invoice>();
        foreach (var group in rows.GroupBy(r => r.Number).OrderBy(g => g.First().At))
        {
            var first = group.First();
            var lines = group.Select(r => new RawLine(r.Sku, r.Quantity, r.Price)).ToArray();
            var cart = new Cart(Currency.GBP, lines.Select(l => new CartLine(new Sku(l.Sku), l.Quantity, Gbp(l.Price), Category(l.Sku)))) { Shipping = Gbp(4.95m) };
            var previous = seen.GetValueOrDefault(first.Customer);
            seen[first.Customer] = previous + 1;
            invoices.Add(new Invoice(group.Key, first.Customer, first.At.InZoneLeniently(London).ToInstant(), previous, lines, cart));
        }

        return invoices;
    }

    // The data set has no categories; the stock code's leading digits stand in for a product family,
    // and the 22xxx and 23xxx families (mostly seasonal decorations) for "decorations".
    private static CategoryId Category(string sku) =>
        new(sku.StartsWith("22", StringComparison.Ordinal) || sku.StartsWith("23", StringComparison.Ordinal) ? "decorations" : "family-" + sku[..Math.Min(2, sku.Length)]);

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>(8);
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }

    private sealed record RawLine(string Sku, int Quantity, decimal Price)
    {
        public decimal Total => Quantity * Price;
    }

    private sealed record Invoice(string Number, string Customer, Instant At, int PreviousOrders, IReadOnlyList<RawLine> Lines, Cart Cart);
}
