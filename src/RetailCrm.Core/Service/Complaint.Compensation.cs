namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

public sealed partial class Complaint
{
    /// <summary>The compensation the policy suggests for this complaint at its current level; see <see cref="CompensationPolicy.Suggest"/>.</summary>
    public IReadOnlyList<CompensationAction> SuggestedCompensation => Policy.Compensation.Suggest(Level, Grading.ValueRank, Subject, Order is not null);

    /// <summary>The bound on this complaint's compensation: the policy's for its current level and the customer's value rank.</summary>
    public CompensationBound CompensationBound => Policy.Compensation.BoundFor(Level, Grading.ValueRank);

    /// <summary>
    /// Approves a compensation, within the bound: the points, coupon values and gift values approved
    /// on the complaint, this one included, never exceed <see cref="CompensationBound"/>. Approving
    /// the same action again under its name is a replay that changes nothing. A retry under the same
    /// idempotency key returns the first outcome, a refusal included.
    /// </summary>
    /// <param name="key">The idempotency key of this approval.</param>
    /// <param name="action">The compensation.</param>
    /// <param name="approvedBy">Who approves it.</param>
    /// <param name="at">When.</param>
    /// <returns>The result; rejected over the bound, for a closed complaint, or for a return, exchange or repair without an order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, <paramref name="approvedBy"/> is blank, or the key derived from the complaint's id and the action's name is over 200 characters.</exception>
    /// <exception cref="CurrencyMismatchException">The action's value is in another currency than the policy.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command, or another action was approved under the same name.</exception>
    public ComplaintResult Approve(IdempotencyKey key, CompensationAction action, string approvedBy, Instant at)
    {
        IdArgument.Require(key, nameof(key));
        Guard.Against.Null(action);
        Guard.Against.NullOrWhiteSpace(approvedBy);
        var nameKey = KeyFor(action.Name);
        if (action.Value is { } value && value.Currency != Policy.Currency)
        {
            throw new CurrencyMismatchException(value.Currency, Policy.Currency);
        }

        return Keyed(key, Describe(action, approvedBy), () => ApproveOnce(action, nameKey, approvedBy, at));
    }

    /// <summary>
    /// Records that an approved compensation was issued; recording it again is a replay that changes
    /// nothing, and so is a retry under the same idempotency key (which returns the first outcome).
    /// </summary>
    /// <param name="key">The idempotency key of this command.</param>
    /// <param name="name">The action's name.</param>
    /// <param name="at">When it was issued.</param>
    /// <param name="coupon">
    /// The code of the coupon issued, for a coupon: what the coupon issuer returned for the approval's
    /// own key, so an outcome of issuing rather than part of the command a retry is compared on.
    /// </param>
    /// <returns>The result; rejected when no action of that name was approved.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="coupon"/> is <c>default</c>, or <paramref name="name"/> is blank.</exception>
    /// <exception cref="IdempotencyKeyReusedException"><paramref name="key"/> was used for another command.</exception>
    public ComplaintResult MarkIssued(IdempotencyKey key, string name, Instant at, CouponCode? coupon = null)
    {
        IdArgument.Require(key, nameof(key));
        IdArgument.Require(coupon, nameof(coupon));
        Guard.Against.NullOrWhiteSpace(name);
        return Keyed(key, IssueCommand(name), () => MarkIssuedOnce(name, at, coupon));
    }

    /// <summary>The idempotency key a compensation of this complaint is issued with: "complaint:{id}:{name}".</summary>
    /// <param name="name">The action's name.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The key would be blank or over 200 characters.</exception>
    public IdempotencyKey KeyFor(string name) => new($"complaint:{Id}:{Guard.Against.NullOrWhiteSpace(name)}");

    // The replay of an issue command already handled under key, or null when the key is new (the service checks before issuing).
    internal ComplaintResult? ReplayOfIssue(IdempotencyKey key, string name) => Replay(IdArgument.Require(key, nameof(key)), IssueCommand(name));

    // The compensation of that name, or null when none was approved (the service reads it before issuing).
    internal ApprovedCompensation? CompensationNamed(string name) => Named(name);

    private static string IssueCommand(string name) => CanonicalContent.Of("Issue").Add("name", name).ToString();

    private static string Describe(CompensationAction action, string approvedBy) =>
        WithFields(CanonicalContent.Of("Approve"), action).Add("approvedBy", approvedBy).ToString();

    private ComplaintResult ApproveOnce(CompensationAction action, IdempotencyKey key, string approvedBy, Instant at)
    {
        if (Named(action.Name) is { } earlier)
        {
            // Every field of the action counts; who approves it and when are not part of it.
            var (first, again) = (Content(earlier.Action), Content(action));
            return string.Equals(first, again, StringComparison.Ordinal)
                ? new ComplaintResult(null, State, null, IsReplay: true, Id)
                : throw new IdempotencyKeyReusedException(key, first, again);
        }

        if (State == ComplaintState.Closed)
        {
            return Rejected(ComplaintRejectionReason.ComplaintClosed, "The complaint is closed; reopen it before compensating.");
        }

        if (action.Kind is CompensationKind.Return or CompensationKind.Exchange or CompensationKind.Repair && Order is null)
        {
            return Rejected(ComplaintRejectionReason.NeedsOrder, $"A {action.Kind.ToString().ToLowerInvariant()} needs the order of the complaint, and it names none.");
        }

        if (OverBound(action) is { } excess)
        {
            return Rejected(ComplaintRejectionReason.OverBound, excess);
        }

        var approved = new ApprovedCompensation(action, key, approvedBy.Trim(), at);
        Count(approved);
        Write(approved);
        events.Add(new CompensationApproved(Id, approved));
        Version++;
        return new ComplaintResult(null, State, Id: Id);
    }

    private ComplaintResult MarkIssuedOnce(string name, Instant at, CouponCode? coupon)
    {
        if (Named(name) is not { } approved)
        {
            return Rejected(ComplaintRejectionReason.NotApproved, $"No compensation named {name} was approved on complaint {Id}.");
        }

        if (approved.IsIssued)
        {
            var (first, again) = (IssueContent(name, approved.IssuedCoupon), IssueContent(name, coupon));
            return string.Equals(first, again, StringComparison.Ordinal)
                ? new ComplaintResult(null, State, null, IsReplay: true, Id)
                : throw new IdempotencyKeyReusedException(KeyFor(name), first, again);
        }

        var issued = approved with { IssuedAt = at, IssuedCoupon = coupon };
        Write(issued);
        events.Add(new CompensationIssued(Id, issued));
        Version++;
        return new ComplaintResult(null, State, Id: Id);
    }

    private static string Content(CompensationAction action) => WithFields(CanonicalContent.Of("compensation"), action).ToString();

    // Every field of an action, in one order for every text that holds one.
    private static CanonicalContent WithFields(CanonicalContent content, CompensationAction action) =>
        content
            .Add("name", action.Name)
            .Add("kind", action.Kind)
            .Add("points", action.Points)
            .Add("value", action.Value)
            .Add("promotion", action.Promotion?.Value)
            .Add("note", action.Note);

    private static string IssueContent(string name, CouponCode? coupon) =>
        CanonicalContent.Of("issued").Add("name", name).Add("coupon", coupon?.Key).ToString();

    // The bound's totals, kept in the live state so that no decision lists the compensations.
    private void Count(ApprovedCompensation approved)
    {
        compensationCount++;
        approvedPoints += approved.Action.Points;
        if (approved.Action.Kind == CompensationKind.Coupon)
        {
            approvedCoupons += approved.Action.Value!.Value;
        }
        else if (approved.Action.Kind == CompensationKind.Gift)
        {
            approvedGifts += approved.Action.Value!.Value;
        }
    }

    // The message of the first bound the action would break, or null within every bound.
    private string? OverBound(CompensationAction action)
    {
        var bound = CompensationBound;
        switch (action.Kind)
        {
            case CompensationKind.PointsCredit:
                var points = action.Points + approvedPoints;
                return points > bound.MaxPoints ? $"{points} in all would exceed the {bound.MaxPoints} allowed at {Level} for this customer." : null;
            case CompensationKind.Coupon or CompensationKind.Gift:
                var total = action.Value!.Value + (action.Kind == CompensationKind.Coupon ? approvedCoupons : approvedGifts);
                var max = action.Kind == CompensationKind.Coupon ? bound.MaxCouponValue : bound.MaxGiftValue;
                return total > max ? $"{action.Kind} value of {total} in all would exceed the {max} allowed at {Level} for this customer." : null;
            default:
                return null;
        }
    }
}
