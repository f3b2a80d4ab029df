namespace RetailCrm.Persistence;

/// <summary>
/// Load, act, save with the version loaded; on a <see cref="ConcurrencyConflictException"/> load the
/// other writer's state and act again: the one retry loop behind every application service.
/// </summary>
internal static class OptimisticRetry
{
    /// <summary>Runs <paramref name="act"/> on a freshly loaded aggregate until its save succeeds or <paramref name="maxAttempts"/> are used.</summary>
    /// <remarks>Nothing is saved when the act leaves the version unchanged (a rejection or a replay).</remarks>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static async Task<TResult> RunAsync<TAggregate, TResult>(
        Func<CancellationToken, Task<TAggregate>> load,
        Func<TAggregate, long> versionOf,
        Func<TAggregate, TResult> act,
        Func<TAggregate, long, CancellationToken, Task> save,
        int maxAttempts,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var aggregate = await load(cancellationToken).ConfigureAwait(false);
            var loadedVersion = versionOf(aggregate);
            var result = act(aggregate);
            if (versionOf(aggregate) == loadedVersion)
            {
                return result;
            }

            try
            {
                await save(aggregate, loadedVersion, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                // Another writer saved first: load its state and act again on it.
            }
        }
    }
}
