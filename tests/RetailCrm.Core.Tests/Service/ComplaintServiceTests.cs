namespace RetailCrm.Tests.Service;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;

public sealed class ComplaintServiceTests
{
    private static readonly ComplaintId Id = new("cmp-100");
    private readonly FakeClock clock = new(Desk.Monday);
    private readonly InMemoryComplaintStore store = new();
    private readonly PointsService points;
    private readonly List<IdempotencyKey> couponCalls = [];
    private readonly ComplaintService service;

    public ComplaintServiceTests()
    {
        var pointsPolicy = PointsPolicy.CreateDefault(Currency.CNY, Desk.Shanghai);
        points = new PointsService(new InMemoryPointsAccountStore(), clock, pointsPolicy);
        var issuer = new CompensationIssuer(points, (customer, promotion, key, ct) =>
        {
            couponCalls.Add(key);
            return Task.FromResult(new CouponCode($"SORRY-{couponCalls.Count}"));
        });
        service = new ComplaintService(store, clock, Desk.Policy, issuer);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_complaint_is_opened_graded_handled_compensated_and_followed_up()
    {
        var opened = await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Phone, ComplaintSubject.Product, EmotionalIntensity.Angry, (new OrderId("o-1"), Desk.Cny(680m)), cancellationToken: Token);
        Assert.True(opened.Succeeded && !opened.IsReplay);
        Assert.Equal((Id, ComplaintState.Opened, (ComplaintAction?)null), (opened.Id, opened.State, opened.Transition!.Action));
        var complaint = (await service.GetAsync(Id, Token))!;
        Assert.Equal((HandlingLevel.SeniorAgent, 4), (complaint.Level, complaint.Grade.Score)); // angry 3, an order over CNY 500 1
        clock.Advance(Duration.FromMinutes(30));
        Assert.True((await service.AcknowledgeAsync(Id, TestKeys.Next(), "agent:li", cancellationToken: Token)).Succeeded);
        Assert.True((await service.ApproveAsync(Id, TestKeys.Next(), CompensationAction.PointsCredit("goodwill-points", Points.Of(800)), "manager:wu", Token)).Succeeded);

        var issued = await service.IssueAsync(Id, TestKeys.Next(), "goodwill-points", Token);
        var again = await service.IssueAsync(Id, TestKeys.Next(), "goodwill-points", Token);

        Assert.True(issued.Succeeded && !issued.IsReplay);
        Assert.True(again.IsReplay);
        Assert.Equal(Points.Of(800), (await points.GetBalanceAsync(Desk.Customer, Token)).Available);
        clock.Advance(Duration.FromHours(2));
        await service.ResolveAsync(Id, TestKeys.Next(), "agent:li", "new teapot sent", Token);
        clock.Advance(Duration.FromDays(3));
        Assert.Equal([Id], (await service.FindFollowUpsDueAsync(cancellationToken: Token)).Select(c => c.Id));
        await service.FollowUpAsync(Id, TestKeys.Next(), "survey", Satisfaction.Satisfied, cancellationToken: Token);
        var stored = (await service.GetAsync(Id, Token))!;
        Assert.Equal((ComplaintState.FollowedUp, Satisfaction.Satisfied), (stored.State, stored.FollowUpAnswer));
        Assert.True(stored.Compensations[0].IsIssued);
    }

    [Fact]
    public async Task Points_issued_before_a_failed_record_are_not_issued_again()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Angry, cancellationToken: Token);
        await service.ApproveAsync(Id, TestKeys.Next(), CompensationAction.PointsCredit("goodwill-points", Points.Of(300)), "lead", Token);
        var key = (await service.GetAsync(Id, Token))!.Compensations[0].Key;

        // The points went out, then the process stopped before recording it; the retry issues with the same key.
        await points.AdjustAsync(Desk.Customer, Points.Of(300), "Compensation for complaint cmp-100", key, Token);
        await service.IssueAsync(Id, TestKeys.Next(), "goodwill-points", Token);

        Assert.Equal(Points.Of(300), (await points.GetBalanceAsync(Desk.Customer, Token)).Available);
    }

    [Fact]
    public async Task A_coupon_is_issued_once_with_the_key_of_the_complaint_and_the_action()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Social, ComplaintSubject.Service, EmotionalIntensity.Angry, cancellationToken: Token);
        await service.ApproveAsync(Id, TestKeys.Next(), CompensationAction.Coupon("goodwill-coupon", new PromotionId("sorry"), Desk.Cny(30m)), "lead", Token);

        await service.IssueAsync(Id, TestKeys.Next(), "goodwill-coupon", Token);
        await service.IssueAsync(Id, TestKeys.Next(), "goodwill-coupon", Token);

        Assert.Equal([new IdempotencyKey("complaint:cmp-100:goodwill-coupon")], couponCalls);
        Assert.Equal(new CouponCode("SORRY-1"), (await service.GetAsync(Id, Token))!.Compensations[0].IssuedCoupon);
    }

    [Fact]
    public async Task Earlier_complaints_in_the_window_count_as_repeats()
    {
        await service.OpenAsync(new ComplaintId("cmp-old"), Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        clock.Advance(Duration.FromDays(29));
        await service.OpenAsync(new ComplaintId("cmp-2"), Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        clock.Advance(Duration.FromDays(31));
        await service.OpenAsync(new ComplaintId("cmp-3"), Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        Assert.Equal(1, (await service.GetAsync(new ComplaintId("cmp-2"), Token))!.Grading.Repeats);
        Assert.Equal(0, (await service.GetAsync(new ComplaintId("cmp-3"), Token))!.Grading.Repeats);
    }

    [Fact]
    public async Task Opening_again_is_a_replay_and_another_customers_id_is_refused()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        var again = await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        var other = await service.OpenAsync(Id, new CustomerId("c-2"), ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        Assert.Equal((true, true, Id, ComplaintState.Opened), (again.Succeeded, again.IsReplay, again.Id, again.State));
        Assert.Equal(ComplaintRejectionReason.AlreadyExists, other.Reason);
        Assert.Equal((null, null, false), (other.State, other.Id, other.IsReplay));
    }

    [Fact]
    public async Task Opening_the_same_id_with_other_content_throws_naming_both_and_stores_nothing()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, (new OrderId("o-1"), Desk.Cny(80m)), description: "late", cancellationToken: Token);
        var stored = (await service.GetAsync(Id, Token))!.Version;

        var subject = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Product, EmotionalIntensity.Calm, (new OrderId("o-1"), Desk.Cny(80m)), description: "late", cancellationToken: Token));
        var value = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, (new OrderId("o-1"), Desk.Cny(81m)), description: "late", cancellationToken: Token));
        var words = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, (new OrderId("o-1"), Desk.Cny(80m)), description: "very late", cancellationToken: Token));
        var replay = await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, (new OrderId("o-1"), Desk.Cny(80m)), repeats: 0, description: "late", cancellationToken: Token);

        Assert.Contains("subject=Delivery", subject.Message, StringComparison.Ordinal);
        Assert.Contains("subject=Product", subject.Message, StringComparison.Ordinal);
        Assert.Contains("CNY 81", value.Message, StringComparison.Ordinal);
        Assert.Contains("very late", words.Message, StringComparison.Ordinal);
        Assert.True(replay.IsReplay);
        Assert.Equal(stored, (await service.GetAsync(Id, Token))!.Version);
    }

    [Fact]
    public async Task A_retried_escalation_raises_the_level_once_and_returns_the_first_outcome()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        var key = new IdempotencyKey("escalate-1");
        var first = await service.EscalateAsync(Id, key, "agent:li", "customer wants a senior", Token);
        clock.Advance(Duration.FromMinutes(1));

        var retry = await service.EscalateAsync(Id, key, "agent:li", "customer wants a senior", Token);

        var stored = (await service.GetAsync(Id, Token))!;
        Assert.Equal(first with { IsReplay = true }, retry);
        Assert.Equal((HandlingLevel.SeniorAgent, 2), (stored.Level, stored.History.Count));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.ResolveAsync(Id, key, "agent:li", cancellationToken: Token));
    }

    [Fact]
    public async Task A_retried_issue_returns_the_first_outcome_without_issuing_again()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Upset, cancellationToken: Token);
        await service.ApproveAsync(Id, TestKeys.Next(), CompensationAction.Coupon("sorry-coupon", new PromotionId("sorry"), Desk.Cny(20m)), "lead", Token);
        var key = new IdempotencyKey("issue-1");
        var first = await service.IssueAsync(Id, key, "sorry-coupon", Token);

        var retry = await service.IssueAsync(Id, key, "sorry-coupon", Token);

        Assert.Equal(first with { IsReplay = true }, retry);
        Assert.Single(couponCalls);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.IssueAsync(Id, key, "other", Token));
    }

    [Fact]
    public async Task A_missing_complaint_is_not_found_and_never_reported_as_opened()
    {
        var missing = new ComplaintId("cmp-missing");
        var results = new[]
        {
            await service.AcknowledgeAsync(missing, TestKeys.Next(), "agent", cancellationToken: Token),
            await service.EscalateAsync(missing, TestKeys.Next(), "agent", cancellationToken: Token),
            await service.ResolveAsync(missing, TestKeys.Next(), "agent", cancellationToken: Token),
            await service.FollowUpAsync(missing, TestKeys.Next(), "agent", Satisfaction.Satisfied, cancellationToken: Token),
            await service.CloseAsync(missing, TestKeys.Next(), "agent", cancellationToken: Token),
            await service.ReopenAsync(missing, TestKeys.Next(), "agent", cancellationToken: Token),
            await service.ApproveAsync(missing, TestKeys.Next(), CompensationAction.Apology("apology"), "lead", Token),
            await service.IssueAsync(missing, TestKeys.Next(), "apology", Token),
        };

        Assert.All(results, r => Assert.Equal((ComplaintRejectionReason.NotFound, (ComplaintState?)null), (r.Reason!.Value, r.State)));
        Assert.All(results, r => Assert.Contains("cmp-missing", r.Rejection!.Message, StringComparison.Ordinal));
        Assert.Null(await service.GetAsync(missing, Token));
        Assert.Null((await store.LoadAsync(new ComplaintKeys(missing), Token)).Live);
    }

    [Fact]
    public async Task Unknown_complaints_are_a_result_and_overdue_ones_are_found_now()
    {
        Assert.Equal(ComplaintRejectionReason.NotFound, (await service.AcknowledgeAsync(Id, TestKeys.Next(), "agent", cancellationToken: Token)).Reason);
        Assert.Equal(ComplaintRejectionReason.NotFound, (await service.IssueAsync(Id, TestKeys.Next(), "x", Token)).Reason);
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        clock.Advance(Duration.FromHours(24));
        Assert.Empty(await service.FindOverdueAsync(cancellationToken: Token));
        clock.Advance(Duration.FromSeconds(1));
        Assert.Equal([Id], (await service.FindOverdueAsync(cancellationToken: Token)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_command_that_loses_to_another_writer_is_retried_on_the_new_state()
    {
        var racing = new RacingStore(store);
        var raced = new ComplaintService(racing, clock, Desk.Policy, new CompensationIssuer(points, (_, _, _, _) => Task.FromResult(new CouponCode("X"))));
        await raced.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        racing.Interfere = () => service.EscalateAsync(Id, TestKeys.Next(), "other-agent", cancellationToken: Token);

        var result = await raced.ResolveAsync(Id, TestKeys.Next(), "agent", cancellationToken: Token);

        Assert.True(result.Succeeded);
        var stored = (await service.GetAsync(Id, Token))!;
        Assert.Equal([ComplaintState.Opened, ComplaintState.Escalated, ComplaintState.Resolved], stored.History.Select(t => t.To));
    }

    [Fact]
    public async Task Two_openings_of_one_customer_that_race_both_count_each_other_or_retry()
    {
        var racing = new RacingStore(store);
        var raced = new ComplaintService(racing, clock, Desk.Policy, new CompensationIssuer(points, (_, _, _, _) => Task.FromResult(new CouponCode("X"))));
        racing.Interfere = () => service.OpenAsync(new ComplaintId("cmp-first"), Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        var second = await raced.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);

        Assert.True(second.Succeeded);
        Assert.Equal(1, (await service.GetAsync(Id, Token))!.Grading.Repeats);
        Assert.Equal(2, (await store.LoadAsync(new ComplaintKeys(Id) { Openings = Desk.Customer }, Token)).Openings!.OpenedAt.Count);
    }

    [Fact]
    public async Task Every_change_raises_its_event_in_the_stream_of_the_complaint()
    {
        await service.OpenAsync(Id, Desk.Customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Angry, cancellationToken: Token);
        await service.AcknowledgeAsync(Id, TestKeys.Next(), "agent", cancellationToken: Token);
        await service.EscalateAsync(Id, TestKeys.Next(), "agent", cancellationToken: Token);
        await service.ApproveAsync(Id, TestKeys.Next(), CompensationAction.Coupon("sorry", new PromotionId("sorry"), Desk.Cny(20m)), "lead", Token);
        await service.IssueAsync(Id, TestKeys.Next(), "sorry", Token);
        await service.ResolveAsync(Id, TestKeys.Next(), "agent", cancellationToken: Token);
        await service.FollowUpAsync(Id, TestKeys.Next(), "survey", Satisfaction.Satisfied, cancellationToken: Token);
        await service.CloseAsync(Id, TestKeys.Next(), "system", cancellationToken: Token);
        await service.ReopenAsync(Id, TestKeys.Next(), "customer", cancellationToken: Token);
        await service.CloseAsync(Id, TestKeys.Next(), "system", cancellationToken: Token); // refused: no event

        var events = (await store.Outbox.ReadAsync(0, 100, Token)).Select(e => e.Event).ToArray();

        Assert.Equal(
            [typeof(ComplaintOpened), typeof(ComplaintAcknowledged), typeof(ComplaintEscalated), typeof(CompensationApproved), typeof(CompensationIssued),
             typeof(ComplaintResolved), typeof(ComplaintFollowedUp), typeof(ComplaintClosed), typeof(ComplaintReopened)],
            events.Select(e => e.GetType()));
        Assert.All(events, e => Assert.Equal($"complaint/{Id}", e.Stream));
        Assert.Equal(HandlingLevel.Manager, ((ComplaintEscalated)events[2]).Level);
        Assert.Equal(new CouponCode("SORRY-1"), ((CompensationIssued)events[4]).Compensation.IssuedCoupon);
        Assert.Equal(Satisfaction.Satisfied, ((ComplaintFollowedUp)events[6]).Answer);
    }

    // Lets another writer commit first, once, just before the service's commit.
    private sealed class RacingStore(IComplaintStore inner) : IComplaintStore
    {
        public Func<Task>? Interfere { get; set; }

        public Task<LoadedComplaint> LoadAsync(ComplaintKeys keys, CancellationToken cancellationToken = default) => inner.LoadAsync(keys, cancellationToken);

        public async Task CommitAsync(ComplaintChange change, CancellationToken cancellationToken = default)
        {
            if (Interfere is { } interfere)
            {
                Interfere = null;
                await interfere();
            }

            await inner.CommitAsync(change, cancellationToken);
        }

        public Task<IReadOnlyList<ComplaintTransition>> ReadTimelineAsync(ComplaintId id, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadTimelineAsync(id, afterSequence, maxCount, cancellationToken);

        public Task<IReadOnlyList<ApprovedCompensation>> ReadCompensationsAsync(ComplaintId id, int afterCount, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadCompensationsAsync(id, afterCount, maxCount, cancellationToken);

        public Task<IReadOnlyList<LiveComplaint>> FindOverdueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
            inner.FindOverdueAsync(at, after, maxCount, cancellationToken);

        public Task<IReadOnlyList<LiveComplaint>> FindFollowUpsDueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
            inner.FindFollowUpsDueAsync(at, after, maxCount, cancellationToken);
    }
}
