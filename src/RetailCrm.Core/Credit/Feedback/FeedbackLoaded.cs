namespace RetailCrm.Credit;

/// <summary>
/// What the store loads for one feedback command: the party's live state and exactly the keyed
/// records the command named. Its size depends on what the command names, never on the history.
/// </summary>
/// <param name="Live">The live state, or <see langword="null"/> when the party has no profile yet.</param>
/// <param name="Records">The keyed records loaded, by sequence, each once.</param>
public sealed record FeedbackLoaded(FeedbackProfileState? Live, IReadOnlyList<FeedbackEntryRecord> Records)
{
    /// <summary>The keyed records loaded, by sequence, each once.</summary>
    public IReadOnlyList<FeedbackEntryRecord> Records { get; init => field = value ?? throw new ArgumentNullException(nameof(Records)); } = Records ?? throw new ArgumentNullException(nameof(Records));
}
