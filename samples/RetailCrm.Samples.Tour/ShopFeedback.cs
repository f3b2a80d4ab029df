namespace RetailCrm.Samples.Tour;

using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>The shop's marketplace credit: buyers rate its trades, the counting rules decide what counts.</summary>
internal static class ShopFeedback
{
    private static readonly PartyId TeaHouse = new("tea-house");

    public static async Task RunAsync(FeedbackService feedback, TourClock clock, Report report)
    {
        clock.SetTo(new LocalDateTime(2028, 1, 5, 10, 0));
        report.Step(clock.Today, "The shop also sells on a marketplace. Seven trades complete today; buyers rate six of them.");
        var trades = new[]
        {
            Trade("m-1", "c-li-na", "tea-set", 268m, clock),
            Trade("m-2", "c-li-na", "tea-set", 268m, clock),
            Trade("m-3", "c-wang-fang", "oolong", 86m, clock),
            Trade("m-4", "c-zhang-wei", "oolong", 86m, clock),
            Trade("m-5", "c-liu-yang", "sample", 0.99m, clock),
            Trade("m-6", "c-chen-jing", "teapot", 158m, clock),
            Trade("m-7", "c-zhao-lei", "oolong", 86m, clock),
        };
        foreach (var trade in trades)
        {
            await feedback.RecordTradeAsync(trade);
        }

        async Task RateAsync(string trade, RatingValue value, string? comment = null)
        {
            var result = await feedback.RateAsync(TeaHouse, new OrderId(trade), value, comment);
            report.Say($"{trade} rated {value}: {result.Decision?.Explanation ?? result.Message}");
        }

        await RateAsync("m-1", RatingValue.Positive, "Lovely set.");
        await RateAsync("m-2", RatingValue.Positive, "Bought another for my mother.");
        await RateAsync("m-3", RatingValue.Positive);
        await RateAsync("m-4", RatingValue.Neutral, "Slow delivery.");
        await RateAsync("m-5", RatingValue.Positive);
        await RateAsync("m-6", RatingValue.Negative, "The lid was chipped.");
        report.Say($"Rating m-1 again: {(await feedback.RateAsync(TeaHouse, new OrderId("m-1"), RatingValue.Negative)).Message}");
        await feedback.ReplyAsync(TeaHouse, new OrderId("m-6"), FeedbackReplyAuthor.Rated, "We sent a new lid the same day.");

        clock.SetTo(new LocalDateTime(2028, 1, 21, 9, 0));
        report.Step(clock.Today, "The 15-day window of m-7 has closed without a rating: it becomes a default positive.");
        var standing = await feedback.GetStandingAsync(TeaHouse, FeedbackRole.Seller);
        var rate = standing.LastSixMonths;
        report.Say($"Seller credit: {standing.Score} points, {standing.Level} (next level at {standing.NextThreshold}).");
        report.Say($"Last 6 months: {rate.Positives} positive, {rate.Neutrals} neutral, {rate.Negatives} negative; positive rate {rate.PositiveRate?.Value:0.00}% (neutrals left out).");
    }

    private static CompletedTrade Trade(string id, string buyer, string item, decimal price, TourClock clock)
    {
        var completed = clock.GetCurrentInstant();
        return new CompletedTrade(new OrderId(id), new PartyId(buyer), TeaHouse, new Sku(item), Money.Of(price, Currency.CNY), completed - Duration.FromDays(4), completed);
    }
}
