namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// The first outcome of a command, kept under its idempotency key so that a replay returns it
/// and changes nothing. Its entries are the ledger entries that carry the same key.
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
public sealed record ProcessedCommand(
    IdempotencyKey Key,
    string Content,
    PointsRejectionReason? Reason,
    string? Message,
    Points Change,
    Money? Value)
{
    /// <summary>The command's idempotency key.</summary>
    public IdempotencyKey Key { get; init => field = IdArgument.Require(value, nameof(Key)); } = IdArgument.Require(Key, nameof(Key));
}
