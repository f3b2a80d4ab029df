namespace RetailCrm.Persistence;

using RetailCrm.Primitives;

/// <summary>
/// Thrown when an idempotency key already used for one command arrives with a different command:
/// replaying must repeat the same request, so a clash means two operations share a key by mistake.
/// </summary>
public sealed class IdempotencyKeyReusedException : RetailCrmException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The reused key.</param>
    /// <param name="firstCommand">A description of the command first recorded under the key.</param>
    /// <param name="newCommand">A description of the command that arrived with it now.</param>
    public IdempotencyKeyReusedException(IdempotencyKey key, string firstCommand, string newCommand)
        : base($"Idempotency key '{key}' was used for '{firstCommand}' and cannot be reused for '{newCommand}'.")
    {
        Key = key;
    }

    /// <summary>The reused key.</summary>
    public IdempotencyKey Key { get; }
}
