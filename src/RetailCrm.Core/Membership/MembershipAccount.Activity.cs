namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class MembershipAccount
{
    /// <summary>Records a paid order's qualifying spend, then evaluates at <paramref name="paidAt"/>: the member is upgraded at once if it qualifies them.</summary>
    /// <param name="order">The order; recording it again changes nothing.</param>
    /// <param name="spend">Its qualifying spend (what was paid, after discounts), rounded, positive, in the ladder's currency.</param>
    /// <param name="paidAt">When it was paid.</param>
    /// <returns>The result, with any upgrade.</returns>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>, or <paramref name="spend"/> is not rounded, not positive or in another currency.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The order was recorded before with other figures.</exception>
    public MembershipResult RecordOrder(OrderId order, Money spend, Instant paidAt)
    {
        IdArgument.Require(order, nameof(order));
        var reference = "order:" + (order.Value.Length > 0 ? order.Value : throw new ArgumentException("The order is required.", nameof(order)));
        MoneyArgument.RoundedPositive(spend, nameof(spend));
        RequireCurrency(spend, nameof(spend));
        var activity = new QualifyingActivity(ActivityKind.Order, reference, paidAt, paidAt, spend, 1, Points.Zero);
        return Record(activity) ?? EvaluateAfter(LatestOf(paidAt), activity);
    }

    /// <summary>
    /// Records a refund: it takes spend back from the window its order counted in (and the order
    /// itself when nothing of it remains). A downgrade waits for the next review, unless the ladder
    /// lets refunds undo the upgrade this very order caused.
    /// </summary>
    /// <param name="refund">The refund; recording it again changes nothing.</param>
    /// <param name="order">The refunded order.</param>
    /// <param name="amount">The amount refunded, rounded, positive, at most what remains of the order.</param>
    /// <param name="at">When it was refunded.</param>
    /// <returns>The result: ignored when the order was never recorded (it never counted).</returns>
    /// <exception cref="ArgumentException">An id is <c>default</c>, or <paramref name="amount"/> is not rounded, not positive or in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is more than remains of the order.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The refund was recorded before with other figures.</exception>
    public MembershipResult RecordRefund(RefundId refund, OrderId order, Money amount, Instant at)
    {
        IdArgument.Require(refund, nameof(refund));
        IdArgument.Require(order, nameof(order));
        var reference = "refund:" + (refund.Value.Length > 0 ? refund.Value : throw new ArgumentException("The refund is required.", nameof(refund)));
        MoneyArgument.RoundedPositive(amount, nameof(amount));
        RequireCurrency(amount, nameof(amount));
        if (byReference.TryGetValue(reference, out var earlier))
        {
            // A refund is the same when it names the same order and amount, whenever it is delivered
            // again: the instant is when it is recorded (the service passes its clock's), not part of it.
            var (first, again) = (RefundContent(refund, earlier.Order, -earlier.Spend), RefundContent(refund, order, amount));
            return string.Equals(first, again, StringComparison.Ordinal)
                ? Unchanged(MembershipOutcome.Replayed)
                : throw new IdempotencyKeyReusedException(new IdempotencyKey(reference), first, again);
        }

        if (!byReference.TryGetValue("order:" + order.Value, out var paid))
        {
            return Unchanged(MembershipOutcome.Ignored);
        }

        var remaining = paid.Spend + activities.Where(a => a.Kind == ActivityKind.Refund && a.Order == order)
            .Aggregate(Money.Zero(Ladder.Currency), (sum, a) => sum + a.Spend);
        if (amount > remaining)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Only {remaining} of the order remains to refund.");
        }

        var activity = new QualifyingActivity(ActivityKind.Refund, reference, paid.At, at, -amount, amount == remaining ? -1 : 0, Points.Zero, order);
        Record(activity);
        var changes = new List<TierChange>();
        Evaluate(LatestOf(at), null, changes);
        UndoUpgradeOf(paid, LatestOf(at), refund.Value, changes);
        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    /// <summary>
    /// Records points earned (or clawed back, when negative). They count towards tiers that ask
    /// for points from <paramref name="confirmedAt"/> on, when they stop being pending, and in the
    /// window of <paramref name="earnedAt"/>. Spending points never counts.
    /// </summary>
    /// <param name="key">The idempotency key, e.g. "o-1001:earn".</param>
    /// <param name="points">The points earned (negative for a clawback), not zero.</param>
    /// <param name="earnedAt">When they were earned.</param>
    /// <param name="confirmedAt">When they are confirmed (the end of the pending period); not before <paramref name="earnedAt"/>.</param>
    /// <returns>The result; points still pending count from the first evaluation at or after <paramref name="confirmedAt"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is zero or <paramref name="confirmedAt"/> is before <paramref name="earnedAt"/>.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used before with other figures.</exception>
    public MembershipResult RecordPoints(IdempotencyKey key, Points points, Instant earnedAt, Instant confirmedAt)
    {
        IdArgument.Require(key, nameof(key));
        var reference = "points:" + (key.Value.Length > 0 ? key.Value : throw new ArgumentException("The key is required.", nameof(key)));
        if (points.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "Record a non-zero number of points.");
        }

        Guard.Against.OutOfRange(confirmedAt, nameof(confirmedAt), earnedAt, Instant.MaxValue);
        var activity = new QualifyingActivity(ActivityKind.Points, reference, earnedAt, confirmedAt, Money.Zero(Ladder.Currency), 0, points);
        return Record(activity) ?? EvaluateAfter(LatestOf(earnedAt), activity);
    }

    // Adds the activity, or returns the replay result when the same activity was recorded before.
    private MembershipResult? Record(QualifyingActivity activity)
    {
        if (byReference.TryGetValue(activity.Reference, out var earlier))
        {
            var (first, again) = (Content(earlier), Content(activity));
            return string.Equals(first, again, StringComparison.Ordinal)
                ? Unchanged(MembershipOutcome.Replayed)
                : throw new IdempotencyKeyReusedException(new IdempotencyKey(activity.Reference), first, again);
        }

        activities.Add(activity);
        byReference.Add(activity.Reference, activity);
        Version++;
        return null;
    }

    private MembershipResult EvaluateAfter(Instant at, QualifyingActivity trigger)
    {
        var changes = new List<TierChange>();
        Evaluate(at, trigger, changes);
        return new MembershipResult(MembershipOutcome.Applied, CurrentTier, changes);
    }

    // Activity recorded out of order is judged with everything recorded so far, never at an instant before it.
    private Instant LatestOf(Instant at)
    {
        foreach (var activity in activities)
        {
            at = Instant.Max(at, activity.At);
        }

        return at;
    }

    private MembershipResult Unchanged(MembershipOutcome outcome) => new(outcome, CurrentTier, []);

    private void RequireCurrency(Money amount, string paramName)
    {
        if (amount.Currency != Ladder.Currency)
        {
            throw new ArgumentException($"The amount {amount} is not in the ladder's currency {Ladder.Currency}.", paramName);
        }
    }

    // Every field of the activity, which holds every figure of the order or points recorded.
    private static string Content(QualifyingActivity activity) =>
        CanonicalContent.Of(activity.Kind.ToString())
            .Add("reference", activity.Reference)
            .Add("at", activity.At)
            .Add("countsFrom", activity.CountsFrom)
            .Add("spend", activity.Spend)
            .Add("orders", activity.Orders)
            .Add("points", activity.Points)
            .Add("order", activity.Order?.Value)
            .ToString();

    private static string RefundContent(RefundId refund, OrderId? order, Money amount) =>
        CanonicalContent.Of("refund").Add("refund", refund.Value).Add("order", order?.Value).Add("amount", amount).ToString();
}
