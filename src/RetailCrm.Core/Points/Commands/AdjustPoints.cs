namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// A manual credit or debit with a reason, e.g. service compensation. A credit is a new lot,
/// spendable at once and expiring by the policy; a debit takes available points, earliest-expiring first.
/// </summary>
public sealed record AdjustPoints : PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="change">Positive to credit, negative to debit; not zero.</param>
    /// <param name="reason">Why, for the statement, e.g. "compensation for late delivery".</param>
    /// <exception cref="ArgumentException"><paramref name="change"/> is zero or <paramref name="reason"/> is blank.</exception>
    public AdjustPoints(IdempotencyKey key, Points change, string reason)
        : base(key)
    {
        Guard.Against.Zero(change.Value, nameof(change));
        Change = change;
        Reason = Guard.Against.NullOrWhiteSpace(reason);
    }

    /// <summary>The credit (positive) or debit (negative).</summary>
    public Points Change { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override PointsKeys Touches() => new(Key, null, null, null);

    /// <inheritdoc />
    public override string Describe() => $"adjust {Change.Value} ({Reason})";

    /// <inheritdoc />
    public override string ToCanonicalString() => CanonicalContent.Of("adjust").Add("change", Change).Add("reason", Reason).ToString();
}
