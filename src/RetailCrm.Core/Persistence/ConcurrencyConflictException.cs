namespace RetailCrm.Persistence;

/// <summary>
/// Thrown by a repository when a write is stale: the aggregate was changed and saved by someone
/// else since it was loaded. Load it again and retry the command; the application services do
/// so a bounded number of times.
/// </summary>
public sealed class ConcurrencyConflictException : RetailCrmException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="aggregate">What was written, e.g. "points account c-42".</param>
    /// <param name="expectedVersion">The version the writer loaded.</param>
    /// <param name="actualVersion">The version the store holds, or null when it holds none.</param>
    public ConcurrencyConflictException(string aggregate, long expectedVersion, long? actualVersion)
        : base($"The {aggregate} was changed by another writer: expected version {expectedVersion}, "
               + $"the store has {(actualVersion is { } v ? "version " + v : "nothing")}.")
    {
        Aggregate = aggregate;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>What was written.</summary>
    public string Aggregate { get; }

    /// <summary>The version the writer loaded and expected to replace.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version the store holds, or null when it holds none.</summary>
    public long? ActualVersion { get; }
}
