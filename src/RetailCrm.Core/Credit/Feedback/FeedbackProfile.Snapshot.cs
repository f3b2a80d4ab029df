namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class FeedbackProfile
{
    /// <summary>The profile as plain data.</summary>
    /// <returns>The snapshot.</returns>
    public FeedbackProfileSnapshot ToSnapshot() =>
        new(Party, [.. entries.Select(e => e.Trade)], [.. ratings], [.. replies], [.. flags], Version);

    /// <summary>Rebuilds a profile from a snapshot, checking it, and counts its ratings again under <paramref name="policy"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="policy">The rules.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException">An argument or a list of the snapshot is null.</exception>
    /// <exception cref="ArgumentException">
    /// A trade is missing, repeated, not the party's or in another currency; a rating, reply or
    /// flag names a trade not recorded, is repeated, or a rating precedes the trade's completion;
    /// a reply answers no rating; or the version is negative.
    /// </exception>
    public static FeedbackProfile FromSnapshot(FeedbackProfileSnapshot snapshot, FeedbackPolicy policy)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(policy);
        Guard.Against.Null(snapshot.Trades, nameof(snapshot));
        Guard.Against.Null(snapshot.Ratings, nameof(snapshot));
        Guard.Against.Null(snapshot.Replies, nameof(snapshot));
        Guard.Against.Null(snapshot.FraudFlags, nameof(snapshot));
        ArgumentRange.NotNegative(snapshot.Version, nameof(snapshot));
        var profile = Open(snapshot.Party, policy);
        foreach (var trade in snapshot.Trades)
        {
            Check(trade is not null && (trade.Buyer == profile.Party || trade.Seller == profile.Party)
                && trade.Price.Currency == policy.Currency && !profile.byTrade.ContainsKey(trade.Id), "A trade is missing, repeated, not the party's or in another currency.", nameof(snapshot));
            profile.AddTrade(trade!);
        }

        // Flags first: a rating flagged before or after it was given counts the same, and is settled once.
        foreach (var flag in snapshot.FraudFlags)
        {
            Check(flag is not null && profile.byTrade.TryGetValue(flag.Trade, out var entry) && entry.Fraud is null, "A fraud flag names an unknown trade or is repeated.", nameof(snapshot));
            profile.AddFlag(profile.byTrade[flag!.Trade], flag);
        }

        foreach (var rating in snapshot.Ratings)
        {
            Check(rating is not null && profile.byTrade.TryGetValue(rating.Trade, out var entry) && entry.Rating is null
                && Enum.IsDefined(rating.Value) && rating.RatedAt >= entry.Trade.CompletedAt, "A rating names an unknown trade, is repeated, has no valid value or precedes the trade's completion.", nameof(snapshot));
            profile.AddRating(profile.byTrade[rating!.Trade], rating);
        }

        foreach (var reply in snapshot.Replies)
        {
            Check(reply is not null && profile.byTrade.TryGetValue(reply.Trade, out var entry) && entry.Rating is not null
                && !string.IsNullOrWhiteSpace(reply.Text) && entry.Replies.All(r => r.Author != reply.Author), "A reply answers no rating, is blank or repeats its author.", nameof(snapshot));
            profile.byTrade[reply!.Trade].AddReply(reply);
            profile.replies.Add(reply);
        }

        profile.Version = snapshot.Version;
        return profile;
    }

    private static void Check(bool condition, string message, string paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
