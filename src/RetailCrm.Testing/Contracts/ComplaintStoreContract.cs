namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;
using Xunit;

/// <summary>
/// The behaviour every <see cref="IComplaintStore"/> must have. Derive a test class from it in your
/// test project and return your store and its outbox from <see cref="CreateStore"/>; xunit runs these
/// tests against it: round-trip of the live state and of every keyed and history record, optimistic
/// conflicts, atomic commits (a refused commit writes nothing, events included), the events of a
/// commit in its outbox in order, idempotency records that survive a reload, the due-work indexes,
/// and the cost bound (a command loads as many records after 500 earlier complaints or transitions
/// as after 10).
/// </summary>
public abstract partial class ComplaintStoreContract
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The policy the contract's complaints are handled under: the default in CNY, with weekday business hours in Asia/Shanghai.</summary>
    protected virtual ServiceRecoveryPolicy Policy { get; } = new(
        GradingScale.CreateDefault(Currency.CNY),
        CompensationPolicy.CreateDefault(Currency.CNY, new PromotionId("sorry")),
        Duration.FromDays(3),
        BusinessHours.Weekdays(Shanghai));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Creates an empty store under test and the outbox it commits events to.</summary>
    /// <returns>The store and its outbox.</returns>
    protected abstract (IComplaintStore Store, IEventOutbox Outbox) CreateStore();

    /// <summary>An unknown id has no live state and no keyed record, and no timeline or compensations.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Loading_an_unknown_complaint_finds_nothing()
    {
        var (store, _) = CreateStore();

        var loaded = await store.LoadAsync(new ComplaintKeys(new ComplaintId("nothing")) { Command = Key("k"), Compensation = "apology", Openings = new CustomerId("nobody") }, Token);

        Assert.Equal((null, 0), (loaded.Live, loaded.RecordCount));
        Assert.Empty(await store.ReadTimelineAsync(new ComplaintId("nothing"), 0, 10, Token));
        Assert.Empty(await store.ReadCompensationsAsync(new ComplaintId("nothing"), 0, 10, Token));
    }

    /// <summary>Every field of the live state, every transition, compensation and command record survives a commit and a load.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Commit_then_load_round_trips_the_live_state_the_keyed_records_and_the_history()
    {
        var (store, _) = CreateStore();
        var complaint = RichComplaint(new ComplaintId("cmp-rich"), new CustomerId("c-rich"));

        await store.CommitAsync(complaint.TakeChanges()!, Token);
        var loaded = await store.LoadAsync(new ComplaintKeys(complaint.Id) { Command = Key("approve-too-much"), Compensation = "goodwill-coupon" }, Token);

        AssertSameLive(complaint.ToLive(), loaded.Live);
        Assert.Equal(complaint.CommandUnder(Key("approve-too-much")), loaded.Command);
        Assert.Equal(complaint.Compensations[1], loaded.Compensation);
        Assert.Equal(3, loaded.RecordCount);
        Assert.Equal(complaint.History, await store.ReadTimelineAsync(complaint.Id, 0, 100, Token));
        Assert.Equal(complaint.History.Skip(3).Take(2), await store.ReadTimelineAsync(complaint.Id, 3, 2, Token));
        Assert.Equal(complaint.Compensations, await store.ReadCompensationsAsync(complaint.Id, 0, 100, Token));
        Assert.Equal(complaint.Compensations.Skip(1), await store.ReadCompensationsAsync(complaint.Id, 1, 100, Token));
    }

    /// <summary>Two writers that both start from nothing cannot both create the complaint, and a commit from a stale version is refused.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Commits_are_optimistic()
    {
        var (store, _) = CreateStore();
        var first = Open("cmp-twice", "c-1", At(2026, 3, 2, 10));
        await store.CommitAsync(first.TakeChanges()!, Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(Open("cmp-twice", "c-2", At(2026, 3, 2, 11)).TakeChanges()!, Token));
        var writerA = Open("cmp-twice", "c-1", At(2026, 3, 2, 10));
        var writerB = Open("cmp-twice", "c-1", At(2026, 3, 2, 10));
        writerA.TakeChanges();
        writerB.TakeChanges();
        writerA.Acknowledge(Key("a-ack"), "agent-a", At(2026, 3, 2, 12));
        writerB.Resolve(Key("b-resolve"), "agent-b", At(2026, 3, 2, 12));
        await store.CommitAsync(writerA.TakeChanges()!, Token);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(writerB.TakeChanges()!, Token));

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        var stored = (await store.LoadAsync(new ComplaintKeys(first.Id) { Command = Key("b-resolve") }, Token))!;
        Assert.Equal((ComplaintState.Acknowledged, null), (stored.Live!.State, stored.Command));
    }

    /// <summary>
    /// A refused commit writes nothing: not the live state, not a transition, command record,
    /// compensation or the customer's openings, and no event reaches the outbox.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_refused_commit_writes_nothing()
    {
        var (store, outbox) = CreateStore();
        var complaint = Open("cmp-atomic", "c-1", At(2026, 3, 2, 10));
        await store.CommitAsync(complaint.TakeChanges()! with { Openings = CustomerOpenings.None(complaint.Customer).With(complaint.OpenedAt, Policy.Scale.RepeatWindow) }, Token);
        var events = await outbox.ReadAsync(0, 100, Token);
        complaint.Approve(Key("approve"), CompensationAction.Apology("apology"), "lead", At(2026, 3, 2, 11));
        complaint.Escalate(Key("escalate"), "agent", At(2026, 3, 2, 12));
        var stale = complaint.TakeChanges()! with { Openings = CustomerOpenings.None(complaint.Customer).With(At(2026, 3, 2, 12), Policy.Scale.RepeatWindow) };

        // The openings are stale (version 1 is stored): nothing of the change may be written.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(stale, Token));

        var loaded = await store.LoadAsync(new ComplaintKeys(complaint.Id) { Command = Key("escalate"), Compensation = "apology", Openings = complaint.Customer }, Token);
        Assert.Equal((1L, ComplaintState.Opened, null, null), (loaded.Live!.Version, loaded.Live.State, loaded.Command, loaded.Compensation));
        Assert.Equal([complaint.OpenedAt], loaded.Openings!.OpenedAt);
        Assert.Single(await store.ReadTimelineAsync(complaint.Id, 0, 100, Token));
        Assert.Empty(await store.ReadCompensationsAsync(complaint.Id, 0, 100, Token));
        Assert.Equal(events, await outbox.ReadAsync(0, 100, Token));
    }

    /// <summary>The events of a commit are in the outbox exactly when it succeeded, in the order raised, in the stream of the complaint.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task The_events_of_a_commit_are_in_the_outbox_exactly_when_it_succeeded_in_order()
    {
        var (store, outbox) = CreateStore();
        var complaint = Open("cmp-events", "c-1", At(2026, 3, 2, 10));
        complaint.Escalate(Key("escalate"), "agent", At(2026, 3, 2, 11));
        complaint.Approve(Key("approve"), CompensationAction.Coupon("coupon", new PromotionId("sorry"), Money.Of(20m, Currency.CNY)), "lead", At(2026, 3, 2, 12));
        complaint.MarkIssued(Key("issue"), "coupon", At(2026, 3, 2, 12), new CouponCode("SORRY-1"));
        var change = complaint.TakeChanges()!;
        var rival = Open("cmp-events", "c-9", At(2026, 3, 2, 9)).TakeChanges()!;

        await store.CommitAsync(change, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(rival, Token));
        complaint.Resolve(Key("resolve"), "agent", At(2026, 3, 2, 13));
        await store.CommitAsync(complaint.TakeChanges()!, Token);

        var entries = await outbox.ReadAsync(0, 100, Token);
        Assert.Equal(
            [typeof(ComplaintOpened), typeof(ComplaintEscalated), typeof(CompensationApproved), typeof(CompensationIssued), typeof(ComplaintResolved)],
            entries.Select(e => e.Event.GetType()));
        Assert.Equal(change.Events.Append(entries[^1].Event), entries.Select(e => e.Event));
        Assert.All(entries, e => Assert.Equal("complaint/cmp-events", e.Event.Stream));
        Assert.Equal(entries.Select(e => e.Position).Order(), entries.Select(e => e.Position));
    }

    /// <summary>
    /// Through the service, a command retried under its key returns its first outcome (a refusal
    /// included) and changes nothing, even from another service instance; the key reused for another
    /// command throws naming both.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_retry_returns_the_first_outcome_and_a_key_reused_for_another_command_throws()
    {
        var (store, outbox) = CreateStore();
        var clock = new FakeClock(At(2026, 3, 2, 10));
        var id = new ComplaintId("cmp-retry");
        await Service(store, clock).OpenAsync(id, new CustomerId("c-1"), ComplaintChannel.Phone, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        var first = await Service(store, clock).EscalateAsync(id, Key("escalate"), "agent", "wants a senior", Token);
        var refused = await Service(store, clock).ApproveAsync(id, Key("too-much"), CompensationAction.PointsCredit("too-much", Points.Of(1_000_000)), "lead", Token);
        var events = (await outbox.ReadAsync(0, 100, Token)).Count;
        clock.AdvanceMinutes(5);

        var retried = await Service(store, clock).EscalateAsync(id, Key("escalate"), "agent", "wants a senior", Token);
        var refusedAgain = await Service(store, clock).ApproveAsync(id, Key("too-much"), CompensationAction.PointsCredit("too-much", Points.Of(1_000_000)), "lead", Token);
        var clash = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Service(store, clock).ResolveAsync(id, Key("escalate"), "agent", cancellationToken: Token));

        Assert.Equal(first with { IsReplay = true }, retried);
        Assert.Equal(refused with { IsReplay = true }, refusedAgain);
        Assert.Equal(ComplaintRejectionReason.OverBound, refused.Reason);
        Assert.Contains("Escalate", clash.FirstCommand, StringComparison.Ordinal);
        Assert.Contains("Resolve", clash.NewCommand, StringComparison.Ordinal);
        var live = (await store.LoadAsync(new ComplaintKeys(id), Token)).Live!;
        Assert.Equal((3L, HandlingLevel.SeniorAgent, 2L), (live.Version, live.Level, live.Transitions));
        Assert.Equal(events, (await outbox.ReadAsync(0, 100, Token)).Count);
    }

    /// <summary>Builds a service over <paramref name="store"/> whose compensation issuer refuses to be called.</summary>
    /// <param name="store">The store.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The service.</returns>
    protected ComplaintService Service(IComplaintStore store, IClock clock) => new(store, clock, Policy, NoIssuer.Instance);

    /// <summary>
    /// Builds a complaint in memory with every kind of transition and compensation: escalated, resolved, followed
    /// up, closed, reopened; points, a coupon issued, an apology; and every command under an
    /// idempotency key, two of them rejected (an approval over the bound, a close of a reopened complaint).
    /// </summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>The complaint, under <see cref="Policy"/>, with all of it still to commit.</returns>
    protected Complaint RichComplaint(ComplaintId id, CustomerId customer)
    {
        var complaint = Complaint.Open(
            new ComplaintIntake(id, customer, ComplaintChannel.MarketplaceDispute, ComplaintSubject.Product, At(2026, 3, 2, 10), new OrderId("o-9"), new Sku("teapot"), "The lid is chipped."),
            new GradingInput(EmotionalIntensity.Angry, 1, Money.Of(680m, Currency.CNY), 1),
            Policy);
        complaint.Acknowledge(Key("ack"), "agent:li", At(2026, 3, 2, 11));
        complaint.Escalate(Key("escalate"), "agent:li", At(2026, 3, 2, 12), "customer wants a manager");
        complaint.Approve(Key("approve-points"), CompensationAction.PointsCredit("goodwill-points", Points.Of(500)), "manager:wu", At(2026, 3, 2, 13));
        complaint.Approve(Key("approve-coupon"), CompensationAction.Coupon("goodwill-coupon", new PromotionId("sorry"), Money.Of(30m, Currency.CNY)), "manager:wu", At(2026, 3, 2, 13));
        complaint.Approve(Key("approve-apology"), CompensationAction.Apology("apology", "We are sorry."), "manager:wu", At(2026, 3, 2, 13));
        complaint.MarkIssued(Key("issue-coupon"), "goodwill-coupon", At(2026, 3, 2, 14), new CouponCode("SORRY-7KQ2"));
        complaint.Resolve(Key("resolve"), "manager:wu", At(2026, 3, 3, 10), "new teapot sent");
        complaint.FollowUp(Key("follow-up"), "survey", At(2026, 3, 6, 10), Satisfaction.FairlySatisfied);
        complaint.Close(Key("close"), "system", At(2026, 3, 6, 11));
        complaint.Reopen(Key("reopen"), "customer", At(2026, 3, 10, 10), "the new one leaks");
        complaint.Approve(Key("approve-too-much"), CompensationAction.PointsCredit("too-much", Points.Of(1_000_000)), "manager:wu", At(2026, 3, 10, 11));
        complaint.Close(Key("close-again"), "system", At(2026, 3, 10, 11));
        if (complaint.Commands.Count(c => c.Reason is not null) < 2)
        {
            throw new InvalidOperationException("The contract's rich complaint must keep applied and rejected commands under their keys.");
        }

        return complaint;
    }

    /// <summary>Asserts that two live states are the same, field by field (the grade's reasons as a sequence).</summary>
    /// <param name="expected">The state committed.</param>
    /// <param name="actual">The state loaded.</param>
    protected static void AssertSameLive(LiveComplaint expected, LiveComplaint? actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Assert.NotNull(actual);
        Assert.Equal((expected.Grade.Level, expected.Grade.Score, expected.Grade.Deadlines), (actual.Grade.Level, actual.Grade.Score, actual.Grade.Deadlines));
        Assert.Equal(expected.Grade.Reasons, actual.Grade.Reasons);
        Assert.Equal(expected, actual with { Grade = expected.Grade });
    }

    private static IdempotencyKey Key(string value) => new(value);

    private static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Shanghai).ToInstant();

    private Complaint Open(string id, string customer, Instant at) =>
        Complaint.Open(new ComplaintIntake(new ComplaintId(id), new CustomerId(customer), ComplaintChannel.Email, ComplaintSubject.Delivery, at), new GradingInput(EmotionalIntensity.Calm), Policy);
}
