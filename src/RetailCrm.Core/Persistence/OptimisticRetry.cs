namespace RetailCrm.Persistence;

/// <summary>
/// Load, execute, commit with the version loaded; on a <see cref="ConcurrencyConflictException"/>
/// load the other writer's state and execute again: the one retry loop behind every application service.
/// </summary>
internal static class OptimisticRetry
{
    /// <summary>
    /// Runs <paramref name="attempt"/> (load what the command names and decide on it, giving the
    /// result and what to commit, or no commit for a rejection that writes nothing or a replay) until
    /// its commit succeeds or <paramref name="maxAttempts"/> are used.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static async Task<TResult> RunAsync<TResult>(
        Func<CancellationToken, Task<(TResult Result, Func<CancellationToken, Task>? Commit)>> attempt,
        int maxAttempts,
        CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            var (result, commit) = await attempt(cancellationToken).ConfigureAwait(false);
            if (commit is null)
            {
                return result;
            }

            try
            {
                await commit(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (ConcurrencyConflictException) when (n < maxAttempts)
            {
                // Another writer committed first: load its state and decide again on it.
            }
        }
    }

    /// <summary>Runs <paramref name="act"/> on a freshly loaded aggregate until its save succeeds or <paramref name="maxAttempts"/> are used.</summary>
    /// <remarks>Nothing is saved when the act leaves the version unchanged (a rejection or a replay).</remarks>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static Task<TResult> RunAsync<TAggregate, TResult>(
        Func<CancellationToken, Task<TAggregate>> load,
        Func<TAggregate, long> versionOf,
        Func<TAggregate, TResult> act,
        Func<TAggregate, long, CancellationToken, Task> save,
        int maxAttempts,
        CancellationToken cancellationToken) =>
        RunAsync<TResult>(
            async ct =>
            {
                var aggregate = await load(ct).ConfigureAwait(false);
                var loadedVersion = versionOf(aggregate);
                var result = act(aggregate);
                return versionOf(aggregate) == loadedVersion ? (result, null) : (result, c => save(aggregate, loadedVersion, c));
            },
            maxAttempts,
            cancellationToken);
}
