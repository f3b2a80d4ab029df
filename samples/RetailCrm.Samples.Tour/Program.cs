namespace RetailCrm.Samples.Tour;

using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.DependencyInjection;
using RetailCrm.Membership;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;

/// <summary>
/// A year and a half of one customer's points in a Chinese online shop, told through the public
/// API as a storefront would call it. Every figure printed comes from the library.
/// </summary>
internal static class Program
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly CustomerId LiNa = new("c-li-na");

    public static async Task Main()
    {
        // The shop's clock, set by hand; registered first because AddRetailCrm only adds the
        // system clock when no IClock is registered yet.
        var clock = new TourClock(Shanghai);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        services.AddRetailCrm(crm =>
        {
            crm.Points = ShopPolicy();
            crm.Tiers = ShopTiers.Ladder(Shanghai);
            foreach (var promotion in ShopPromotions.For618())
            {
                crm.Promotions.Add(promotion);
            }
        });

        using var provider = services.BuildServiceProvider();
        var points = provider.GetRequiredService<PointsService>();
        var promotions = provider.GetRequiredService<PromotionService>();
        var membership = provider.GetRequiredService<MembershipService>();
        var policy = provider.GetRequiredService<PointsPolicy>();
        var feedback = provider.GetRequiredService<FeedbackService>();
        var report = new Report(Shanghai, Console.Out);

        // A paid order earns points at the member's tier multiplier and counts towards the next tier.
        async Task PayAsync(PaidOrder order)
        {
            var member = await membership.GetAsync(LiNa);
            report.Outcome(await points.EarnAsync(LiNa, order, Key($"{order.Id}:earn"), member.Current.Benefits.PointsMultiplier));
            report.Tier(await membership.RecordOrderAsync(LiNa, order));
        }

        var redemption = policy.Redemption;
        report.Say($"Earning: {policy.Earning.Rate}; pending for {policy.PendingPeriod.Days} days; expiry: {policy.Expiry}.");
        report.Say($"Redemption: {redemption.Rate}, at least {redemption.Minimum}, in steps of {redemption.Step}, at most {redemption.MaxOrderShare} of an order.");

        clock.SetTo(new LocalDateTime(2026, 3, 8, 10, 0));
        report.Step(clock.Today, "Li Na pays her first order, o-1001, CNY 268.50. The points are pending for the return window.");
        await PayAsync(Paid("o-1001", clock, 268.50m));
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 3, 10, 21, 15));
        report.Step(clock.Today, "At checkout of o-1002 (CNY 1,299.00) she tries to spend 200 points, but none are available yet.");
        report.Outcome(await points.RedeemAsync(LiNa, new OrderId("o-1002"), Cny(1_299m), Points.Of(200), Key("o-1002:redeem")));
        report.Say("She pays the order in full.");
        await PayAsync(Paid("o-1002", clock, 1_299m));
        report.Progress(await membership.GetProgressAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 3, 18, 9, 0));
        report.Step(clock.Today, "Both return windows have passed: the points are available.");
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 6, 18, 20, 30));
        var tier = (await membership.GetAsync(LiNa)).Current;
        report.Step(clock.Today, $"618. Li Na, now {tier.Name}, fills her cart; the shop prices it against its 618 promotions and the tier benefits.");
        var shopper = new Shopper(LiNa) { Tier = tier.Id, PreviousOrders = 2 };
        var cart = new Cart(
            Currency.CNY,
            new CartLine(new Sku("air-fryer"), 1, Cny(1_299m), new CategoryId("618-deals"), new CategoryId("kitchen")),
            new CartLine(new Sku("oolong"), 3, Cny(86m), new CategoryId("tea")),
            new CartLine(new Sku("teapot"), 1, Cny(268m), new CategoryId("kitchen")))
        {
            Shipping = Cny(12m),
        };
        var priced = await promotions.PriceAsync(cart, shopper);
        report.Cart(priced);
        var order618 = PaidFromCart("o-1003", clock, priced);
        var quote = policy.QuoteEarning(order618, tier.Benefits.PointsMultiplier);
        report.Say($"The cart page shows \"you will earn {quote.Points}\" ({quote.Campaign?.Name}, x{tier.Benefits.PointsMultiplier} for {tier.Name}); she pays {priced.Total}.");
        report.Say($"Promotion usage recorded for the order: {await promotions.RecordOrderAsync(new OrderId("o-1003"), shopper, priced)}.");
        await PayAsync(order618);
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 6, 26, 8, 0));
        report.Step(clock.Today, "The 618 points leave the pending period.");
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 7, 10, 12, 0));
        var total1004 = Cny(128m);
        report.Step(clock.Today, "Order o-1004: goods CNY 120.00 plus CNY 8.00 shipping. She asks to pay 8,000 points.");
        report.Outcome(await points.RedeemAsync(LiNa, new OrderId("o-1004"), total1004, Points.Of(8_000), Key("o-1004:redeem-8000")));
        report.Say("She spends 3,000 points instead; the earliest-expiring, then oldest, lots go first.");
        var redeemed = await points.RedeemAsync(LiNa, new OrderId("o-1004"), total1004, Points.Of(3_000), Key("o-1004:redeem"));
        report.Outcome(redeemed);
        report.Say("She pays the rest in money. Only the part paid in money earns, and shipping earns nothing.");
        var order1004 = new PaidOrder(
            new OrderId("o-1004"),
            clock.GetCurrentInstant(),
            [new PaidOrderLine(new Sku("tea-set"), new CategoryId("kitchen"), Cny(120m))],
            shipping: Cny(8m),
            paidWithPoints: redeemed.Value!.Value);
        await PayAsync(order1004);

        clock.SetTo(new LocalDateTime(2026, 7, 20, 16, 45));
        var teapot = priced.Lines.Single(l => l.Line.Sku == new Sku("teapot")).FinalPrice;
        report.Step(clock.Today, $"She returns the teapot of the 618 order; it cost her {teapot} after the promotions, so that is what the refund and the clawback use.");
        var refund = new OrderRefund(new RefundId("r-501"), new OrderId("o-1003"), teapot);
        report.Outcome(await points.ClawBackAsync(LiNa, refund, Key("r-501:clawback")));
        report.Tier(await membership.RecordRefundAsync(LiNa, refund));
        report.Say("Most of those points were already spent on o-1004, so the rest is a debt.");
        report.Balance(await points.GetBalanceAsync(LiNa));
        report.Say("The refund message is delivered a second time:");
        report.Outcome(await points.ClawBackAsync(LiNa, refund, Key("r-501:clawback")));

        clock.SetTo(new LocalDateTime(2026, 11, 11, 0, 20));
        report.Step(clock.Today, "Double 11: order o-1005, CNY 699.00. Its points repay the debt first.");
        await PayAsync(Paid("o-1005", clock, 699m));
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2026, 12, 12, 19, 0));
        report.Step(clock.Today, "Double 12: order o-1006, CNY 328.00.");
        await PayAsync(Paid("o-1006", clock, 328m));

        clock.SetTo(new LocalDateTime(2027, 3, 5, 11, 0));
        report.Step(clock.Today, "Order o-1007, CNY 158.00: points earned in 2027 live until the end of 2028.");
        await PayAsync(Paid("o-1007", clock, 158m));

        clock.SetTo(new LocalDateTime(2027, 12, 10, 9, 0));
        report.Step(clock.Today, "The shop warns her: the 2026 points expire at the end of 2027.");
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2027, 12, 30, 22, 0));
        report.Step(clock.Today, "She orders o-1008 (CNY 199.00, cash on delivery) and spends 500 points on it.");
        report.Outcome(await points.RedeemAsync(LiNa, new OrderId("o-1008"), Cny(199m), Points.Of(500), Key("o-1008:redeem")));

        clock.SetTo(new LocalDateTime(2028, 1, 2, 3, 0));
        report.Step(clock.Today, "The 2026 lots have expired. Balances never count them, even before the expiry job runs:");
        report.Balance(await points.GetBalanceAsync(LiNa));
        report.Say("The nightly job writes the expiry entries:");
        report.Outcome(await points.ExpireAsync(LiNa));

        clock.SetTo(new LocalDateTime(2028, 1, 3, 15, 0));
        report.Step(clock.Today, "She refuses the o-1008 parcel; the order is cancelled. The 500 points go back to their lot, which has expired, so they expire at once.");
        report.Outcome(await points.CancelRedemptionAsync(LiNa, new OrderId("o-1008"), Key("o-1008:cancel")));

        report.Statement(await points.GetStatementAsync(LiNa));
        report.History(await membership.GetAsync(LiNa));
        report.Progress(await membership.GetProgressAsync(LiNa));

        await ShopFeedback.RunAsync(feedback, clock, report);
        await ShopComplaint.RunAsync(provider.GetRequiredService<RetailCrm.Service.ComplaintService>(), points, clock, report);

        // The shop's satisfaction survey of 500 customers, as in the JD study: 4% very satisfied, 13% satisfied.
        report.Pyramid(LoyaltyPyramid.Jd.Report(Survey(
            (Satisfaction.VerySatisfied, 20), (Satisfaction.Satisfied, 65), (Satisfaction.FairlySatisfied, 250),
            (Satisfaction.Dissatisfied, 110), (Satisfaction.VeryDissatisfied, 55))));

        ShopPaymentCredit.Print(Console.Out, clock.GetCurrentInstant());
    }

    private static IEnumerable<Satisfaction> Survey(params (Satisfaction Answer, int Count)[] answers) =>
        answers.SelectMany(a => Enumerable.Repeat(a.Answer, a.Count));

    /// <summary>The default policy for a shop in China, plus double points on 18 June 2026.</summary>
    private static PointsPolicy ShopPolicy()
    {
        var defaults = PointsPolicy.CreateDefault(Currency.CNY, Shanghai);
        var day618 = new LocalDate(2026, 6, 18);
        var campaign = new BonusCampaign("618 double points", new DateInterval(day618, day618), multiplier: 2m);
        return defaults.With(earning: new EarningPolicy(defaults.Earning.Rate, campaigns: [campaign]));
    }

    /// <summary>The paid order as the points ledger sees it: each line at the price paid after promotions.</summary>
    private static PaidOrder PaidFromCart(string id, TourClock clock, PricedCart priced) =>
        new(
            new OrderId(id),
            clock.GetCurrentInstant(),
            [.. priced.Lines.Select(l => new PaidOrderLine(l.Line.Sku, l.Line.Categories[^1], l.FinalPrice))],
            shipping: priced.Shipping - priced.ShippingDiscount,
            paidWithPoints: Money.Zero(Currency.CNY));

    private static PaidOrder Paid(string id, TourClock clock, decimal amount) =>
        PaidOrder.Simple(new OrderId(id), clock.GetCurrentInstant(), Cny(amount));

    private static Money Cny(decimal amount) => Money.Of(amount, Currency.CNY);

    private static IdempotencyKey Key(string key) => new(key);
}
