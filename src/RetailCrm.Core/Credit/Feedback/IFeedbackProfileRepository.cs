namespace RetailCrm.Credit;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Where feedback profiles are kept: the in-memory store by default, a database adapter, or the marketplace's own store.</summary>
public interface IFeedbackProfileRepository
{
    /// <summary>Finds the profile of <paramref name="party"/>.</summary>
    /// <param name="party">The party.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The profile, or <see langword="null"/> when the party has none yet.</returns>
    Task<FeedbackProfile?> FindAsync(PartyId party, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="profile"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="profile">The changed profile.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new profile).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the profile first.</exception>
    Task SaveAsync(FeedbackProfile profile, long expectedVersion, CancellationToken cancellationToken = default);
}
