namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One trade in a party's feedback profile: the trade, the party's role in it, the rating the
/// party received on it (once given, never changed), the replies, a fraud flag, and how the
/// rating counts towards the credit score.
/// </summary>
/// <remarks>Owned by its <see cref="FeedbackProfile"/>: only the profile's commands change it.</remarks>
public sealed class FeedbackEntry
{
    private readonly List<FeedbackReply> replies = [];

    internal FeedbackEntry(CompletedTrade trade, FeedbackRole role, PartyId counterpart, Instant windowClosesAt, YearMonth month)
    {
        Trade = trade;
        Role = role;
        Counterpart = counterpart;
        WindowClosesAt = windowClosesAt;
        Month = month;
    }

    /// <summary>The trade.</summary>
    public CompletedTrade Trade { get; }

    /// <summary>The profile owner's role in the trade.</summary>
    public FeedbackRole Role { get; }

    /// <summary>The other party, who gives the rating.</summary>
    public PartyId Counterpart { get; }

    /// <summary>When the rating window closes (the trade's completion plus the policy's window).</summary>
    public Instant WindowClosesAt { get; }

    /// <summary>
    /// The calendar month of the pair cap, in the marketplace's zone: the creation month of the
    /// first trade of the entry's same-item group, which is the trade's own creation month unless
    /// its group began in an earlier month (a trade not scored: its own creation month).
    /// </summary>
    public YearMonth Month { get; internal set; }

    /// <summary>
    /// The first trade of the entry's same-item group: the pair's trades of the item, in creation
    /// order, each group holding the trades created less than the policy's same-item days after
    /// its first. The trade itself when it begins a group; <see langword="null"/> for a trade not
    /// scored. Recording a trade created before trades already recorded can change it.
    /// </summary>
    public OrderId? SameItemGroup => GroupFirst?.Trade.Id;

    /// <summary>The rating received, or <see langword="null"/> while none is given.</summary>
    public FeedbackRating? Rating { get; private set; }

    /// <summary>The replies to the rating, in the order added.</summary>
    public IReadOnlyList<FeedbackReply> Replies => replies;

    /// <summary>The fraud flag, if the rating was found fraudulent.</summary>
    public FraudFlag? Fraud { get; private set; }

    /// <summary>How the rating counts, or <see langword="null"/> while there is none.</summary>
    public CountDecision? Decision { get; internal set; }

    // Counting state kept by the role's FeedbackCredit: the first trade of the entry's same-item
    // group, whether the entry is among its group's eligible ratings, and whether it is the
    // counted one of its value there.
    internal FeedbackEntry? GroupFirst { get; set; }

    internal bool InGroup { get; set; }

    internal bool IsCandidate { get; set; }

    internal void Rate(FeedbackRating rating) => Rating = rating;

    internal void Flag(FraudFlag flag) => Fraud = flag;

    internal void AddReply(FeedbackReply reply) => replies.Add(reply);

    /// <summary>The trade and its rating.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Trade.Id} ({Role} to {Counterpart}): {Rating?.Value.ToString() ?? "not rated"}";
}
