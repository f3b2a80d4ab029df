namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class FeedbackProfile
{
    /// <summary>Records a completed trade of the party: its rating window opens at completion.</summary>
    /// <param name="trade">The trade.</param>
    /// <returns>Applied, or replayed ("already recorded") when the same trade was recorded before.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trade"/> is null.</exception>
    /// <exception cref="ArgumentException">The party is neither the trade's buyer nor its seller, or the price is in another currency than the policy's.</exception>
    /// <exception cref="IdempotencyKeyReusedException">A different trade was recorded under the same id.</exception>
    public FeedbackResult RecordTrade(CompletedTrade trade)
    {
        CheckTrade(Party, Policy, trade);
        if (byTrade.TryGetValue(trade.Id, out var known))
        {
            var (first, again) = (Content(known.Trade), Content(trade));
            return string.Equals(first, again, StringComparison.Ordinal)
                ? Result(FeedbackOutcome.Replayed, FeedbackReason.AlreadyRecorded, $"Trade {trade.Id} was recorded before.", known)
                : throw new IdempotencyKeyReusedException(new IdempotencyKey($"trade:{trade.Id}"), first, again);
        }

        var entry = AddTrade(trade);
        Version++;
        return Result(FeedbackOutcome.Applied, FeedbackReason.Done, $"Trade {trade.Id} may be rated until {entry.WindowClosesAt}.", entry);
    }

    /// <summary>
    /// Records the rating the other side of <paramref name="trade"/> gives the party, within the
    /// rating window. The same rating again is a replay ("already rated") that counts once; a
    /// different one is refused ("cannot change").
    /// </summary>
    /// <param name="trade">The trade rated.</param>
    /// <param name="value">Positive, neutral or negative.</param>
    /// <param name="comment">The rater's comment; null for none.</param>
    /// <param name="at">When the rating is given.</param>
    /// <returns>The result, with how the rating counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="comment"/> is blank (pass null for none).</exception>
    /// <exception cref="ArgumentException"><paramref name="trade"/> is <c>default</c>.</exception>
    public FeedbackResult Rate(OrderId trade, RatingValue value, string? comment, Instant at)
    {
        IdArgument.Require(trade, nameof(trade));
        ArgumentRange.Defined(value);
        if (comment is not null)
        {
            Guard.Against.NullOrWhiteSpace(comment);
        }

        if (!byTrade.TryGetValue(trade, out var entry))
        {
            return Unknown(trade);
        }

        if (entry.Rating is { } given)
        {
            return given.Value == value && given.Comment == comment
                ? Result(FeedbackOutcome.Replayed, FeedbackReason.AlreadyRated, $"Trade {trade} was already rated {value}; it counts once.", entry)
                : Result(FeedbackOutcome.Rejected, FeedbackReason.CannotChange, $"Trade {trade} was rated {given.Value} at {given.RatedAt}; a rating cannot be changed, only answered.", entry);
        }

        if (at < entry.Trade.CompletedAt)
        {
            return Result(FeedbackOutcome.Rejected, FeedbackReason.WindowNotOpen, $"Trade {trade} completes at {entry.Trade.CompletedAt}; it can be rated from then on.", entry);
        }

        if (at >= entry.WindowClosesAt)
        {
            return Result(FeedbackOutcome.Rejected, FeedbackReason.WindowClosed, $"The rating window of trade {trade} closed at {entry.WindowClosesAt}.", entry);
        }

        AddRating(entry, new FeedbackRating(trade, value, comment, at));
        Version++;
        return Result(FeedbackOutcome.Applied, FeedbackReason.Done, $"Trade {trade} rated {value}.", entry);
    }

    /// <summary>
    /// Adds a reply to the rating of <paramref name="trade"/>: the party's explanation, or the
    /// rater's follow-up. One reply per author; the rating itself stays as given.
    /// </summary>
    /// <param name="trade">The trade.</param>
    /// <param name="author">The rated party or the rater.</param>
    /// <param name="text">The reply.</param>
    /// <param name="at">When it is added.</param>
    /// <returns>Applied; replayed when the same reply was added; rejected when the trade has no rating or the author replied otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="author"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="trade"/> is <c>default</c>.</exception>
    public FeedbackResult Reply(OrderId trade, FeedbackReplyAuthor author, string text, Instant at)
    {
        IdArgument.Require(trade, nameof(trade));
        ArgumentRange.Defined(author);
        Guard.Against.NullOrWhiteSpace(text);
        if (!byTrade.TryGetValue(trade, out var entry))
        {
            return Unknown(trade);
        }

        if (entry.Rating is null)
        {
            return Result(FeedbackOutcome.Rejected, FeedbackReason.NotRated, $"Trade {trade} has no rating to reply to.", entry);
        }

        if (entry.Replies.FirstOrDefault(r => r.Author == author) is { } earlier)
        {
            return earlier.Text == text
                ? Result(FeedbackOutcome.Replayed, FeedbackReason.AlreadyReplied, $"The {author} reply on trade {trade} was added before.", entry)
                : Result(FeedbackOutcome.Rejected, FeedbackReason.CannotChange, $"The {author} already replied on trade {trade}; a reply cannot be changed.", entry);
        }

        var reply = new FeedbackReply(trade, author, text, at);
        entry.AddReply(reply);
        replies.Add(reply);
        Version++;
        return Result(FeedbackOutcome.Applied, FeedbackReason.Done, $"Reply added to trade {trade}.", entry);
    }

    /// <summary>Flags the rating of <paramref name="trade"/> (given or still to come) as fraudulent: it no longer counts.</summary>
    /// <param name="trade">The trade.</param>
    /// <param name="reason">The finding, e.g. "brushing ring 2026-03".</param>
    /// <param name="at">When it is flagged.</param>
    /// <returns>Applied; replayed when flagged before; rejected when the trade is unknown.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentException"><paramref name="trade"/> is <c>default</c>.</exception>
    public FeedbackResult FlagFraudulent(OrderId trade, string reason, Instant at)
    {
        IdArgument.Require(trade, nameof(trade));
        Guard.Against.NullOrWhiteSpace(reason);
        if (!byTrade.TryGetValue(trade, out var entry))
        {
            return Unknown(trade);
        }

        if (entry.Fraud is not null)
        {
            return Result(FeedbackOutcome.Replayed, FeedbackReason.AlreadyFlagged, $"Trade {trade} was flagged before.", entry);
        }

        AddFlag(entry, new FraudFlag(trade, reason, at));
        Version++;
        return Result(FeedbackOutcome.Applied, FeedbackReason.Done, $"The rating of trade {trade} is flagged as fraudulent and does not count.", entry);
    }

    /// <summary>
    /// Closes every rating window that has ended by <paramref name="at"/>: a trade the other side
    /// did not rate gets the policy's missing rating (a positive by default), given at the window's end.
    /// </summary>
    /// <param name="at">The instant.</param>
    /// <returns>The ratings given by default, by window end (empty when none).</returns>
    public IReadOnlyList<FeedbackRating> CloseWindows(Instant at)
    {
        List<FeedbackEntry>? due = null;
        foreach (var entry in open)
        {
            if (entry.WindowClosesAt <= at)
            {
                (due ??= []).Add(entry);
            }
        }

        if (due is null)
        {
            return [];
        }

        due.Sort(static (a, b) => a.WindowClosesAt != b.WindowClosesAt
            ? a.WindowClosesAt.CompareTo(b.WindowClosesAt)
            : string.CompareOrdinal(a.Trade.Id.Value, b.Trade.Id.Value));
        var given = new List<FeedbackRating>();
        foreach (var entry in due)
        {
            open.Remove(entry);
            if (Policy.MissingRating is { } value)
            {
                var rating = new FeedbackRating(entry.Trade.Id, value, null, entry.WindowClosesAt, IsDefault: true);
                AddRating(entry, rating);
                given.Add(rating);
            }
        }

        if (given.Count > 0)
        {
            Version++;
        }

        return given;
    }

    // The party is one side of the trade, and its price is in the policy's currency.
    internal static void CheckTrade(PartyId party, FeedbackPolicy policy, CompletedTrade trade)
    {
        Guard.Against.Null(trade);
        trade.RoleOf(party);
        if (trade.Price.Currency != policy.Currency)
        {
            throw new ArgumentException($"The trade's price {trade.Price} is not in the policy's currency {policy.Currency}.", nameof(trade));
        }
    }

    // Every field of the trade: the same id with any other figure is another trade.
    internal static string Content(CompletedTrade trade) =>
        CanonicalContent.Of("trade")
            .Add("id", trade.Id.Value)
            .Add("buyer", trade.Buyer.Value)
            .Add("seller", trade.Seller.Value)
            .Add("item", trade.Item.Value)
            .Add("price", trade.Price)
            .Add("createdAt", trade.CreatedAt)
            .Add("completedAt", trade.CompletedAt)
            .ToString();

    private FeedbackEntry AddTrade(CompletedTrade trade)
    {
        var role = trade.RoleOf(Party);
        var month = trade.CreatedAt.InZone(Policy.Zone).Date.ToYearMonth();
        var entry = new FeedbackEntry(trade, role, trade.CounterpartOf(Party), trade.CompletedAt + Policy.RatingWindow, month);
        byTrade.Add(trade.Id, entry);
        entries.Add(entry);
        open.Add(entry);
        CreditAs(role).Record(entry);
        return entry;
    }

    private void AddRating(FeedbackEntry entry, FeedbackRating rating)
    {
        entry.Rate(rating);
        ratings.Add(rating);
        open.Remove(entry);
        CreditAs(entry.Role).Add(entry);
    }

    private void AddFlag(FeedbackEntry entry, FraudFlag flag)
    {
        entry.Flag(flag);
        flags.Add(flag);
        if (entry.Rating is not null)
        {
            CreditAs(entry.Role).Flag(entry);
        }
    }
}
