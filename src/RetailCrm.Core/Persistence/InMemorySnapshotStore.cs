namespace RetailCrm.Persistence;

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
}
