namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// The outcome of a points command: whether it succeeded or why not, the change to the balance,
/// and the ledger entries it wrote. A replay under the same idempotency key returns the same
/// outcome with <see cref="IsReplay"/> set.
/// </summary>
public sealed record PointsResult
{
    internal PointsResult(IdempotencyKey? key, Rejection<PointsRejectionReason>? rejection, Points change, Money? value, IReadOnlyList<PointsEntry> entries, bool isReplay)
    {
        Key = key;
        Rejection = rejection;
        Change = change;
        Value = value;
        Entries = entries;
        IsReplay = isReplay;
    }

    /// <summary>The idempotency key of the command, or null for expiry.</summary>
    public IdempotencyKey? Key { get; }

    /// <summary>Whether the command did what was asked.</summary>
    public bool Succeeded => Rejection is null;

    /// <summary>Why it did not, or null when it succeeded.</summary>
    public Rejection<PointsRejectionReason>? Rejection { get; }

    /// <summary>The machine-readable reason it did not succeed, or null.</summary>
    public PointsRejectionReason? Reason => Rejection?.Reason;

    /// <summary>The change to the balance (zero when rejected).</summary>
    public Points Change { get; }

    /// <summary>For a redemption, what the points paid in money; otherwise null.</summary>
    public Money? Value { get; }

    /// <summary>The ledger entries the command wrote.</summary>
    public IReadOnlyList<PointsEntry> Entries { get; }

    /// <summary>Whether this outcome was returned for a replayed idempotency key rather than by running the command.</summary>
    public bool IsReplay { get; }

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Succeeded ? $"OK {Change}" : $"Rejected {Rejection}";
}
