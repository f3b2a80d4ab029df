namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>Keeps feedback profiles in memory, thread-safe, with optimistic concurrency: the zero-configuration default.</summary>
public sealed class InMemoryFeedbackProfileRepository : IFeedbackProfileRepository
{
    private readonly InMemorySnapshotStore<PartyId, FeedbackProfileSnapshot> store = new("feedback profile");
    private readonly FeedbackPolicy policy;

    /// <summary>Creates an empty store for profiles counted under <paramref name="policy"/>.</summary>
    /// <param name="policy">The rules profiles are rebuilt with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public InMemoryFeedbackProfileRepository(FeedbackPolicy policy) => this.policy = Guard.Against.Null(policy);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public Task<FeedbackProfile?> FindAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        return store.FindAsync(party, snapshot => FeedbackProfile.FromSnapshot(snapshot, policy), cancellationToken);
    }

    /// <inheritdoc/>
    public Task SaveAsync(FeedbackProfile profile, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(profile);
        return store.SaveAsync(profile.Party, profile.ToSnapshot, profile.Version, expectedVersion, cancellationToken);
    }
}
