namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;

/// <summary>
/// Keeps feedback profiles in memory in the storage shape, thread-safe: the live state per party,
/// the entry records by (party, trade) with indexes by pair-month and by due window, and the
/// appended history, under one lock; a commit of several change sets is all or nothing, and its
/// events go to the outbox in the same commit. The zero-configuration default.
/// </summary>
public sealed class InMemoryFeedbackProfileStore : IFeedbackProfileStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<PartyId, Profile> profiles = [];

    /// <summary>Creates an empty store writing its events to <paramref name="outbox"/>, or to an outbox of its own.</summary>
    /// <param name="outbox">The outbox shared with the other in-memory stores; null for one of its own.</param>
    public InMemoryFeedbackProfileStore(InMemoryEventOutbox? outbox = null) => Outbox = outbox ?? new InMemoryEventOutbox();

    /// <summary>The outbox the store's commits write their events to.</summary>
    public InMemoryEventOutbox Outbox { get; }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<FeedbackLoaded> LoadAsync(PartyId party, FeedbackLoadKeys keys, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        Guard.Against.Null(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!profiles.TryGetValue(party, out var profile))
            {
                return Task.FromResult(new FeedbackLoaded(null, []));
            }

            var found = new Dictionary<OrderId, FeedbackEntryRecord>();
            foreach (var trade in keys.Trades)
            {
                if (profile.Entries.TryGetValue(trade, out var named))
                {
                    found.TryAdd(trade, named);
                    profile.AddMonth(found, named.Role, named.Counterpart, named.Month, named.Month);
                }
            }

            foreach (var pair in keys.Pairs)
            {
                Guard.Against.Null(pair, nameof(keys));
                profile.AddMonth(found, pair.Role, pair.Counterpart, pair.From, null);
            }

            return Task.FromResult(new FeedbackLoaded(profile.Live, [.. found.Values.OrderBy(r => r.Sequence)]));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<IReadOnlyList<FeedbackEntryRecord>> ReadDueAsync(PartyId party, Instant dueBy, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        Paging.RequireCount(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!profiles.TryGetValue(party, out var profile))
            {
                return Task.FromResult<IReadOnlyList<FeedbackEntryRecord>>([]);
            }

            return Task.FromResult<IReadOnlyList<FeedbackEntryRecord>>([.. profile.Open.TakeWhile(d => d.Due <= dueBy).Take(maxCount).Select(d => profile.Entries[new OrderId(d.Trade)])]);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task CommitAsync(IReadOnlyList<FeedbackChangeSet> changeSets, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(changeSets);
        var parties = new HashSet<PartyId>();
        foreach (var changes in changeSets)
        {
            Guard.Against.Null(changes, nameof(changeSets));
            if (!parties.Add(changes.Live.Party))
            {
                throw new ArgumentException($"Two change sets name {changes.Live.Party}; commit one per party.", nameof(changeSets));
            }

            if (changes.Live.Version != changes.ExpectedVersion + 1 || changes.Entries.Any(e => e.Party != changes.Live.Party))
            {
                throw new ArgumentException($"The change set of {changes.Live.Party} writes version {changes.Live.Version} from {changes.ExpectedVersion}, or an entry of another party.", nameof(changeSets));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            // Every check before any write: a conflict on one party leaves all of them as they were.
            foreach (var changes in changeSets)
            {
                long? actual = profiles.TryGetValue(changes.Live.Party, out var profile) ? profile.Live.Version : null;
                if ((actual ?? 0) != changes.ExpectedVersion)
                {
                    throw new ConcurrencyConflictException($"feedback profile {changes.Live.Party}", changes.ExpectedVersion, actual);
                }
            }

            foreach (var changes in changeSets)
            {
                if (!profiles.TryGetValue(changes.Live.Party, out var profile))
                {
                    profile = new Profile(changes.Live);
                    profiles.Add(changes.Live.Party, profile);
                }

                profile.Apply(changes);
            }

            Outbox.Append([.. changeSets.SelectMany(c => c.Events)]);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<IReadOnlyList<FeedbackEntryRecord>> ReadEntriesAsync(PartyId party, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        Paging.Require(afterSequence, maxCount, nameof(afterSequence));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!profiles.TryGetValue(party, out var profile) || afterSequence >= profile.BySequence.Count)
            {
                return Task.FromResult<IReadOnlyList<FeedbackEntryRecord>>([]);
            }

            var start = (int)afterSequence;
            return Task.FromResult<IReadOnlyList<FeedbackEntryRecord>>([.. profile.BySequence.GetRange(start, Math.Min(maxCount, profile.BySequence.Count - start)).Select(id => profile.Entries[id])]);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<FeedbackRatingCounts> CountRatingsAsync(PartyId party, FeedbackRole role, Instant after, Instant until, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        ArgumentRange.Defined(role);
        cancellationToken.ThrowIfCancellationRequested();
        int positives = 0, neutrals = 0, negatives = 0;
        lock (gate)
        {
            if (profiles.TryGetValue(party, out var profile))
            {
                foreach (var entry in profile.Entries.Values)
                {
                    if (entry.Role == role && entry.Decision is { Counts: true } && entry.Rating!.RatedAt > after && entry.Rating.RatedAt <= until)
                    {
                        _ = entry.Rating.Value switch
                        {
                            RatingValue.Positive => positives++,
                            RatingValue.Negative => negatives++,
                            _ => neutrals++,
                        };
                    }
                }
            }
        }

        return Task.FromResult(new FeedbackRatingCounts(positives, neutrals, negatives));
    }

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public Task<FeedbackProfileSnapshot?> ExportAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(party, nameof(party));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(profiles.TryGetValue(party, out var profile)
                ? new FeedbackProfileSnapshot(party, [.. profile.Trades], [.. profile.Ratings], [.. profile.Replies], [.. profile.Flags], profile.Live.Version)
                : null);
        }
    }

    // One party's rows: live state, keyed entries with their two indexes, and the history.
    private sealed class Profile(FeedbackProfileState live)
    {
        public FeedbackProfileState Live { get; private set; } = live;

        public Dictionary<OrderId, FeedbackEntryRecord> Entries { get; } = [];

        public List<OrderId> BySequence { get; } = [];

        public Dictionary<(FeedbackRole Role, PartyId Counterpart), SortedDictionary<YearMonth, HashSet<OrderId>>> PairMonths { get; } = [];

        public SortedSet<(Instant Due, string Trade)> Open { get; } = new(Comparer<(Instant Due, string Trade)>.Create(static (a, b) =>
        {
            var order = a.Due.CompareTo(b.Due);
            return order != 0 ? order : string.CompareOrdinal(a.Trade, b.Trade);
        }));

        public List<CompletedTrade> Trades { get; } = [];

        public List<FeedbackRating> Ratings { get; } = [];

        public List<FeedbackReply> Replies { get; } = [];

        public List<FraudFlag> Flags { get; } = [];

        // The entries of a pair from one month to another (null: on).
        public void AddMonth(Dictionary<OrderId, FeedbackEntryRecord> found, FeedbackRole role, PartyId counterpart, YearMonth from, YearMonth? to)
        {
            if (!PairMonths.TryGetValue((role, counterpart), out var months))
            {
                return;
            }

            foreach (var (month, trades) in months)
            {
                if (month < from)
                {
                    continue;
                }

                if (to is { } last && month > last)
                {
                    break;
                }

                foreach (var trade in trades)
                {
                    found.TryAdd(trade, Entries[trade]);
                }
            }
        }

        public void Apply(FeedbackChangeSet changes)
        {
            foreach (var entry in changes.Entries)
            {
                if (Entries.TryGetValue(entry.Trade.Id, out var old))
                {
                    Unindex(old);
                }
                else
                {
                    BySequence.Add(entry.Trade.Id);
                }

                Entries[entry.Trade.Id] = entry;
                Index(entry);
            }

            Trades.AddRange(changes.Trades);
            Ratings.AddRange(changes.Ratings);
            Replies.AddRange(changes.Replies);
            Flags.AddRange(changes.Flags);
            Live = changes.Live;
        }

        private void Index(FeedbackEntryRecord entry)
        {
            if (!PairMonths.TryGetValue((entry.Role, entry.Counterpart), out var months))
            {
                months = [];
                PairMonths.Add((entry.Role, entry.Counterpart), months);
            }

            if (!months.TryGetValue(entry.Month, out var trades))
            {
                trades = [];
                months.Add(entry.Month, trades);
            }

            trades.Add(entry.Trade.Id);
            if (entry.AwaitingRating)
            {
                Open.Add((entry.WindowClosesAt, entry.Trade.Id.Value));
            }
        }

        private void Unindex(FeedbackEntryRecord entry)
        {
            var months = PairMonths[(entry.Role, entry.Counterpart)];
            months[entry.Month].Remove(entry.Trade.Id);
            if (months[entry.Month].Count == 0)
            {
                months.Remove(entry.Month);
            }

            Open.Remove((entry.WindowClosesAt, entry.Trade.Id.Value));
        }
    }
}
