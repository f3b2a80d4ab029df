namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One trade of a party's profile as the store keeps it: a keyed record found by (party, trade),
/// with the rating the party received on it, the replies, a fraud flag, how the rating counts and
/// where it sits for the counting rules (its same-item group and the month of the pair cap).
/// </summary>
/// <remarks>
/// A store finds it by (party, trade id), by (party, role, counterpart, month) for the counting
/// rules, by (party, due instant) while it awaits a rating, and by (party, sequence) for the
/// profile's paged entry list.
/// </remarks>
/// <exception cref="ArgumentException"><paramref name="Party"/>, <paramref name="Counterpart"/> or a non-null <paramref name="SameItemGroup"/> is <c>default</c>.</exception>
/// <exception cref="ArgumentNullException"><paramref name="Trade"/> or <paramref name="Replies"/> is null.</exception>
/// <param name="Party">The profile's owner.</param>
/// <param name="Sequence">The entry's place in the profile: 1 for the first trade recorded.</param>
/// <param name="Trade">The trade.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Counterpart">The other party, who gives the rating.</param>
/// <param name="WindowClosesAt">When the rating window closes.</param>
/// <param name="Month">The month of the pair cap (see <see cref="FeedbackEntry.Month"/>).</param>
/// <param name="SameItemGroup">The first trade of the entry's same-item group, or <see langword="null"/> for a trade not scored.</param>
/// <param name="Rating">The rating received, or <see langword="null"/>.</param>
/// <param name="Replies">The replies to the rating, in the order added (at most one per author).</param>
/// <param name="Fraud">The fraud flag, or <see langword="null"/>.</param>
/// <param name="Decision">How the rating counts, or <see langword="null"/> while there is none.</param>
/// <param name="AwaitingRating">Whether the trade still waits for a rating: its window has not been closed.</param>
public sealed record FeedbackEntryRecord(
    PartyId Party,
    long Sequence,
    CompletedTrade Trade,
    FeedbackRole Role,
    PartyId Counterpart,
    Instant WindowClosesAt,
    YearMonth Month,
    OrderId? SameItemGroup,
    FeedbackRating? Rating,
    IReadOnlyList<FeedbackReply> Replies,
    FraudFlag? Fraud,
    CountDecision? Decision,
    bool AwaitingRating)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The first trade of the entry's same-item group, or <see langword="null"/> for a trade not scored.</summary>
    public OrderId? SameItemGroup { get; init => field = IdArgument.Require(value, nameof(SameItemGroup)); } = IdArgument.Require(SameItemGroup, nameof(SameItemGroup));

    /// <summary>The other party, who gives the rating.</summary>
    public PartyId Counterpart { get; init => field = IdArgument.Require(value, nameof(Counterpart)); } = IdArgument.Require(Counterpart, nameof(Counterpart));

    /// <summary>The trade.</summary>
    public CompletedTrade Trade { get; init => field = value ?? throw new ArgumentNullException(nameof(Trade)); } = Trade ?? throw new ArgumentNullException(nameof(Trade));

    /// <summary>The replies to the rating, in the order added (at most one per author).</summary>
    public IReadOnlyList<FeedbackReply> Replies { get; init => field = value ?? throw new ArgumentNullException(nameof(Replies)); } = Replies ?? throw new ArgumentNullException(nameof(Replies));

    /// <summary>The trade id: the record's key within the party.</summary>
    public OrderId TradeId => Trade.Id;

    /// <summary>Whether two records hold the same values, the replies compared item by item.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FeedbackEntryRecord? other) =>
        other is not null
        && Party == other.Party && Sequence == other.Sequence && Trade == other.Trade && Role == other.Role
        && Counterpart == other.Counterpart && WindowClosesAt == other.WindowClosesAt && Month == other.Month
        && SameItemGroup == other.SameItemGroup && Rating == other.Rating && Replies.SequenceEqual(other.Replies)
        && Fraud == other.Fraud && Decision == other.Decision && AwaitingRating == other.AwaitingRating;

    /// <summary>A hash of the key.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Party, Trade.Id);
}
