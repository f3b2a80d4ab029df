namespace RetailCrm.Credit;

using RetailCrm.Persistence;

/// <summary>
/// What one feedback command writes to one party's profile, applied atomically by the store (with
/// other change sets of the same operation): the live state, checked against the version it was
/// read at; the keyed entry records inserted or changed; the facts appended to the history; and
/// the domain events, which go to the outbox in the same commit.
/// </summary>
/// <remarks>
/// In SQL: one <c>UPDATE ... WHERE version = @ExpectedVersion</c> (or an <c>INSERT</c> at version 0)
/// for the live state, one upsert per entry record, and <c>INSERT</c>s for the history rows and events.
/// </remarks>
/// <param name="ExpectedVersion">The live state's version when it was read (0 for a new profile).</param>
/// <param name="Live">The live state to write, at <paramref name="ExpectedVersion"/> + 1.</param>
/// <param name="Entries">The entry records inserted or changed, keyed by (party, trade).</param>
/// <param name="Trades">The trades recorded (history).</param>
/// <param name="Ratings">The ratings received (history), default ratings included.</param>
/// <param name="Replies">The replies added (history).</param>
/// <param name="Flags">The fraud flags (history).</param>
/// <param name="Events">The domain events raised, in order.</param>
public sealed record FeedbackChangeSet(
    long ExpectedVersion,
    FeedbackProfileState Live,
    IReadOnlyList<FeedbackEntryRecord> Entries,
    IReadOnlyList<CompletedTrade> Trades,
    IReadOnlyList<FeedbackRating> Ratings,
    IReadOnlyList<FeedbackReply> Replies,
    IReadOnlyList<FraudFlag> Flags,
    IReadOnlyList<DomainEvent> Events)
{
    /// <summary>The live state to write, at <see cref="ExpectedVersion"/> + 1.</summary>
    public FeedbackProfileState Live { get; init => field = value ?? throw new ArgumentNullException(nameof(Live)); } = Live ?? throw new ArgumentNullException(nameof(Live));

    /// <summary>The entry records inserted or changed, keyed by (party, trade).</summary>
    public IReadOnlyList<FeedbackEntryRecord> Entries { get; init => field = value ?? throw new ArgumentNullException(nameof(Entries)); } = Entries ?? throw new ArgumentNullException(nameof(Entries));

    /// <summary>The trades recorded.</summary>
    public IReadOnlyList<CompletedTrade> Trades { get; init => field = value ?? throw new ArgumentNullException(nameof(Trades)); } = Trades ?? throw new ArgumentNullException(nameof(Trades));

    /// <summary>The ratings received.</summary>
    public IReadOnlyList<FeedbackRating> Ratings { get; init => field = value ?? throw new ArgumentNullException(nameof(Ratings)); } = Ratings ?? throw new ArgumentNullException(nameof(Ratings));

    /// <summary>The replies added.</summary>
    public IReadOnlyList<FeedbackReply> Replies { get; init => field = value ?? throw new ArgumentNullException(nameof(Replies)); } = Replies ?? throw new ArgumentNullException(nameof(Replies));

    /// <summary>The fraud flags.</summary>
    public IReadOnlyList<FraudFlag> Flags { get; init => field = value ?? throw new ArgumentNullException(nameof(Flags)); } = Flags ?? throw new ArgumentNullException(nameof(Flags));

    /// <summary>The domain events raised, in order.</summary>
    public IReadOnlyList<DomainEvent> Events { get; init => field = value ?? throw new ArgumentNullException(nameof(Events)); } = Events ?? throw new ArgumentNullException(nameof(Events));
}
