namespace RetailCrm.Persistence.InMemory;

/// <summary>
/// A thread-safe map of snapshots with optimistic concurrency: the one mechanism behind every
/// in-memory store. Snapshots are immutable records, so readers never see a half-written state.
/// </summary>
/// <typeparam name="TKey">The aggregate's id.</typeparam>
/// <typeparam name="TSnapshot">The aggregate's snapshot type.</typeparam>
internal sealed class InMemorySnapshotStore<TKey, TSnapshot>
    where TKey : notnull
    where TSnapshot : class
{
    private readonly Dictionary<TKey, (TSnapshot Snapshot, long Version)> items = [];
    private readonly Lock gate = new();
    private readonly string aggregateName;

    public InMemorySnapshotStore(string aggregateName) => this.aggregateName = aggregateName;

    public TSnapshot? Find(TKey key)
    {
        lock (gate)
        {
            return items.TryGetValue(key, out var item) ? item.Snapshot : null;
        }
    }

    /// <summary>Every stored snapshot, copied under the lock, for stores that answer queries across aggregates.</summary>
    public TSnapshot[] Snapshots()
    {
        lock (gate)
        {
            return [.. items.Values.Select(i => i.Snapshot)];
        }
    }

    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public void Save(TKey key, TSnapshot snapshot, long version, long expectedVersion)
    {
        lock (gate)
        {
            long? actual = items.TryGetValue(key, out var item) ? item.Version : null;
            if ((actual ?? 0) != expectedVersion)
            {
                throw new ConcurrencyConflictException($"{aggregateName} {key}", expectedVersion, actual);
            }

            items[key] = (snapshot, version);
        }
    }

    /// <summary>The stored aggregate for <paramref name="key"/>, rebuilt from its snapshot, as a repository returns it.</summary>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<TAggregate?> FindAsync<TAggregate>(TKey key, Func<TSnapshot, TAggregate> rebuild, CancellationToken cancellationToken)
        where TAggregate : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = Find(key);
        return Task.FromResult(snapshot is null ? null : rebuild(snapshot));
    }

    /// <summary>Saves an aggregate at <paramref name="version"/> if the store still holds <paramref name="expectedVersion"/>, as a repository does.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative or above <paramref name="version"/>.</exception>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public Task SaveAsync(TKey key, Func<TSnapshot> snapshot, long version, long expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion < 0 || expectedVersion > version)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, $"The expected version is between 0 and the aggregate's version {version}.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        Save(key, snapshot(), version, expectedVersion);
        return Task.CompletedTask;
    }
}
