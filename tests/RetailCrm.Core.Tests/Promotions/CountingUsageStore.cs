namespace RetailCrm.Tests.Promotions;

using RetailCrm.Persistence;
using RetailCrm.Promotions;

/// <summary>
/// A usage store that counts what passes through it: loads, commits, commits refused by a limit and
/// commits that lost on a keyed record (<see cref="ConcurrencyConflictException"/>). Optionally runs
/// something just before a commit reaches the store, to let another writer in between.
/// </summary>
internal sealed class CountingUsageStore(IPromotionUsageStore inner, Func<Task>? beforeCommit = null) : IPromotionUsageStore
{
    private int loads;
    private int commits;
    private int refusals;
    private int conflicts;

    public int Loads => Volatile.Read(ref loads);

    public int Commits => Volatile.Read(ref commits);

    public int Refusals => Volatile.Read(ref refusals);

    public int Conflicts => Volatile.Read(ref conflicts);

    public Task<LoadedPromotionUsage> LoadAsync(PromotionUsageKeys keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref loads);
        return inner.LoadAsync(keys, cancellationToken);
    }

    public async Task<UsageCommitResult> CommitAsync(PromotionUsageChange change, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref commits);
        if (beforeCommit is { } hook)
        {
            beforeCommit = null;
            await hook();
        }

        try
        {
            var result = await inner.CommitAsync(change, cancellationToken);
            if (!result.Succeeded)
            {
                Interlocked.Increment(ref refusals);
            }

            return result;
        }
        catch (ConcurrencyConflictException)
        {
            Interlocked.Increment(ref conflicts);
            throw;
        }
    }

    public Task<IReadOnlyList<PromotionUsageEntry>> ReadHistoryAsync(PromotionId promotion, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadHistoryAsync(promotion, afterSequence, maxCount, cancellationToken);
}
