namespace RetailCrm.Testing;

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>One step of a generated membership scenario: a command on a <see cref="MembershipAccount"/> at an instant.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="At">When it happens: the order's payment, the refund, the points' earning, the evaluation or the assignment's start.</param>
public sealed record MembershipStep(MembershipStepKind Kind, Instant At)
{
    /// <summary>The order id, refund id, points idempotency key or assignment reason; empty for the other kinds.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>For a refund, the refunded order's id.</summary>
    public string? RefundedOrder { get; init; }

    /// <summary>For an order its qualifying spend; for a refund the amount refunded; for points spent, their value.</summary>
    public Money? Amount { get; init; }

    /// <summary>For points earned or spent, how many (negative for a clawback).</summary>
    public Points Points { get; init; }

    /// <summary>For points earned, when they are confirmed.</summary>
    public Instant? ConfirmedAt { get; init; }

    /// <summary>For an assignment, the tier.</summary>
    /// <exception cref="ArgumentException">The tier is a <c>default</c> identifier.</exception>
    public TierId? Tier
    {
        get;

        // RetailCrm.Core's identifier guard is internal; this is the same check.
        init => field = value is { } tier && tier == default ? throw new ArgumentException("The tier is required; the default TierId names nothing.", nameof(Tier)) : value;
    }

    /// <summary>For an assignment, when it ends; <see langword="null"/> for no end.</summary>
    public Instant? Until { get; init; }

    /// <summary>Whether the step repeats an earlier command with the same figures.</summary>
    public bool IsReplay { get; init; }

    /// <summary>Applies the step to an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The result, or <see langword="null"/> for <see cref="MembershipStepKind.SpendPoints"/>, which records nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public MembershipResult? ApplyTo(MembershipAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Kind switch
        {
            MembershipStepKind.Order => account.RecordOrder(new OrderId(Reference), Amount!.Value, At),
            MembershipStepKind.Refund => account.RecordRefund(new RefundId(Reference), new OrderId(RefundedOrder!), Amount!.Value, At),
            MembershipStepKind.Points => account.RecordPoints(new IdempotencyKey(Reference), Points, At, ConfirmedAt ?? At),
            MembershipStepKind.Evaluate => account.Evaluate(At),
            MembershipStepKind.Assign => account.Assign(new IdempotencyKey("assign:" + Reference), Tier!.Value, At, Until, Reference),
            _ => null,
        };
    }

    /// <summary>A short description for counterexamples, e.g. "2026-03-01T04:00:00Z order o3 CNY 250.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var at = InstantPattern.General.Format(At);
        var text = Kind switch
        {
            MembershipStepKind.Order => $"order {Reference} {Amount}",
            MembershipStepKind.Refund => $"refund {Reference} of {RefundedOrder} {Amount}",
            MembershipStepKind.Points => $"points {Reference} {Points} confirmed {(ConfirmedAt is { } c ? InstantPattern.General.Format(c) : "at once")}",
            MembershipStepKind.Evaluate => "evaluate",
            MembershipStepKind.Assign => $"assign {Tier} until {(Until is { } u ? InstantPattern.General.Format(u) : "no end")}",
            _ => $"spend {Points} worth {Amount}",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{at} {text}{(IsReplay ? " (replay)" : string.Empty)}");
    }
}
