namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One party's marketplace feedback: the completed trades it took part in, the rating it received
/// on each from the other side (never changed once given), replies, fraud flags, and its credit kept
/// apart per role (<see cref="AsSeller"/> from buyers' ratings, <see cref="AsBuyer"/> from sellers'),
/// each with a score and a level on the policy's ladder.
/// </summary>
/// <remarks>
/// Pure: every command takes the instant it acts at. A rating lives in the profile of the party
/// rated; the service records a trade in both parties' profiles. Commands are idempotent: a
/// trade or rating recorded again is a replay, a different rating on a rated trade is refused.
/// </remarks>
public sealed partial class FeedbackProfile
{
    private readonly Dictionary<OrderId, FeedbackEntry> byTrade = [];
    private readonly List<FeedbackEntry> entries = [];
    private readonly List<FeedbackRating> ratings = [];
    private readonly List<FeedbackReply> replies = [];
    private readonly List<FraudFlag> flags = [];

    // Trades still waiting for a rating; the policy's missing rating closes them.
    private readonly HashSet<FeedbackEntry> open = [];

    private FeedbackProfile(PartyId party, FeedbackPolicy policy)
    {
        Party = party;
        Policy = policy;
        AsSeller = new FeedbackCredit(FeedbackRole.Seller, policy);
        AsBuyer = new FeedbackCredit(FeedbackRole.Buyer, policy);
    }

    /// <summary>The party.</summary>
    public PartyId Party { get; }

    /// <summary>The rules the profile counts by.</summary>
    public FeedbackPolicy Policy { get; }

    /// <summary>The party's seller credit: the ratings buyers gave it.</summary>
    public FeedbackCredit AsSeller { get; }

    /// <summary>The party's buyer credit: the ratings sellers gave it.</summary>
    public FeedbackCredit AsBuyer { get; }

    /// <summary>Increases with every change; the store rejects a save from a stale version.</summary>
    public long Version { get; private set; }

    /// <summary>Every trade recorded, in the order recorded, with its rating and how it counts.</summary>
    public IReadOnlyList<FeedbackEntry> Entries => entries;

    /// <summary>Opens an empty profile.</summary>
    /// <param name="party">The party.</param>
    /// <param name="policy">The rules.</param>
    /// <returns>The profile, version 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static FeedbackProfile Open(PartyId party, FeedbackPolicy policy) =>
        new(
            party.Value.Length > 0 ? party : throw new ArgumentException("The party is required.", nameof(party)),
            Guard.Against.Null(policy));

    /// <summary>The party's credit in <paramref name="role"/>.</summary>
    /// <param name="role">Seller or buyer.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public FeedbackCredit CreditAs(FeedbackRole role) => ArgumentRange.Defined(role) == FeedbackRole.Seller ? AsSeller : AsBuyer;

    /// <summary>The entry of <paramref name="trade"/>.</summary>
    /// <param name="trade">The trade.</param>
    /// <returns>The entry, or <see langword="null"/> when the trade is not recorded.</returns>
    /// <exception cref="ArgumentException"><paramref name="trade"/> is <c>default</c>.</exception>
    public FeedbackEntry? Find(OrderId trade)
    {
        IdArgument.Require(trade, nameof(trade));
        return byTrade.GetValueOrDefault(trade);
    }

    /// <summary>The party and both scores.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Party}: {AsSeller}; {AsBuyer}";

    private FeedbackResult Result(FeedbackOutcome outcome, FeedbackReason reason, string message, FeedbackEntry? entry)
    {
        var credit = entry is null ? null : CreditAs(entry.Role);
        return new FeedbackResult(outcome, reason, message, entry?.Role, credit?.Score ?? 0, credit?.Level, entry?.Decision);
    }

    private FeedbackResult Unknown(OrderId trade) =>
        Result(FeedbackOutcome.Rejected, FeedbackReason.UnknownTrade, $"{Party} has no completed trade {trade}.", null);
}
