namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// The first outcome of a command, kept under its idempotency key so that a replay returns it
/// and changes nothing: a keyed record (customer, key), loaded only for the key a command carries.
/// </summary>
/// <param name="Key">The command's idempotency key.</param>
/// <param name="Content">
/// The command's canonical content (<see cref="PointsCommand.ToCanonicalString"/>): the same key
/// again is a replay only for a command with the same content; any other throws
/// <see cref="Persistence.IdempotencyKeyReusedException"/>.
/// </param>
/// <param name="Reason">Why it was rejected, or null when it succeeded.</param>
/// <param name="Message">The rejection's message, if it was rejected.</param>
/// <param name="Change">The change it made to the balance.</param>
/// <param name="Value">For a redemption, the money value of the points spent.</param>
/// <param name="Entries">The ledger entries it wrote, returned again by a replay without reading the ledger.</param>
public sealed record ProcessedCommand(
    IdempotencyKey Key,
    string Content,
    PointsRejectionReason? Reason,
    string? Message,
    Points Change,
    Money? Value,
    IReadOnlyList<PointsEntry> Entries)
{
    /// <summary>The command's idempotency key.</summary>
    public IdempotencyKey Key { get; init => field = IdArgument.Require(value, nameof(Key)); } = IdArgument.Require(Key, nameof(Key));

    /// <summary>The ledger entries it wrote, returned again by a replay without reading the ledger.</summary>
    public IReadOnlyList<PointsEntry> Entries { get; init => field = value ?? []; } = Entries ?? [];

    /// <summary>Whether <paramref name="other"/> is the same record, entries compared element by element.</summary>
    /// <param name="other">The other record.</param>
    /// <returns><c>true</c> when every field is equal.</returns>
    public bool Equals(ProcessedCommand? other) =>
        other is not null && Key == other.Key && string.Equals(Content, other.Content, StringComparison.Ordinal) && Reason == other.Reason
        && string.Equals(Message, other.Message, StringComparison.Ordinal) && Change == other.Change && Value == other.Value && Entries.SequenceEqual(other.Entries);

    /// <summary>A hash over the fields compared by <see cref="Equals(ProcessedCommand?)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Key, Content, Reason, Change, Entries.Count);
}
