namespace RetailCrm.Testing;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;
using Xunit;

public abstract partial class ComplaintStoreContract
{
    /// <summary>The overdue query finds exactly the complaints whose answer or solution is overdue at the instant.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Overdue_complaints_are_found_at_an_instant()
    {
        var (store, _) = CreateStore();
        var unanswered = Open("cmp-unanswered", "c-1", At(2026, 3, 2, 10));
        var answered = Open("cmp-answered", "c-2", At(2026, 3, 2, 10));
        answered.Acknowledge(Key("ack"), "agent", At(2026, 3, 2, 11));
        var solved = Open("cmp-solved", "c-3", At(2026, 3, 2, 10));
        solved.Resolve(Key("resolve"), "agent", At(2026, 3, 2, 11));
        foreach (var complaint in new[] { unanswered, answered, solved })
        {
            await store.CommitAsync(complaint.TakeChanges()!, Token);
        }

        // Front line, 09:00-18:00 on weekdays: 24 working hours to answer (Wednesday 16:00), 72 to solve (Thursday a week later, 10:00).
        Assert.Empty(await store.FindOverdueAsync(At(2026, 3, 4, 16), null, 100, Token));
        Assert.Equal(["cmp-unanswered"], (await store.FindOverdueAsync(At(2026, 3, 4, 17), null, 100, Token)).Select(c => c.Id.Value));
        Assert.Equal(["cmp-unanswered"], (await store.FindOverdueAsync(At(2026, 3, 12, 10), null, 100, Token)).Select(c => c.Id.Value));
        Assert.Equal(["cmp-answered", "cmp-unanswered"], (await store.FindOverdueAsync(At(2026, 3, 30, 10), null, 100, Token)).Select(c => c.Id.Value).Order());
    }

    /// <summary>The follow-up query finds resolved complaints whose delay has passed, and no longer once followed up.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Due_follow_ups_are_found_at_an_instant()
    {
        var (store, _) = CreateStore();
        var complaint = Open("cmp-follow", "c-1", At(2026, 3, 2, 10));
        complaint.Resolve(Key("resolve"), "agent", At(2026, 3, 2, 12));
        await store.CommitAsync(complaint.TakeChanges()!, Token);

        Assert.Empty(await store.FindFollowUpsDueAsync(At(2026, 3, 5, 11), null, 100, Token));
        AssertSameLive(complaint.ToLive(), Assert.Single(await store.FindFollowUpsDueAsync(At(2026, 3, 5, 12), null, 100, Token)));
        complaint.FollowUp(Key("follow-up"), "survey", At(2026, 3, 5, 12), Satisfaction.Satisfied);
        await store.CommitAsync(complaint.TakeChanges()!, Token);

        Assert.Empty(await store.FindFollowUpsDueAsync(At(2026, 3, 9, 12), null, 100, Token));
        Assert.Equal(Satisfaction.Satisfied, (await store.LoadAsync(new ComplaintKeys(complaint.Id), Token)).Live!.FollowUpAnswer);
    }

    /// <summary>Due work is read a page at a time, earliest due first (then by id), each complaint once, and never one that is not due.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Due_work_is_read_a_page_at_a_time_earliest_due_first()
    {
        var (store, _) = CreateStore();
        string[] ids = ["cmp-e", "cmp-c", "cmp-a", "cmp-d", "cmp-b"];
        for (var i = 0; i < ids.Length; i++)
        {
            // Two opened together (the same deadlines, ordered by id), the rest an hour apart.
            await store.CommitAsync(Open(ids[i], "c-" + i, At(2026, 3, 2, 10 + Math.Max(0, i - 1))).TakeChanges()!, Token);
        }

        var later = Open("cmp-later", "c-9", At(2026, 3, 20, 10));
        await store.CommitAsync(later.TakeChanges()!, Token);
        var at = At(2026, 3, 13, 10);
        var pages = new List<IReadOnlyList<LiveComplaint>>();
        LiveComplaint? after = null;
        do
        {
            pages.Add(await store.FindOverdueAsync(at, after, 2, Token));
            after = pages[^1].Count > 0 ? pages[^1][^1] : null;
        }
        while (after is not null);

        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Count));
        Assert.Equal(["cmp-c", "cmp-e", "cmp-a", "cmp-d", "cmp-b"], pages.SelectMany(p => p).Select(c => c.Id.Value));
    }

    /// <summary>A customer's openings are written with a version check: two openings that read the same record cannot both write it.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task A_customers_openings_are_written_with_a_version_check()
    {
        var (store, _) = CreateStore();
        var customer = new CustomerId("c-openings");
        var first = Open("cmp-1", customer.Value, At(2026, 3, 2, 10));
        var second = Open("cmp-2", customer.Value, At(2026, 3, 2, 11));
        var none = CustomerOpenings.None(customer);

        await store.CommitAsync(first.TakeChanges()! with { Openings = none.With(first.OpenedAt, Policy.Scale.RepeatWindow) }, Token);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(second.TakeChanges()! with { Openings = none.With(second.OpenedAt, Policy.Scale.RepeatWindow) }, Token));

        var loaded = (await store.LoadAsync(new ComplaintKeys(second.Id) { Openings = customer }, Token)).Openings!;
        Assert.Equal(1L, loaded.Version);
        Assert.Equal([first.OpenedAt], loaded.OpenedAt);
    }

    /// <summary>
    /// The cost bound of opening: after 500 earlier complaints of the same customer, opening another
    /// loads as many records as after 10 (the live state of the new id and the customer's openings,
    /// which keep the openings of two repeat windows at most: 72 at one every 20 hours), and reads no history.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Opening_loads_as_many_records_after_500_earlier_complaints_of_the_customer_as_after_10()
    {
        var few = await LoadsToOpenAfterAsync(10);
        var many = await LoadsToOpenAfterAsync(500);

        Assert.Equal(few.Records, many.Records);
        Assert.Equal((0, 0), (few.HistoryReads, many.HistoryReads));
        Assert.All(many.OpeningsKept, o => Assert.True(o > many.OpeningsKept[^1] - Policy.Scale.RepeatWindow - Policy.Scale.RepeatWindow));
        Assert.InRange(many.OpeningsKept.Count, 1, 100);
    }

    /// <summary>
    /// The cost bound of a command: after 500 transitions of other complaints and of its own, escalating a complaint
    /// loads as many records as after 10 (its live state and its key's record), and reads no history.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public async Task Escalating_loads_as_many_records_after_500_transitions_as_after_10()
    {
        var few = await LoadsToEscalateAfterAsync(10);
        var many = await LoadsToEscalateAfterAsync(500);

        Assert.Equal(few.Records, many.Records);
        Assert.Equal((0, 0), (few.HistoryReads, many.HistoryReads));
        Assert.Equal(HandlingLevel.SeniorAgent, few.Level);
        Assert.Equal(HandlingLevel.SeniorAgent, many.Level);
    }

    private async Task<(int[] Records, int HistoryReads, IReadOnlyList<Instant> OpeningsKept)> LoadsToOpenAfterAsync(int earlier)
    {
        var (store, _) = CreateStore();
        var clock = new FakeClock(At(2026, 3, 2, 10));
        var customer = new CustomerId("c-loyal");
        for (var i = 0; i < earlier; i++)
        {
            await Service(store, clock).OpenAsync(new ComplaintId($"cmp-{i}"), customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
            clock.AdvanceHours(20);
        }

        var counting = new CountingStore(store);
        var opened = await Service(counting, clock).OpenAsync(new ComplaintId("cmp-new"), customer, ComplaintChannel.Email, ComplaintSubject.Delivery, EmotionalIntensity.Calm, cancellationToken: Token);
        Assert.True(opened.Succeeded);
        var openings = (await store.LoadAsync(new ComplaintKeys(new ComplaintId("cmp-new")) { Openings = customer }, Token)).Openings!;
        return ([.. counting.Loads], counting.HistoryReads, openings.OpenedAt);
    }

    private async Task<(int[] Records, int HistoryReads, HandlingLevel Level)> LoadsToEscalateAfterAsync(int transitions)
    {
        var (store, _) = CreateStore();
        var clock = new FakeClock(At(2026, 3, 2, 10));
        var target = new ComplaintId("cmp-target");
        var other = new ComplaintId("cmp-other");
        await Service(store, clock).OpenAsync(target, new CustomerId("c-1"), ComplaintChannel.Phone, ComplaintSubject.Product, EmotionalIntensity.Calm, cancellationToken: Token);
        await Service(store, clock).OpenAsync(other, new CustomerId("c-2"), ComplaintChannel.Phone, ComplaintSubject.Product, EmotionalIntensity.Calm, cancellationToken: Token);
        for (var i = 0; i < transitions; i++)
        {
            // Resolved and reopened, over and over: the target's own timeline and another complaint's.
            foreach (var id in new[] { target, other })
            {
                var result = i % 2 == 0
                    ? await Service(store, clock).ResolveAsync(id, Key($"resolve-{i}"), "agent", cancellationToken: Token)
                    : await Service(store, clock).ReopenAsync(id, Key($"reopen-{i}"), "customer", cancellationToken: Token);
                Assert.True(result.Succeeded);
            }
        }

        if (transitions % 2 == 1)
        {
            await Service(store, clock).ReopenAsync(target, Key("reopen-last"), "customer", cancellationToken: Token);
        }

        var counting = new CountingStore(store);
        var escalated = await Service(counting, clock).EscalateAsync(target, Key("escalate"), "agent", cancellationToken: Token);
        Assert.True(escalated.Succeeded);
        return ([.. counting.Loads], counting.HistoryReads, (await store.LoadAsync(new ComplaintKeys(target), Token)).Live!.Level);
    }

    // Counts what a service loads: the records of every load, and every read of history.
    private sealed class CountingStore(IComplaintStore inner) : IComplaintStore
    {
        public List<int> Loads { get; } = [];

        public int HistoryReads { get; private set; }

        public async Task<LoadedComplaint> LoadAsync(ComplaintKeys keys, CancellationToken cancellationToken = default)
        {
            var loaded = await inner.LoadAsync(keys, cancellationToken);
            Loads.Add(loaded.RecordCount);
            return loaded;
        }

        public Task CommitAsync(ComplaintChange change, CancellationToken cancellationToken = default) => inner.CommitAsync(change, cancellationToken);

        public Task<IReadOnlyList<ComplaintTransition>> ReadTimelineAsync(ComplaintId id, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
        {
            HistoryReads++;
            return inner.ReadTimelineAsync(id, afterSequence, maxCount, cancellationToken);
        }

        public Task<IReadOnlyList<ApprovedCompensation>> ReadCompensationsAsync(ComplaintId id, int afterCount, int maxCount, CancellationToken cancellationToken = default)
        {
            HistoryReads++;
            return inner.ReadCompensationsAsync(id, afterCount, maxCount, cancellationToken);
        }

        public Task<IReadOnlyList<LiveComplaint>> FindOverdueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
            inner.FindOverdueAsync(at, after, maxCount, cancellationToken);

        public Task<IReadOnlyList<LiveComplaint>> FindFollowUpsDueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
            inner.FindFollowUpsDueAsync(at, after, maxCount, cancellationToken);
    }

    // The contract never issues compensation.
    private sealed class NoIssuer : ICompensationIssuer
    {
        public static readonly NoIssuer Instance = new();

        public Task<Points> IssuePointsAsync(CustomerId customer, Points points, string reason, IdempotencyKey key, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The contract issues no compensation.");

        public Task<CouponCode> IssueCouponAsync(CustomerId customer, PromotionId promotion, IdempotencyKey key, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The contract issues no compensation.");
    }
}
