namespace RetailCrm.Persistence;

/// <summary>
/// Load, execute, commit; on a <see cref="ConcurrencyConflictException"/> load what the other writer
/// stored and execute again: the one retry loop behind every application service.
/// </summary>
internal static class OptimisticRetry
{
    /// <summary>
    /// Loads, executes (purely, on what was loaded) and commits the decision until the commit succeeds
    /// or <paramref name="maxAttempts"/> are used.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static async Task<TResult> RunAsync<TLoaded, TDecision, TResult>(
        Func<CancellationToken, Task<TLoaded>> load,
        Func<TLoaded, TDecision> execute,
        Func<TDecision, CancellationToken, Task<TResult>> commit,
        int maxAttempts,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await load(cancellationToken).ConfigureAwait(false);
            var decision = execute(loaded);
            try
            {
                return await commit(decision, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                // Another writer committed first: load what it stored and execute again on it.
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
        RunAsync(
            load,
            aggregate =>
            {
                var loadedVersion = versionOf(aggregate);
                return (Aggregate: aggregate, LoadedVersion: loadedVersion, Result: act(aggregate));
            },
            async (decision, ct) =>
            {
                if (versionOf(decision.Aggregate) != decision.LoadedVersion)
                {
                    await save(decision.Aggregate, decision.LoadedVersion, ct).ConfigureAwait(false);
                }

                return decision.Result;
            },
            maxAttempts,
            cancellationToken);
}
