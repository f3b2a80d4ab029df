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

    internal FeedbackEntry(CompletedTrade trade, FeedbackRole role, PartyId counterpart, Instant windowClosesAt, YearMonth month, int period)
    {
        Trade = trade;
        Role = role;
        Counterpart = counterpart;
        WindowClosesAt = windowClosesAt;
        Month = month;
        Period = period;
    }

    /// <summary>The trade.</summary>
    public CompletedTrade Trade { get; }

    /// <summary>The profile owner's role in the trade.</summary>
    public FeedbackRole Role { get; }

    /// <summary>The other party, who gives the rating.</summary>
    public PartyId Counterpart { get; }

    /// <summary>When the rating window closes (the trade's completion plus the policy's window).</summary>
    public Instant WindowClosesAt { get; }

    /// <summary>The calendar month of the trade's creation in the marketplace's zone, the period of the pair cap.</summary>
    public YearMonth Month { get; }

    /// <summary>The same-item period of the month the trade was created in (0 for days 1-14 by default, 1 for 15-28, 2 for 29-31).</summary>
    public int Period { get; }

    /// <summary>The rating received, or <see langword="null"/> while none is given.</summary>
    public FeedbackRating? Rating { get; private set; }

    /// <summary>The replies to the rating, in the order added.</summary>
    public IReadOnlyList<FeedbackReply> Replies => replies;

    /// <summary>The fraud flag, if the rating was found fraudulent.</summary>
    public FraudFlag? Fraud { get; private set; }

    /// <summary>How the rating counts, or <see langword="null"/> while there is none.</summary>
    public CountDecision? Decision { get; internal set; }

    // Counting state kept by the role's FeedbackCredit: whether the entry is among its
    // same-item period's eligible ratings, and whether it is the counted one of its value there.
    internal bool InPeriod { get; set; }

    internal bool IsCandidate { get; set; }

    internal void Rate(FeedbackRating rating) => Rating = rating;

    internal void Flag(FraudFlag flag) => Fraud = flag;

    internal void AddReply(FeedbackReply reply) => replies.Add(reply);

    /// <summary>The trade and its rating.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Trade.Id} ({Role} to {Counterpart}): {Rating?.Value.ToString() ?? "not rated"}";
}
