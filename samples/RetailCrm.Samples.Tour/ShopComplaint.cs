namespace RetailCrm.Samples.Tour;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using RetailCrm.Service;

/// <summary>Service recovery: a complaint opened, graded, acknowledged, compensated with points, resolved and followed up.</summary>
internal static class ShopComplaint
{
    private static readonly CustomerId LiNa = new("c-li-na");
    private static readonly ComplaintId Chipped = new("cmp-2028-001");

    public static async Task RunAsync(ComplaintService complaints, PointsService points, TourClock clock, Report report)
    {
        clock.SetTo(new LocalDateTime(2028, 1, 24, 20, 40));
        report.Step(clock.Today, "Li Na writes in the chat: the tea set of m-2 arrived with a cracked cup, and this is her second complaint this month. She is angry.");
        var opened = await complaints.OpenAsync(
            Chipped, LiNa, ComplaintChannel.OnlineChat, ComplaintSubject.Product, EmotionalIntensity.Angry,
            (new OrderId("m-2"), Money.Of(268m, Currency.CNY)), valueRank: 1, repeats: 1, sku: new Sku("tea-set"));
        var complaint = (await complaints.GetAsync(opened.Id!.Value))!;
        report.Say($"Graded {complaint.Grade}.");
        report.Say($"Answer due by {Local(complaint.Deadlines.ResponseDue)}, solution by {Local(complaint.Deadlines.ResolutionDue)}.");
        report.Say($"Suggested: {string.Join("; ", complaint.SuggestedCompensation)} (bound: {complaint.CompensationBound.MaxPoints}).");

        clock.SetTo(new LocalDateTime(2028, 1, 24, 21, 5));
        report.Say($"21:05, a manager answers: {await complaints.AcknowledgeAsync(Chipped, Key("ack"), "manager:zhou", "A new cup is on its way.")}.");
        report.Say($"A credit of 5,000 points is asked for: {(await complaints.ApproveAsync(Chipped, Key("approve-5000"), CompensationAction.PointsCredit("goodwill-points", Points.Of(5_000)), "manager:zhou")).Rejection?.Message}");
        await complaints.ApproveAsync(Chipped, Key("approve-1500"), CompensationAction.PointsCredit("goodwill-points", Points.Of(1_500)), "manager:zhou");
        await complaints.ApproveAsync(Chipped, Key("approve-exchange"), CompensationAction.Remedy("exchange", RetailCrm.Service.CompensationKind.Exchange, "one cup"), "manager:zhou");
        await complaints.IssueAsync(Chipped, Key("issue-points"), "goodwill-points");
        report.Say($"1,500 points approved and credited; the desk retries after a timeout, which changes nothing: {await complaints.IssueAsync(Chipped, Key("issue-points"), "goodwill-points")}.");
        report.Balance(await points.GetBalanceAsync(LiNa));

        clock.SetTo(new LocalDateTime(2028, 1, 25, 18, 0));
        report.Step(clock.Today, "The new cup is delivered, before the solution deadline.");
        report.Say($"Resolved: {await complaints.ResolveAsync(Chipped, Key("resolve"), "manager:zhou", "replacement cup delivered")}.");

        clock.SetTo(new LocalDateTime(2028, 1, 28, 18, 30));
        report.Step(clock.Today, $"Three days later the follow-up is due ({(await complaints.FindFollowUpsDueAsync()).Count} complaint). Li Na is satisfied.");
        await complaints.FollowUpAsync(Chipped, Key("follow-up"), "survey", Satisfaction.Satisfied);
        var done = (await complaints.GetAsync(Chipped))!;
        report.Say($"History: {string.Join(" -> ", done.History.Select(t => t.To))}.");
        var measures = ServiceRecoveryMeasures.Measure([done], clock.GetCurrentInstant());
        report.Say($"Answered in {measures.MeanResponseTime?.TotalMinutes:0} minutes, solved in {measures.MeanResolutionTime?.TotalHours:0.#} hours; within deadline: {measures.Resolution.OnTimeShare}.");
        report.Say($"Her answer places her at \"{LoyaltyPyramid.Jd.LevelOf(ServiceRecoveryMeasures.FollowUpAnswers([done]).Single())}\" in the loyalty pyramid.");
    }

    // One key per command the desk sends: a retry of the same command reuses it.
    private static IdempotencyKey Key(string command) => new($"{Chipped}:{command}");

    private static string Local(Instant instant) =>
        instant.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).LocalDateTime.ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
