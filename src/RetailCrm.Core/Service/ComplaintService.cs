namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>
/// The service recovery application service a storefront or a service desk calls: it records and
/// grades complaints, moves them through the state machine at the clock's instant, approves and
/// issues compensation, finds overdue complaints and due follow-ups, and retries when another
/// writer committed first.
/// </summary>
/// <remarks>
/// Every command loads the complaint's live state and the keyed records it names (its idempotency
/// key, the compensation it approves or issues, the customer's recent openings), decides in memory,
/// and commits one change set with the version it read: its cost does not grow with the
/// complaints, transitions or commands stored.
/// </remarks>
public sealed partial class ComplaintService
{
    private const int Page = 1_000;
    private readonly IComplaintStore store;
    private readonly IClock clock;
    private readonly ICompensationIssuer issuer;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="store">Where complaints are kept.</param>
    /// <param name="clock">The clock commands act at.</param>
    /// <param name="policy">The service recovery policy.</param>
    /// <param name="issuer">Gives the customer points and coupons.</param>
    /// <param name="maxAttempts">How often to retry a commit that lost to another writer, 1 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public ComplaintService(IComplaintStore store, IClock clock, ServiceRecoveryPolicy policy, ICompensationIssuer issuer, int maxAttempts = 5)
    {
        this.store = Guard.Against.Null(store);
        this.clock = Guard.Against.Null(clock);
        Policy = Guard.Against.Null(policy);
        this.issuer = Guard.Against.Null(issuer);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>The service recovery policy.</summary>
    public ServiceRecoveryPolicy Policy { get; }

    /// <summary>
    /// Records a complaint that comes in now and grades it. When <paramref name="repeats"/> is not
    /// given, the customer's complaints opened within the scale's repeat window before now count
    /// (read from the customer's recent openings, not from their complaints).
    /// The complaint's id is the command's idempotency key: opening the same id again with the same
    /// content is a replay that returns the stored complaint's state; the same id with other content for the
    /// same customer throws; an id that is another customer's is refused (without revealing it).
    /// </summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="channel">Where it came in.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="intensity">What the customer says it is to them.</param>
    /// <param name="order">The order concerned and its value, or <see langword="null"/>.</param>
    /// <param name="valueRank">The customer's value rank (see <see cref="GradingScale.ValueRankOf"/>).</param>
    /// <param name="repeats">Earlier complaints in the window, or <see langword="null"/> to count them from the store.</param>
    /// <param name="sku">The product concerned, or <see langword="null"/>.</param>
    /// <param name="description">The customer's words, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// The result: applied (with the complaint's id, its state and the opening transition), a replay
    /// when the customer opened it before, or <see cref="ComplaintRejectionReason.AlreadyExists"/>
    /// (with no id or state) when the id is another customer's. Read the complaint with <see cref="GetAsync"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The id, customer, channel or subject is not valid.</exception>
    /// <exception cref="IdempotencyKeyReusedException">
    /// The customer already opened a complaint with this id with other content (channel, subject,
    /// intensity, order, value rank, the repeats when given, product or description).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The value rank or the repeats are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The order value is in another currency than the policy.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="customer"/> or <paramref name="order"/> or <paramref name="sku"/> is <c>default</c>.</exception>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public Task<ComplaintResult> OpenAsync(
        ComplaintId id,
        CustomerId customer,
        ComplaintChannel channel,
        ComplaintSubject subject,
        EmotionalIntensity intensity,
        (OrderId Id, Money Value)? order = null,
        int valueRank = 0,
        int? repeats = null,
        Sku? sku = null,
        string? description = null,
        CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(customer, nameof(customer));
        IdArgument.Require(order?.Id, nameof(order));
        IdArgument.Require(sku, nameof(sku));
        return OptimisticRetry.RunAsync<ComplaintResult>(
            async ct =>
            {
                var now = clock.GetCurrentInstant();
                var loaded = await store.LoadAsync(new ComplaintKeys(id) { Openings = customer }, ct).ConfigureAwait(false);
                if (loaded.Live is { } existing)
                {
                    return (ReplayOfOpen(existing, customer, channel, subject, intensity, order, valueRank, repeats, sku, description), null);
                }

                var openings = loaded.Openings ?? CustomerOpenings.None(customer);
                var complaint = Complaint.Open(
                    new ComplaintIntake(id, customer, channel, subject, now, order?.Id, sku, description),
                    new GradingInput(intensity, repeats ?? openings.CountWithin(now, Policy.Scale.RepeatWindow), order?.Value, valueRank),
                    Policy);
                var change = complaint.TakeChanges()! with { Openings = openings.With(now, Policy.Scale.RepeatWindow) };
                return (new ComplaintResult(null, complaint.State, complaint.History[0], Id: id), c => store.CommitAsync(change, c));
            },
            maxAttempts,
            cancellationToken);
    }

    /// <summary>Acknowledges a complaint now; see <see cref="Complaint.Acknowledge"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public Task<ComplaintResult> AcknowledgeAsync(ComplaintId id, IdempotencyKey key, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Acknowledge(key, actor, Now(c), note), cancellationToken);

    /// <summary>Escalates a complaint now; see <see cref="Complaint.Escalate"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public Task<ComplaintResult> EscalateAsync(ComplaintId id, IdempotencyKey key, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Escalate(key, actor, Now(c), note), cancellationToken);

    /// <summary>Resolves a complaint now; see <see cref="Complaint.Resolve"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="note">How, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public Task<ComplaintResult> ResolveAsync(ComplaintId id, IdempotencyKey key, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Resolve(key, actor, Now(c), note), cancellationToken);

    /// <summary>Records the customer's satisfaction now; see <see cref="Complaint.FollowUp"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="answer">The customer's answer.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is not defined.</exception>
    public Task<ComplaintResult> FollowUpAsync(ComplaintId id, IdempotencyKey key, string actor, Satisfaction answer, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.FollowUp(key, actor, Now(c), answer, note), cancellationToken);

    /// <summary>Closes a complaint now; see <see cref="Complaint.Close"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public Task<ComplaintResult> CloseAsync(ComplaintId id, IdempotencyKey key, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Close(key, actor, Now(c), note), cancellationToken);

    /// <summary>Reopens a complaint now; see <see cref="Complaint.Reopen"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="actor">Who does it.</param>
    /// <param name="note">Why, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public Task<ComplaintResult> ReopenAsync(ComplaintId id, IdempotencyKey key, string actor, string? note = null, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Reopen(key, actor, Now(c), note), cancellationToken);

    /// <summary>Approves a compensation now, within the policy's bound; see <see cref="Complaint.Approve"/>.</summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key: a retry under it returns the first outcome and changes nothing.</param>
    /// <param name="action">The compensation.</param>
    /// <param name="approvedBy">Who approves it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; <see cref="ComplaintRejectionReason.NotFound"/> (with no state) for an unknown id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public Task<ComplaintResult> ApproveAsync(ComplaintId id, IdempotencyKey key, CompensationAction action, string approvedBy, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(key, nameof(key));
        return ChangeAsync(id, key, Guard.Against.Null(action).Name, c => c.Approve(key, action, approvedBy, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>
    /// Issues an approved compensation: points through the issuer's points credit, a coupon through
    /// its coupon issuer, each with the key derived from the complaint and the action; then records
    /// it as issued. Issuing again, or after a failure between the two steps, never issues twice.
    /// Apologies, gifts and remedies are recorded as issued (the shop hands them over). A retry under
    /// the same idempotency key returns the first outcome.
    /// </summary>
    /// <param name="id">The complaint.</param>
    /// <param name="key">The idempotency key of this command.</param>
    /// <param name="name">The approved action's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The result; rejected for an unknown complaint (with no state) or an action not approved.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="key"/> is <c>default</c>, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command on the complaint.</exception>
    public async Task<ComplaintResult> IssueAsync(ComplaintId id, IdempotencyKey key, string name, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(key, nameof(key));
        Guard.Against.NullOrWhiteSpace(name);
        var loaded = await store.LoadAsync(new ComplaintKeys(id) { Command = key, Compensation = name }, cancellationToken).ConfigureAwait(false);
        if (loaded.Live is null)
        {
            return NotFound(id);
        }

        var complaint = Complaint.FromLoaded(loaded, Policy);

        // Before anything is issued: a retry of a command already handled returns its first outcome.
        if (complaint.ReplayOfIssue(key, name) is { } replay)
        {
            return replay;
        }

        var compensation = complaint.CompensationNamed(name);
        if (compensation is not { IsIssued: false } approved)
        {
            // Issued before (a replay, with the coupon it was issued as) or never approved (a refusal).
            return await ChangeAsync(id, key, name, c => c.MarkIssued(key, name, clock.GetCurrentInstant(), compensation?.IssuedCoupon), cancellationToken).ConfigureAwait(false);
        }

        var action = approved.Action;
        var coupon = action.Kind switch
        {
            CompensationKind.PointsCredit => await IssuePointsAsync(complaint, approved, cancellationToken).ConfigureAwait(false),
            CompensationKind.Coupon => await issuer.IssueCouponAsync(complaint.Customer, action.Promotion!.Value, approved.Key, cancellationToken).ConfigureAwait(false),
            _ => (Promotions.CouponCode?)null,
        };
        return await ChangeAsync(id, key, name, c => c.MarkIssued(key, name, clock.GetCurrentInstant(), coupon), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The complaint with that id, read with its timeline and compensations (queries of its history;
    /// commands never read them). Its idempotency records stay in the store: commands on it go
    /// through this service.
    /// </summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The complaint, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public async Task<Complaint?> GetAsync(ComplaintId id, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        var loaded = await store.LoadAsync(new ComplaintKeys(id), cancellationToken).ConfigureAwait(false);
        if (loaded.Live is not { } live)
        {
            return null;
        }

        var timeline = new List<ComplaintTransition>();
        while (timeline.Count < live.Transitions)
        {
            var page = await store.ReadTimelineAsync(id, timeline.Count, Page, cancellationToken).ConfigureAwait(false);
            timeline.AddRange(page.Take((int)(live.Transitions - timeline.Count)));
            if (page.Count < Page)
            {
                break;
            }
        }

        var compensations = new List<ApprovedCompensation>();
        while (compensations.Count < live.Compensations)
        {
            var page = await store.ReadCompensationsAsync(id, compensations.Count, Page, cancellationToken).ConfigureAwait(false);
            compensations.AddRange(page.Take(live.Compensations - compensations.Count));
            if (page.Count < Page)
            {
                break;
            }
        }

        return Complaint.FromStored(live, timeline, compensations, Policy);
    }

    /// <summary>The complaints overdue now (see <see cref="LiveComplaint.IsOverdueAt"/>), earliest due first, a page at a time from the store's index of what is due.</summary>
    /// <param name="maxCount">The most complaints to return, 1 to 10,000.</param>
    /// <param name="after">The last complaint of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The overdue complaints' live state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    public Task<IReadOnlyList<LiveComplaint>> FindOverdueAsync(int maxCount = 100, LiveComplaint? after = null, CancellationToken cancellationToken = default) =>
        store.FindOverdueAsync(clock.GetCurrentInstant(), after, Guard.Against.OutOfRange(maxCount, nameof(maxCount), 1, 10_000), cancellationToken);

    /// <summary>The complaints whose follow-up is due now, earliest due first, a page at a time from the store's index of what is due.</summary>
    /// <param name="maxCount">The most complaints to return, 1 to 10,000.</param>
    /// <param name="after">The last complaint of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The complaints to follow up, as live state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    public Task<IReadOnlyList<LiveComplaint>> FindFollowUpsDueAsync(int maxCount = 100, LiveComplaint? after = null, CancellationToken cancellationToken = default) =>
        store.FindFollowUpsDueAsync(clock.GetCurrentInstant(), after, Guard.Against.OutOfRange(maxCount, nameof(maxCount), 1, 10_000), cancellationToken);

    // No complaint, so no state: a missing complaint is never reported as opened.
    private static ComplaintResult NotFound(ComplaintId id) =>
        new(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.NotFound, $"There is no complaint {id}."), null);

    private async Task<Promotions.CouponCode?> IssuePointsAsync(Complaint complaint, ApprovedCompensation approved, CancellationToken cancellationToken)
    {
        await issuer.IssuePointsAsync(complaint.Customer, approved.Action.Points, $"Compensation for complaint {complaint.Id}", approved.Key, cancellationToken).ConfigureAwait(false);
        return null;
    }

    // The clock's instant, but never before the complaint's last transition (a clock a little behind another server's).
    private Instant Now(Complaint complaint) => Instant.Max(clock.GetCurrentInstant(), complaint.LastTransitionAt);

    // A command under an idempotency key (and on a compensation by name): load the live state and
    // exactly those records, decide, commit what changed with the version read.
    private Task<ComplaintResult> ChangeAsync(ComplaintId id, IdempotencyKey key, Func<Complaint, ComplaintResult> act, CancellationToken cancellationToken) =>
        ChangeAsync(id, key, null, act, cancellationToken);

    private Task<ComplaintResult> ChangeAsync(ComplaintId id, IdempotencyKey key, string? compensation, Func<Complaint, ComplaintResult> act, CancellationToken cancellationToken)
    {
        IdArgument.Require(id, nameof(id));
        IdArgument.Require(key, nameof(key));
        var keys = new ComplaintKeys(id) { Command = key, Compensation = compensation };
        return OptimisticRetry.RunAsync<ComplaintResult>(
            async ct =>
            {
                var loaded = await store.LoadAsync(keys, ct).ConfigureAwait(false);
                if (loaded.Live is null)
                {
                    return (NotFound(id), null);
                }

                var complaint = Complaint.FromLoaded(loaded, Policy);
                var result = act(complaint);
                return complaint.TakeChanges() is { } change ? (result, c => store.CommitAsync(change, c)) : (result, null);
            },
            maxAttempts,
            cancellationToken);
    }
}
