namespace RetailCrm.Credit;

using RetailCrm.Primitives;

// A profile built from some of a party's keyed entry records, for a store-backed command: the
// counting engine over exactly the pair-months the command touches. Counting never crosses a pair,
// and a pair's same-item groups fall whole into the month of their first trade, so any set of whole
// pair-months (or a pair's months from one on) counts here exactly as in the full profile.
public sealed partial class FeedbackProfile
{
    internal static FeedbackProfile FromRecords(PartyId party, FeedbackPolicy policy, IEnumerable<FeedbackEntryRecord> records)
    {
        var ordered = records.OrderBy(r => r.Sequence).ToList();
        var profile = Open(party, policy);
        foreach (var record in ordered)
        {
            profile.AddTrade(record.Trade);
        }

        foreach (var record in ordered.Where(r => r.Fraud is not null))
        {
            profile.AddFlag(profile.byTrade[record.Trade.Id], record.Fraud!);
        }

        foreach (var record in ordered)
        {
            var entry = profile.byTrade[record.Trade.Id];
            if (record.Rating is { } rating)
            {
                profile.AddRating(entry, rating);
            }
            else if (!record.AwaitingRating)
            {
                profile.open.Remove(entry);
            }

            foreach (var reply in record.Replies)
            {
                entry.AddReply(reply);
                profile.replies.Add(reply);
            }
        }

        return profile;
    }

    // Whether the trade still waits for a rating.
    internal bool IsOpen(FeedbackEntry entry) => open.Contains(entry);

    // Closes one due window: the policy's missing rating, if any, given at the window's end.
    internal FeedbackRating? CloseWindow(FeedbackEntry entry)
    {
        open.Remove(entry);
        Version++;
        if (Policy.MissingRating is not { } value)
        {
            return null;
        }

        var rating = new FeedbackRating(entry.Trade.Id, value, null, entry.WindowClosesAt, IsDefault: true);
        AddRating(entry, rating);
        return rating;
    }
}
