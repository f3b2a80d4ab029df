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
/// writer saved first.
/// </summary>
public sealed class ComplaintService
{
    private readonly IComplaintRepository repository;
    private readonly IClock clock;
    private readonly ICompensationIssuer issuer;
    private readonly int maxAttempts;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where complaints are kept.</param>
    /// <param name="clock">The clock commands act at.</param>
    /// <param name="policy">The service recovery policy.</param>
    /// <param name="issuer">Gives the customer points and coupons.</param>
    /// <param name="maxAttempts">How often to retry a save that lost to another writer, 1 to 100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is outside 1 to 100.</exception>
    public ComplaintService(IComplaintRepository repository, IClock clock, ServiceRecoveryPolicy policy, ICompensationIssuer issuer, int maxAttempts = 5)
    {
        this.repository = Guard.Against.Null(repository);
        this.clock = Guard.Against.Null(clock);
        Policy = Guard.Against.Null(policy);
        this.issuer = Guard.Against.Null(issuer);
        this.maxAttempts = Guard.Against.OutOfRange(maxAttempts, nameof(maxAttempts), 1, 100);
    }

    /// <summary>The service recovery policy.</summary>
    public ServiceRecoveryPolicy Policy { get; }

    /// <summary>
    /// Records a complaint that comes in now and grades it. When <paramref name="repeats"/> is not
    /// given, the customer's complaints opened within the scale's repeat window before now count.
    /// The complaint's id is the command's idempotency key: opening the same id again with the same
    /// content is a replay that returns the stored complaint; the same id with other content for the
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
    /// The complaint as stored, and whether it was opened now or before; or no complaint and
    /// <see cref="ComplaintRejectionReason.AlreadyExists"/> (with no state) when the id is another customer's.
    /// </returns>
    /// <exception cref="ArgumentException">The id, customer, channel or subject is not valid.</exception>
    /// <exception cref="IdempotencyKeyReusedException">
    /// The customer already opened a complaint with this id with other content (channel, subject,
    /// intensity, order, value rank, the repeats when given, product or description).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The value rank or the repeats are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The order value is in another currency than the policy.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="customer"/> or <paramref name="order"/> or <paramref name="sku"/> is <c>default</c>.</exception>
    public async Task<(Complaint? Complaint, ComplaintResult Result)> OpenAsync(
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
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetCurrentInstant();
            if (await repository.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                if (existing.Customer != customer)
                {
                    return (null, new ComplaintResult(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.AlreadyExists, $"Complaint {id} belongs to another customer."), null));
                }

                // Repeats not given were counted from the store the first time: the count stored stands for them.
                var first = OpenCommand(existing.Customer, existing.Channel, existing.Subject, existing.Grading, existing.Order, existing.Sku, existing.Description);
                var again = OpenCommand(customer, channel, subject, new GradingInput(intensity, repeats ?? existing.Grading.Repeats, order?.Value, valueRank), order?.Id, sku, description);
                return first == again
                    ? (existing, new ComplaintResult(null, existing.State, null, IsReplay: true))
                    : throw new IdempotencyKeyReusedException(new IdempotencyKey(id.Value), first, again);
            }

            var earlier = repeats ?? (await repository.ListByCustomerAsync(customer, cancellationToken).ConfigureAwait(false))
                .Count(c => c.OpenedAt <= now && c.OpenedAt > now - Policy.Scale.RepeatWindow);
            var complaint = Complaint.Open(
                new ComplaintIntake(id, customer, channel, subject, now, order?.Id, sku, description),
                new GradingInput(intensity, earlier, order?.Value, valueRank),
                Policy);
            try
            {
                await repository.SaveAsync(complaint, 0, cancellationToken).ConfigureAwait(false);
                return (complaint, new ComplaintResult(null, complaint.State, complaint.History[0]));
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                // Another writer opened the same id first: the next attempt finds it.
            }
        }
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
    public Task<ComplaintResult> ApproveAsync(ComplaintId id, IdempotencyKey key, CompensationAction action, string approvedBy, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, key, c => c.Approve(key, action, approvedBy, clock.GetCurrentInstant()), cancellationToken);

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
        var complaint = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (complaint is null)
        {
            return NotFound(id);
        }

        // Before anything is issued: a retry of a command already handled returns its first outcome.
        if (complaint.ReplayOfIssue(key, name) is { } replay)
        {
            return replay;
        }

        var compensation = complaint.Compensations.FirstOrDefault(c => c.Action.Name == name);
        if (compensation is not { IsIssued: false } approved)
        {
            // Issued before (a replay, with the coupon it was issued as) or never approved (a refusal).
            return await ChangeAsync(id, c => c.MarkIssued(key, name, clock.GetCurrentInstant(), compensation?.IssuedCoupon), cancellationToken).ConfigureAwait(false);
        }

        var action = approved.Action;
        var coupon = action.Kind switch
        {
            CompensationKind.PointsCredit => await IssuePointsAsync(complaint, approved, cancellationToken).ConfigureAwait(false),
            CompensationKind.Coupon => await issuer.IssueCouponAsync(complaint.Customer, action.Promotion!.Value, approved.Key, cancellationToken).ConfigureAwait(false),
            _ => (Promotions.CouponCode?)null,
        };
        return await ChangeAsync(id, c => c.MarkIssued(key, name, clock.GetCurrentInstant(), coupon), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The complaint with that id.</summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The complaint, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public Task<Complaint?> GetAsync(ComplaintId id, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        return repository.FindAsync(id, cancellationToken);
    }

    /// <summary>The complaints overdue now.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The overdue complaints, oldest first.</returns>
    public Task<IReadOnlyList<Complaint>> FindOverdueAsync(CancellationToken cancellationToken = default) =>
        repository.FindOverdueAsync(clock.GetCurrentInstant(), cancellationToken);

    /// <summary>The complaints whose follow-up is due now.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The complaints to follow up, oldest first.</returns>
    public Task<IReadOnlyList<Complaint>> FindFollowUpsDueAsync(CancellationToken cancellationToken = default) =>
        repository.FindFollowUpsDueAsync(clock.GetCurrentInstant(), cancellationToken);

    // No complaint, so no state: a missing complaint is never reported as opened.
    private static ComplaintResult NotFound(ComplaintId id) =>
        new(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.NotFound, $"There is no complaint {id}."), null);

    private static string OpenCommand(CustomerId customer, ComplaintChannel channel, ComplaintSubject subject, GradingInput grading, OrderId? order, Sku? sku, string? description) =>
        CanonicalContent.Of("Open")
            .Add("customer", customer.Value)
            .Add("channel", channel)
            .Add("subject", subject)
            .Add("intensity", grading.Intensity)
            .Add("order", order?.Value)
            .Add("orderValue", grading.OrderValue)
            .Add("valueRank", grading.ValueRank)
            .Add("repeats", grading.Repeats)
            .Add("sku", sku?.Value)
            .Add("description", description)
            .ToString();

    private async Task<Promotions.CouponCode?> IssuePointsAsync(Complaint complaint, ApprovedCompensation approved, CancellationToken cancellationToken)
    {
        await issuer.IssuePointsAsync(complaint.Customer, approved.Action.Points, $"Compensation for complaint {complaint.Id}", approved.Key, cancellationToken).ConfigureAwait(false);
        return null;
    }

    // The clock's instant, but never before the complaint's last transition (a clock a little behind another server's).
    private Instant Now(Complaint complaint) => Instant.Max(clock.GetCurrentInstant(), complaint.History[^1].At);

    // A command under an idempotency key: the key is checked before anything is loaded.
    private Task<ComplaintResult> ChangeAsync(ComplaintId id, IdempotencyKey key, Func<Complaint, ComplaintResult> act, CancellationToken cancellationToken)
    {
        IdArgument.Require(key, nameof(key));
        return ChangeAsync(id, act, cancellationToken);
    }

    private Task<ComplaintResult> ChangeAsync(ComplaintId id, Func<Complaint, ComplaintResult> act, CancellationToken cancellationToken)
    {
        IdArgument.Require(id, nameof(id));
        return OptimisticRetry.RunAsync<Complaint?, ComplaintResult>(
            ct => repository.FindAsync(id, ct),
            c => c?.Version ?? -1,
            c => c is null ? NotFound(id) : act(c),
            (c, version, ct) => repository.SaveAsync(c!, version, ct),
            maxAttempts,
            cancellationToken);
    }
}
