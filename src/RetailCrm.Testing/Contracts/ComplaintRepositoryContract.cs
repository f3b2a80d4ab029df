namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IComplaintRepository"/> must have. Derive a test class from it in
/// your test project and return your store from <see cref="CreateRepository"/>; xunit runs these
/// tests against it: round-trip of every field, optimistic concurrency, the queries by customer,
/// overdue and due follow-up, and replays recognised after a reload.
/// </summary>
public abstract class ComplaintRepositoryContract
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The policy the contract's complaints are handled under: the default in CNY, with weekday business hours in Asia/Shanghai.</summary>
    protected virtual ServiceRecoveryPolicy Policy { get; } = new(
        GradingScale.CreateDefault(Currency.CNY),
        CompensationPolicy.CreateDefault(Currency.CNY, new PromotionId("sorry")),
        Duration.FromDays(3),
        BusinessHours.Weekdays(Shanghai));

    /// <summary>Creates an empty store under test.</summary>
    /// <param name="policy">The policy the store rebuilds complaints with.</param>
    /// <returns>The repository.</returns>
    protected abstract IComplaintRepository CreateRepository(ServiceRecoveryPolicy policy);

    /// <summary>An unknown id has no complaint, and an unknown customer none either.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Find_returns_null_for_an_unknown_complaint()
    {
        var repository = CreateRepository(Policy);

        Assert.Null(await repository.FindAsync(new ComplaintId("nothing"), Token));
        Assert.Empty(await repository.ListByCustomerAsync(new CustomerId("nobody"), Token));
    }

    /// <summary>Every field, every transition and every compensation survives a save and a load.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Save_then_find_round_trips_every_field()
    {
        var repository = CreateRepository(Policy);
        var complaint = RichComplaint(new ComplaintId("cmp-rich"), new CustomerId("c-rich"));

        await repository.SaveAsync(complaint, 0, Token);
        var loaded = await repository.FindAsync(complaint.Id, Token);

        Assert.NotNull(loaded);
        AssertSameState(complaint.ToSnapshot(), loaded.ToSnapshot());
        Assert.Equal((complaint.State, complaint.Level, complaint.ReopenCount, complaint.RespondedAt, complaint.ResolvedAt), (loaded.State, loaded.Level, loaded.ReopenCount, loaded.RespondedAt, loaded.ResolvedAt));
    }

    /// <summary>Two writers that both start from nothing cannot both create the complaint, and a stale write is refused.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Saves_are_optimistic()
    {
        var repository = CreateRepository(Policy);
        var first = Open("cmp-twice", "c-1", At(2026, 3, 2, 10));
        await repository.SaveAsync(first, 0, Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(Open("cmp-twice", "c-2", At(2026, 3, 2, 11)), 0, Token));
        var writerA = (await repository.FindAsync(first.Id, Token))!;
        var writerB = (await repository.FindAsync(first.Id, Token))!;
        writerA.Acknowledge("agent-a", At(2026, 3, 2, 12));
        writerB.Resolve("agent-b", At(2026, 3, 2, 12));
        await repository.SaveAsync(writerA, first.Version, Token);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(writerB, first.Version, Token));

        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal(ComplaintState.Acknowledged, (await repository.FindAsync(first.Id, Token))!.State);
    }

    /// <summary>A customer's complaints come back oldest first; other customers' stay apart.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Complaints_are_listed_by_customer_oldest_first()
    {
        var repository = CreateRepository(Policy);
        await repository.SaveAsync(Open("cmp-2", "c-a", At(2026, 3, 5, 10)), 0, Token);
        await repository.SaveAsync(Open("cmp-1", "c-a", At(2026, 3, 2, 10)), 0, Token);
        await repository.SaveAsync(Open("cmp-3", "c-b", At(2026, 3, 3, 10)), 0, Token);

        var listed = await repository.ListByCustomerAsync(new CustomerId("c-a"), Token);

        Assert.Equal(["cmp-1", "cmp-2"], listed.Select(c => c.Id.Value));
    }

    /// <summary>The overdue query finds exactly the complaints whose answer or solution is overdue at the instant.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Overdue_complaints_are_found_at_an_instant()
    {
        var repository = CreateRepository(Policy);
        var unanswered = Open("cmp-unanswered", "c-1", At(2026, 3, 2, 10));
        var answered = Open("cmp-answered", "c-2", At(2026, 3, 2, 10));
        answered.Acknowledge("agent", At(2026, 3, 2, 11));
        var solved = Open("cmp-solved", "c-3", At(2026, 3, 2, 10));
        solved.Resolve("agent", At(2026, 3, 2, 11));
        foreach (var complaint in new[] { unanswered, answered, solved })
        {
            await repository.SaveAsync(complaint, 0, Token);
        }

        // Front line, 09:00-18:00 on weekdays: 24 working hours to answer (Wednesday 16:00), 72 to solve (Thursday a week later, 10:00).
        Assert.Empty(await repository.FindOverdueAsync(At(2026, 3, 4, 16), Token));
        Assert.Equal(["cmp-unanswered"], (await repository.FindOverdueAsync(At(2026, 3, 4, 17), Token)).Select(c => c.Id.Value));
        Assert.Equal(["cmp-unanswered"], (await repository.FindOverdueAsync(At(2026, 3, 12, 10), Token)).Select(c => c.Id.Value));
        Assert.Equal(["cmp-answered", "cmp-unanswered"], (await repository.FindOverdueAsync(At(2026, 3, 30, 10), Token)).Select(c => c.Id.Value).Order());
    }

    /// <summary>The follow-up query finds resolved complaints whose delay has passed, and no longer once followed up.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Due_follow_ups_are_found_at_an_instant()
    {
        var repository = CreateRepository(Policy);
        var complaint = Open("cmp-follow", "c-1", At(2026, 3, 2, 10));
        complaint.Resolve("agent", At(2026, 3, 2, 12));
        await repository.SaveAsync(complaint, 0, Token);

        Assert.Empty(await repository.FindFollowUpsDueAsync(At(2026, 3, 5, 11), Token));
        var due = Assert.Single(await repository.FindFollowUpsDueAsync(At(2026, 3, 5, 12), Token));
        var version = due.Version;
        due.FollowUp("survey", At(2026, 3, 5, 12), Satisfaction.Satisfied);
        await repository.SaveAsync(due, version, Token);

        Assert.Empty(await repository.FindFollowUpsDueAsync(At(2026, 3, 9, 12), Token));
        Assert.Equal(Satisfaction.Satisfied, (await repository.FindAsync(complaint.Id, Token))!.FollowUpAnswer);
    }

    /// <summary>Approving and issuing again after a reload are replays.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Replays_are_recognised_after_a_reload()
    {
        var repository = CreateRepository(Policy);
        var complaint = RichComplaint(new ComplaintId("cmp-replay"), new CustomerId("c-replay"));
        await repository.SaveAsync(complaint, 0, Token);

        var reloaded = (await repository.FindAsync(complaint.Id, Token))!;

        Assert.True(reloaded.Approve(complaint.Compensations[0].Action, "lead", At(2026, 3, 20, 10)).IsReplay);
        Assert.True(reloaded.MarkIssued(complaint.Compensations[1].Action.Name, At(2026, 3, 20, 10), complaint.Compensations[1].IssuedCoupon).IsReplay);
        Assert.Equal(complaint.Version, reloaded.Version);
    }

    /// <summary>Builds a complaint with every kind of transition and compensation: escalated, resolved, followed up, closed, reopened; points, a coupon issued, an apology.</summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>The complaint, under <see cref="Policy"/>.</returns>
    protected Complaint RichComplaint(ComplaintId id, CustomerId customer)
    {
        var complaint = Complaint.Open(
            new ComplaintIntake(id, customer, ComplaintChannel.MarketplaceDispute, ComplaintSubject.Product, At(2026, 3, 2, 10), new OrderId("o-9"), new Sku("teapot"), "The lid is chipped."),
            new GradingInput(EmotionalIntensity.Angry, 1, Money.Of(680m, Currency.CNY), 1),
            Policy);
        complaint.Acknowledge("agent:li", At(2026, 3, 2, 11));
        complaint.Escalate("agent:li", At(2026, 3, 2, 12), "customer wants a manager");
        complaint.Approve(CompensationAction.PointsCredit("goodwill-points", Points.Of(500)), "manager:wu", At(2026, 3, 2, 13));
        complaint.Approve(CompensationAction.Coupon("goodwill-coupon", new PromotionId("sorry"), Money.Of(30m, Currency.CNY)), "manager:wu", At(2026, 3, 2, 13));
        complaint.Approve(CompensationAction.Apology("apology", "We are sorry."), "manager:wu", At(2026, 3, 2, 13));
        complaint.MarkIssued("goodwill-coupon", At(2026, 3, 2, 14), new CouponCode("SORRY-7KQ2"));
        complaint.Resolve("manager:wu", At(2026, 3, 3, 10), "new teapot sent");
        complaint.FollowUp("survey", At(2026, 3, 6, 10), Satisfaction.FairlySatisfied);
        complaint.Close("system", At(2026, 3, 6, 11));
        complaint.Reopen("customer", At(2026, 3, 10, 10), "the new one leaks");
        return complaint;
    }

    /// <summary>Asserts that two snapshots hold the same state, field by field.</summary>
    /// <param name="expected">The state saved.</param>
    /// <param name="actual">The state loaded.</param>
    protected static void AssertSameState(ComplaintSnapshot expected, ComplaintSnapshot actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Intake, actual.Intake);
        Assert.Equal(expected.Grading, actual.Grading);
        Assert.Equal((expected.Grade.Level, expected.Grade.Score, expected.Grade.Deadlines), (actual.Grade.Level, actual.Grade.Score, actual.Grade.Deadlines));
        Assert.Equal(expected.Grade.Reasons, actual.Grade.Reasons);
        Assert.Equal(expected.Deadlines, actual.Deadlines);
        Assert.Equal(expected.CurrentDeadlines, actual.CurrentDeadlines);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.FollowUpAnswer, actual.FollowUpAnswer);
        Assert.Equal(expected.FollowUpDueAt, actual.FollowUpDueAt);
        Assert.Equal(expected.Compensations, actual.Compensations);
        Assert.Equal(expected.Version, actual.Version);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Shanghai).ToInstant();

    private Complaint Open(string id, string customer, Instant at) =>
        Complaint.Open(new ComplaintIntake(new ComplaintId(id), new CustomerId(customer), ComplaintChannel.Email, ComplaintSubject.Delivery, at), new GradingInput(EmotionalIntensity.Calm), Policy);
}
