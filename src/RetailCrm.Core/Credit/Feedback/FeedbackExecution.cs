namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// One store-backed feedback command, decided purely on what the store loaded: the counting engine
/// runs over the loaded pair-months only, and the difference it makes becomes the change set (the
/// entry records that changed, the facts appended, the live counters moved by the scope's
/// difference, the events).
/// </summary>
internal sealed class FeedbackExecution
{
    private readonly FeedbackPolicy policy;
    private readonly PartyId party;
    private readonly FeedbackProfileState live;
    private readonly Dictionary<OrderId, FeedbackEntryRecord> loaded;
    private readonly (long Score, int Positives, int Neutrals, int Negatives) sellerBefore;
    private readonly (long Score, int Positives, int Neutrals, int Negatives) buyerBefore;

    private FeedbackExecution(FeedbackPolicy policy, PartyId party, FeedbackLoaded state, IEnumerable<FeedbackEntryRecord> scope)
    {
        this.policy = policy;
        this.party = party;
        live = state.Live ?? FeedbackProfileState.Empty(party, policy);
        loaded = scope.DistinctBy(r => r.Trade.Id).ToDictionary(r => r.Trade.Id);
        Scope = FeedbackProfile.FromRecords(party, policy, loaded.Values);
        sellerBefore = Totals(Scope.AsSeller);
        buyerBefore = Totals(Scope.AsBuyer);
    }

    private FeedbackProfile Scope { get; }

    /// <summary>What recording <paramref name="trade"/> in <paramref name="party"/>'s profile loads: the trade, and its pair from the month its same-item window reaches back to.</summary>
    public static FeedbackLoadKeys KeysToRecord(PartyId party, CompletedTrade trade, FeedbackPolicy policy) =>
        new([trade.Id], [new FeedbackPairScope(trade.RoleOf(party), trade.CounterpartOf(party), FirstMonth(trade, policy))]);

    /// <summary>What a command on one recorded trade loads: the trade and its pair's month.</summary>
    public static FeedbackLoadKeys KeysFor(OrderId trade) => new([trade], []);

    public static (FeedbackResult Result, FeedbackChangeSet? Changes) RecordTrade(FeedbackPolicy policy, PartyId party, FeedbackLoaded state, CompletedTrade trade, Instant at)
    {
        FeedbackProfile.CheckTrade(party, policy, trade);
        var role = trade.RoleOf(party);
        if (state.Records.FirstOrDefault(r => r.Trade.Id == trade.Id) is { } known)
        {
            var (first, again) = (FeedbackProfile.Content(known.Trade), FeedbackProfile.Content(trade));
            if (!string.Equals(first, again, StringComparison.Ordinal))
            {
                throw new IdempotencyKeyReusedException(new IdempotencyKey($"trade:{trade.Id}"), first, again);
            }

            var credit = (state.Live ?? FeedbackProfileState.Empty(party, policy)).CreditAs(known.Role);
            return (new FeedbackResult(FeedbackOutcome.Replayed, FeedbackReason.AlreadyRecorded, $"Trade {trade.Id} was recorded before.", known.Role, credit.Score, credit.Level, known.Decision), null);
        }

        var (counterpart, from) = (trade.CounterpartOf(party), FirstMonth(trade, policy));
        var execution = new FeedbackExecution(policy, party, state, state.Records.Where(r => r.Role == role && r.Counterpart == counterpart && r.Month >= from));
        var result = execution.Scope.RecordTrade(trade);
        return execution.Finish(result, [trade.Id], at);
    }

    public static (FeedbackResult Result, FeedbackChangeSet? Changes) Act(FeedbackPolicy policy, PartyId party, FeedbackLoaded state, OrderId trade, Instant at, Func<FeedbackProfile, FeedbackResult> act)
    {
        var named = state.Records.FirstOrDefault(r => r.Trade.Id == trade);
        var scope = named is null ? [] : state.Records.Where(r => r.Role == named.Role && r.Counterpart == named.Counterpart && r.Month == named.Month);
        var execution = new FeedbackExecution(policy, party, state, scope);
        return execution.Finish(act(execution.Scope), [trade], at);
    }

    public static (IReadOnlyList<FeedbackRating> Given, FeedbackChangeSet? Changes) CloseWindows(FeedbackPolicy policy, PartyId party, FeedbackLoaded state, IReadOnlyList<OrderId> due, Instant at)
    {
        var months = state.Records.Where(r => due.Contains(r.Trade.Id)).Select(r => (r.Role, r.Counterpart, r.Month)).ToHashSet();
        var execution = new FeedbackExecution(policy, party, state, state.Records.Where(r => months.Contains((r.Role, r.Counterpart, r.Month))));
        var given = new List<FeedbackRating>();
        foreach (var trade in due)
        {
            if (execution.Scope.Find(trade) is { } entry && execution.Scope.IsOpen(entry) && entry.WindowClosesAt <= at && execution.Scope.CloseWindow(entry) is { } rating)
            {
                given.Add(rating);
            }
        }

        var (_, changes) = execution.Finish(null, due, at);
        return (given, changes);
    }

    private static YearMonth FirstMonth(CompletedTrade trade, FeedbackPolicy policy) =>
        (trade.CreatedAt - Duration.FromDays(policy.SameItemPeriodDays)).InZone(policy.Zone).Date.ToYearMonth();

    private static (long Score, int Positives, int Neutrals, int Negatives) Totals(FeedbackCredit credit) =>
        (credit.Score, credit.Positives, credit.Neutrals, credit.Negatives);

    private FeedbackCreditTotals Moved(FeedbackCreditTotals totals, FeedbackCredit credit, (long Score, int Positives, int Neutrals, int Negatives) before)
    {
        var score = totals.Score + credit.Score - before.Score;
        return new FeedbackCreditTotals(
            totals.Role,
            score,
            policy.Ladder.LevelFor(score),
            totals.Positives + credit.Positives - before.Positives,
            totals.Neutrals + credit.Neutrals - before.Neutrals,
            totals.Negatives + credit.Negatives - before.Negatives);
    }

    // The difference the command made to the loaded records, as a change set; none when it changed nothing.
    private (FeedbackResult Result, FeedbackChangeSet? Changes) Finish(FeedbackResult? result, IReadOnlyList<OrderId> subjects, Instant at)
    {
        var changed = new List<(FeedbackEntryRecord? Old, FeedbackEntryRecord New)>();
        var sequence = live.EntryCount;
        foreach (var entry in Scope.Entries)
        {
            var old = loaded.GetValueOrDefault(entry.Trade.Id);
            var record = new FeedbackEntryRecord(
                party,
                old?.Sequence ?? ++sequence,
                entry.Trade,
                entry.Role,
                entry.Counterpart,
                entry.WindowClosesAt,
                entry.Month,
                entry.SameItemGroup,
                entry.Rating,
                [.. entry.Replies],
                entry.Fraud,
                entry.Decision,
                Scope.IsOpen(entry));
            if (old is null || !old.Equals(record))
            {
                changed.Add((old, record));
            }
        }

        if (changed.Count == 0)
        {
            return (Fix(result, live), null);
        }

        var after = live with
        {
            AsSeller = Moved(live.AsSeller, Scope.AsSeller, sellerBefore),
            AsBuyer = Moved(live.AsBuyer, Scope.AsBuyer, buyerBefore),
            EntryCount = sequence,
            Version = live.Version + 1,
        };
        var (trades, ratings, replies, flags, events) = (new List<CompletedTrade>(), new List<FeedbackRating>(), new List<FeedbackReply>(), new List<FraudFlag>(), new List<DomainEvent>());
        var order = subjects.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        foreach (var (old, record) in changed.OrderBy(c => order.GetValueOrDefault(c.New.Trade.Id, int.MaxValue)).ThenBy(c => c.New.Sequence))
        {
            if (old is null)
            {
                trades.Add(record.Trade);
                events.Add(new FeedbackTradeRecorded(party, record.Role, record.Trade, record.WindowClosesAt, at));
            }

            if (old?.Fraud is null && record.Fraud is { } flag)
            {
                flags.Add(flag);
                events.Add(new FeedbackFlaggedFraudulent(party, record.Role, flag));
            }

            if (old?.Rating is null && record.Rating is { } rating)
            {
                ratings.Add(rating);
                events.Add(new FeedbackRated(party, record.Role, rating, record.Decision!.Value));
            }
            else if (old?.Rating is not null && old.Decision != record.Decision)
            {
                events.Add(new FeedbackDecisionChanged(party, record.Role, record.Trade.Id, record.Decision!.Value, at));
            }

            foreach (var reply in record.Replies.Skip(old?.Replies.Count ?? 0))
            {
                replies.Add(reply);
                events.Add(new FeedbackReplied(party, record.Role, reply));
            }

            if (old is { AwaitingRating: true } && !record.AwaitingRating && record.Rating is null)
            {
                events.Add(new FeedbackWindowClosed(party, record.Role, record.Trade.Id, record.WindowClosesAt));
            }
        }

        foreach (var (before, now) in new[] { (live.AsSeller, after.AsSeller), (live.AsBuyer, after.AsBuyer) })
        {
            if (before.Score != now.Score)
            {
                events.Add(new FeedbackScoreChanged(party, now.Role, before.Score, now.Score, at));
            }

            if (before.Level != now.Level)
            {
                events.Add(new FeedbackLevelChanged(party, now.Role, before.Level, now.Level, at));
            }
        }

        var changes = new FeedbackChangeSet(live.Version, after, [.. changed.Select(c => c.New)], trades, ratings, replies, flags, events);
        return (Fix(result, after), changes);
    }

    // The engine scored the loaded pair-months only; the result names the whole credit.
    private static FeedbackResult Fix(FeedbackResult? result, FeedbackProfileState state)
    {
        if (result is not { Role: { } role })
        {
            return result!;
        }

        var credit = state.CreditAs(role);
        return result with { Score = credit.Score, Level = credit.Level };
    }
}
