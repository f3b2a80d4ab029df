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
    /// <param name="firstCommand">What the command first recorded under the key asked (its canonical content where the library keeps one).</param>
    /// <param name="newCommand">What the command that arrived with it now asks, in the same form.</param>
    public IdempotencyKeyReusedException(IdempotencyKey key, string firstCommand, string newCommand)
        : base($"Idempotency key '{key}' was used for '{firstCommand}' and cannot be reused for '{newCommand}'.")
    {
        Key = key;
        FirstCommand = firstCommand;
        NewCommand = newCommand;
    }

    /// <summary>The reused key.</summary>
    public IdempotencyKey Key { get; }

    /// <summary>What the command first recorded under the key asked.</summary>
    public string FirstCommand { get; }

    /// <summary>What the command that arrived with the key now asks.</summary>
    public string NewCommand { get; }
}
