namespace RetailCrm.Tests.Membership;

using NodaTime;
using NodaTime.Testing;
using RetailCrm.Membership;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Membership.Club;

public sealed class MembershipServiceTests
{
    private static readonly CustomerId Customer = new("m-1");
    private readonly FakeClock clock = new(Local(2026, 1, 5));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static PaidOrder Paid(string id, decimal amount, Instant at) => PaidOrder.Simple(new OrderId(id), at, Yuan(amount));

    [Fact]
    public async Task Recording_an_order_opens_the_account_at_the_clock_instant_and_upgrades_through_the_store()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);

        var result = await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);

        Assert.Equal((MembershipOutcome.Applied, Silver), (result.Outcome, result.Tier));
        var stored = (await store.FindAsync(Customer, Token))!;
        Assert.Equal((Local(2026, 1, 5), Silver, 1L), (stored.JoinedAt, stored.CurrentTier, stored.Version));
        Assert.Same(ladder, service.Ladder);
    }

    [Fact]
    public async Task The_qualifying_spend_of_an_order_is_its_goods_value_without_shipping()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        var order = new PaidOrder(
            new OrderId("o-1"),
            clock.GetCurrentInstant(),
            [new PaidOrderLine(new Sku("tea"), new CategoryId("grocery"), Yuan(600m)), new PaidOrderLine(new Sku("cup"), new CategoryId("home"), Yuan(390m))],
            Yuan(20m),
            Yuan(100m));

        var result = await service.RecordOrderAsync(Customer, order, Token);

        Assert.Equal(Regular, result.Tier);
        Assert.Equal(Yuan(990m), (await service.GetProgressAsync(Customer, Token)).Totals.Spend);
    }

    [Fact]
    public async Task Reading_an_account_evaluates_it_and_saves_a_downgrade_that_fell_due()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);

        clock.Reset(Local(2028, 2, 1));
        var account = await service.GetAsync(Customer, Token);

        Assert.Equal(Regular, account.CurrentTier);
        var stored = (await store.FindAsync(Customer, Token))!;
        Assert.Equal((Regular, 2L, Date(2029, 1, 1)), (stored.CurrentTier, stored.Version, stored.NextReview));
        Assert.Equal(TierChangeReason.Review, stored.History[^1].Reason);
    }

    [Fact]
    public async Task A_read_that_changes_nothing_saves_nothing()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var counting = new CountingRepository(new InMemoryMembershipRepository(ladder));
        var service = new MembershipService(counting, clock, ladder);
        await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);

        clock.Advance(Duration.FromDays(10));
        await service.GetAsync(Customer, Token);
        await service.GetProgressAsync(Customer, Token);
        await service.EvaluateAsync(Customer, Token);
        var replay = await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);

        Assert.Equal(MembershipOutcome.Replayed, replay.Outcome);
        Assert.Equal(1, counting.Saves);
    }

    [Fact]
    public async Task A_customer_without_an_account_reads_as_a_new_member_and_nothing_is_stored()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);

        var account = await service.GetAsync(Customer, Token);
        var progress = await service.GetProgressAsync(Customer, Token);

        Assert.Equal((Regular, 0L), (account.CurrentTier, account.Version));
        Assert.Equal((Regular, (TierId?)Silver, Yuan(1_000m)), (progress.Current, progress.Next, progress.MissingSpend!.Value));
        Assert.Null(await store.FindAsync(Customer, Token));
    }

    [Fact]
    public async Task A_refund_is_recorded_at_the_clock_instant()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear, refundsUndo: true);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);
        clock.Reset(Local(2026, 1, 20));

        var result = await service.RecordRefundAsync(Customer, new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Yuan(300m)), Token);

        Assert.Equal((Regular, TierChangeReason.RefundUndidUpgrade, Local(2026, 1, 20)), (result.Tier, result.Changes[0].Reason, result.Changes[0].At));
        var refund = (await store.FindAsync(Customer, Token))!.Activities[^1];
        Assert.Equal((Local(2026, 1, 5), Local(2026, 1, 20)), (refund.At, refund.CountsFrom));
    }

    [Fact]
    public async Task A_refund_delivered_again_later_is_a_replay()
    {
        // Counterexample: the service records a refund at the clock instant, and that instant is part of the figures compared on a replay.
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        var refund = new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Yuan(300m));
        await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 1, 5)), Token);
        await service.RecordRefundAsync(Customer, refund, Token);

        clock.Advance(Duration.FromMinutes(5));
        var replay = await service.RecordRefundAsync(Customer, refund, Token);

        Assert.Equal(MembershipOutcome.Replayed, replay.Outcome);
    }

    [Fact]
    public async Task Pending_points_upgrade_on_the_first_read_after_their_confirmation()
    {
        var ladder = PointsLadder(QualificationWindow.Last12Months);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        var now = clock.GetCurrentInstant();

        var earned = await service.RecordPointsAsync(Customer, new IdempotencyKey("o-1:earn"), Points.Of(800), now, now + Duration.FromDays(7), Token);
        clock.Advance(Duration.FromDays(6));
        var before = await service.GetAsync(Customer, Token);
        clock.Advance(Duration.FromDays(1));
        var after = await service.GetAsync(Customer, Token);

        Assert.Equal((Regular, Regular, Silver), (earned.Tier, before.CurrentTier, after.CurrentTier));
        Assert.Equal(Silver, (await store.FindAsync(Customer, Token))!.CurrentTier);
    }

    [Fact]
    public async Task A_tier_assigned_through_the_service_ends_on_the_first_read_after_its_end()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);

        var assigned = await service.AssignAsync(Customer, TestKeys.Next(), Gold, Local(2026, 3, 1), "compensation for complaint 118", Token);
        clock.Reset(Local(2026, 3, 2));
        var afterEnd = await service.EvaluateAsync(Customer, Token);

        Assert.Equal(Gold, assigned.Tier);
        Assert.Equal((Regular, TierChangeReason.AssignmentEnded, Local(2026, 3, 1)), (afterEnd.Tier, afterEnd.Changes[0].Reason, afterEnd.Changes[0].At));
        Assert.Equal(Regular, (await store.FindAsync(Customer, Token))!.CurrentTier);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.AssignAsync(Customer, TestKeys.Next(), Gold, Local(2026, 3, 1), "late", Token));
    }

    [Fact]
    public async Task A_retried_assignment_returns_the_first_outcome_and_a_reused_key_throws()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder);
        var key = new IdempotencyKey("assign-118");
        var first = await service.AssignAsync(Customer, key, Gold, Local(2026, 3, 1), "compensation for complaint 118", Token);
        var version = (await store.FindAsync(Customer, Token))!.Version;
        clock.Reset(Local(2026, 2, 1));

        var retry = await service.AssignAsync(Customer, key, Gold, Local(2026, 3, 1), "compensation for complaint 118", Token);

        Assert.Equal((MembershipOutcome.Applied, MembershipOutcome.Replayed), (first.Outcome, retry.Outcome));
        Assert.Equal(first.Tier, retry.Tier);
        Assert.Equal(first.Changes, retry.Changes);
        var stored = (await store.FindAsync(Customer, Token))!;
        Assert.Equal((version, 2), (stored.Version, stored.History.Count));
        var reused = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => service.AssignAsync(Customer, key, Gold, Local(2026, 4, 1), "compensation for complaint 118", Token));
        Assert.Contains("assign-118", reused.Message, StringComparison.Ordinal);
        Assert.Equal(version, (await store.FindAsync(Customer, Token))!.Version);
        Assert.Equal("key", (await Assert.ThrowsAsync<ArgumentException>(() => service.AssignAsync(Customer, default, Gold, null, "staff", Token))).ParamName);
    }

    [Fact]
    public async Task Concurrent_writers_each_record_their_order_through_retries()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var service = new MembershipService(store, clock, ladder, maxAttempts: 100);
        await service.RecordOrderAsync(Customer, Paid("o-0", 10m, Local(2026, 1, 5)), Token);

        var writers = Enumerable.Range(1, 24).Select(i => Task.Run(() => service.RecordOrderAsync(Customer, Paid($"o-{i}", 250m, Local(2026, 1, 5)), Token), Token));
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.Equal(MembershipOutcome.Applied, r.Outcome));
        var stored = (await store.FindAsync(Customer, Token))!;
        Assert.Equal(25, stored.Activities.Count);
        Assert.Equal(25, stored.Version);
        Assert.Equal(Gold, stored.CurrentTier);
        Assert.Equal(new QualifyingTotals(Yuan(6_010m), 25, Points.Zero), stored.TotalsAt(Local(2026, 1, 6)));
    }

    [Fact]
    public async Task A_save_that_lost_to_another_writer_is_retried_on_the_fresh_state()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);
        var flaky = new OtherWriterFirst(store);
        var service = new MembershipService(flaky, clock, ladder);

        var result = await service.RecordOrderAsync(Customer, Paid("o-1", 600m, Local(2026, 1, 5)), Token);

        Assert.Equal(Silver, result.Tier);
        Assert.Equal(2, flaky.Saves);
        var stored = (await store.FindAsync(Customer, Token))!;
        Assert.Equal(["order:o-other", "order:o-1"], stored.Activities.Select(a => a.Reference));
    }

    [Fact]
    public async Task After_the_last_attempt_the_conflict_is_thrown()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var conflicting = new AlwaysConflicting();
        var service = new MembershipService(conflicting, clock, ladder, maxAttempts: 3);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.RecordOrderAsync(Customer, Paid("o-1", 600m, Local(2026, 1, 5)), Token));

        Assert.Equal(3, conflicting.Saves);
    }

    [Fact]
    public async Task A_new_members_first_order_paid_before_midnight_and_recorded_after_counts_in_the_membership_year()
    {
        // Counterexample: the account opens at the clock instant (2 March 00:30), so an order paid on 1 March 23:00 lies before the first membership year.
        var ladder = Ladder(QualificationWindow.MembershipYear);
        var store = new InMemoryMembershipRepository(ladder);
        clock.Reset(Local(2026, 3, 2, 0) + Duration.FromMinutes(30));
        var service = new MembershipService(store, clock, ladder);

        var result = await service.RecordOrderAsync(Customer, Paid("o-1", 1_200m, Local(2026, 3, 1, 23)), Token);

        Assert.Equal(Silver, result.Tier);
    }

    [Fact]
    public async Task The_service_names_its_bad_arguments()
    {
        var ladder = Ladder(QualificationWindow.CalendarYear);
        var store = new InMemoryMembershipRepository(ladder);

        Assert.Equal("repository", Assert.Throws<ArgumentNullException>(() => new MembershipService(null!, clock, ladder)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new MembershipService(store, null!, ladder)).ParamName);
        Assert.Equal("ladder", Assert.Throws<ArgumentNullException>(() => new MembershipService(store, clock, null!)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new MembershipService(store, clock, ladder, 0)).ParamName);
        Assert.Equal("maxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new MembershipService(store, clock, ladder, 101)).ParamName);
        var service = new MembershipService(store, clock, ladder);
        Assert.Equal("order", (await Assert.ThrowsAsync<ArgumentNullException>(() => service.RecordOrderAsync(Customer, null!, Token))).ParamName);
        Assert.Equal("refund", (await Assert.ThrowsAsync<ArgumentNullException>(() => service.RecordRefundAsync(Customer, null!, Token))).ParamName);
    }

    /// <summary>Counts saves and passes everything to the store.</summary>
    private sealed class CountingRepository(IMembershipRepository inner) : IMembershipRepository
    {
        public int Saves { get; private set; }

        public Task<MembershipAccount?> FindAsync(CustomerId customer, CancellationToken cancellationToken = default) => inner.FindAsync(customer, cancellationToken);

        public Task SaveAsync(MembershipAccount account, long expectedVersion, CancellationToken cancellationToken = default)
        {
            Saves++;
            return inner.SaveAsync(account, expectedVersion, cancellationToken);
        }
    }

    /// <summary>Lets another writer record an order before the first save.</summary>
    private sealed class OtherWriterFirst(IMembershipRepository inner) : IMembershipRepository
    {
        public int Saves { get; private set; }

        public Task<MembershipAccount?> FindAsync(CustomerId customer, CancellationToken cancellationToken = default) => inner.FindAsync(customer, cancellationToken);

        public async Task SaveAsync(MembershipAccount account, long expectedVersion, CancellationToken cancellationToken = default)
        {
            Saves++;
            if (Saves == 1)
            {
                var other = MembershipAccount.Open(account.Customer, account.Ladder, account.JoinedAt);
                other.RecordOrder(new OrderId("o-other"), Yuan(500m), account.JoinedAt);
                await inner.SaveAsync(other, 0, cancellationToken);
            }

            await inner.SaveAsync(account, expectedVersion, cancellationToken);
        }
    }

    private sealed class AlwaysConflicting : IMembershipRepository
    {
        public int Saves { get; private set; }

        public Task<MembershipAccount?> FindAsync(CustomerId customer, CancellationToken cancellationToken = default) => Task.FromResult<MembershipAccount?>(null);

        public Task SaveAsync(MembershipAccount account, long expectedVersion, CancellationToken cancellationToken = default)
        {
            Saves++;
            throw new ConcurrencyConflictException("membership account", expectedVersion, expectedVersion + 1);
        }
    }
}
