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
    public static Task<TResult> RunAsync<TAggregate, TResult>(
        Func<CancellationToken, Task<TAggregate>> load,
        Func<TAggregate, long> versionOf,
        Func<TAggregate, TResult> act,
        Func<TAggregate, long, CancellationToken, Task> save,
        int maxAttempts,
        CancellationToken cancellationToken) =>
        RunAsync(
            async ct =>
            {
                var aggregate = await load(ct).ConfigureAwait(false);
                var loadedVersion = versionOf(aggregate);
                var result = act(aggregate);
                if (versionOf(aggregate) != loadedVersion)
                {
                    await save(aggregate, loadedVersion, ct).ConfigureAwait(false);
                }

                return result;
            },
            maxAttempts,
            cancellationToken);

    /// <summary>
    /// Runs one attempt (load, execute, commit) until it completes without losing to another writer
    /// or <paramref name="maxAttempts"/> are used: the one retry loop every service shares.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static async Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>> attempt, int maxAttempts, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (tries < maxAttempts)
            {
                // Another writer committed first: load its state and execute again on it.
            }
        }
    }
    /// <summary>
    /// Runs <paramref name="attempt"/> (load what the command names and decide on it, giving the
    /// result and what to commit, or no commit for a rejection that writes nothing or a replay) in
    /// the one loop above, committing each attempt's decision before it counts as done.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static Task<TResult> RunAsync<TResult>(
        Func<CancellationToken, Task<(TResult Result, Func<CancellationToken, Task>? Commit)>> attempt,
        int maxAttempts,
        CancellationToken cancellationToken) =>
        RunAsync(
            async ct =>
            {
                var (result, commit) = await attempt(ct).ConfigureAwait(false);
                if (commit is not null)
                {
                    await commit(ct).ConfigureAwait(false);
                }

                return result;
            },
            maxAttempts,
            cancellationToken);
    /// <summary>
    /// Loads, executes (purely, on what was loaded) and commits the decision, in the one loop above,
    /// until the commit succeeds or <paramref name="maxAttempts"/> are used.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Every attempt lost to another writer.</exception>
    public static Task<TResult> RunAsync<TLoaded, TDecision, TResult>(
        Func<CancellationToken, Task<TLoaded>> load,
        Func<TLoaded, TDecision> execute,
        Func<TDecision, CancellationToken, Task<TResult>> commit,
        int maxAttempts,
        CancellationToken cancellationToken) =>
        RunAsync(
            async ct =>
            {
                var loaded = await load(ct).ConfigureAwait(false);
                return await commit(execute(loaded), ct).ConfigureAwait(false);
            },
            maxAttempts,
            cancellationToken);
}
