namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Service;

/// <summary>
/// Keeps complaints in memory, thread-safe: the zero-configuration default. Live state, keyed records
/// (command records by (complaint, key), compensations by (complaint, name), openings by customer)
/// and the timelines are kept apart, with indexes of the complaints by the instant they fall due;
/// a change set is committed under one lock, events to the outbox included.
/// </summary>
public sealed class InMemoryComplaintStore : IComplaintStore
{
    private readonly Dictionary<ComplaintId, LiveComplaint> live = [];
    private readonly Dictionary<ComplaintId, List<ComplaintTransition>> timelines = [];
    private readonly Dictionary<(ComplaintId, IdempotencyKey), ProcessedComplaintCommand> commands = [];
    private readonly Dictionary<(ComplaintId, string), ApprovedCompensation> compensations = [];
    private readonly Dictionary<ComplaintId, List<string>> approvalOrder = [];
    private readonly Dictionary<CustomerId, CustomerOpenings> openings = [];
    private readonly SortedSet<(Instant Due, string Id)> overdue = new(DueOrder.Instance);
    private readonly SortedSet<(Instant Due, string Id)> followUps = new(DueOrder.Instance);
    private readonly Lock gate = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="outbox">The outbox its events go to, shared with the other in-memory stores; or <see langword="null"/> for one of its own.</param>
    public InMemoryComplaintStore(InMemoryEventOutbox? outbox = null) => Outbox = outbox ?? new InMemoryEventOutbox();

    /// <summary>The outbox the store's events are committed to.</summary>
    public InMemoryEventOutbox Outbox { get; }

    /// <inheritdoc/>
    public Task<LoadedComplaint> LoadAsync(ComplaintKeys keys, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var id = keys.Complaint;
            return Task.FromResult(new LoadedComplaint(
                keys,
                live.GetValueOrDefault(id),
                keys.Command is { } key ? commands.GetValueOrDefault((id, key)) : null,
                keys.Compensation is { } name ? compensations.GetValueOrDefault((id, name)) : null,
                keys.Openings is { } customer ? openings.GetValueOrDefault(customer) : null));
        }
    }

    /// <inheritdoc/>
    public Task CommitAsync(ComplaintChange change, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(change);
        cancellationToken.ThrowIfCancellationRequested();
        var id = change.Live.Id;
        lock (gate)
        {
            // Every check first: a refused commit writes nothing.
            var before = live.GetValueOrDefault(id);
            if ((before?.Version ?? 0) != change.ExpectedVersion)
            {
                throw new ConcurrencyConflictException($"complaint {id}", change.ExpectedVersion, before?.Version);
            }

            if ((before?.Transitions ?? 0) != change.Live.Transitions - change.Transitions.Count)
            {
                throw new ArgumentException($"The change appends {change.Transitions.Count} transitions to a timeline of {before?.Transitions ?? 0}, not to reach {change.Live.Transitions}.", nameof(change));
            }

            if (change.Commands.FirstOrDefault(c => commands.ContainsKey((id, c.Key))) is { } taken)
            {
                throw new ConcurrencyConflictException($"command {taken.Key} on complaint {id}", change.ExpectedVersion, before?.Version);
            }

            if (change.Openings is { } written && (openings.GetValueOrDefault(written.Customer)?.Version ?? 0) != written.Version - 1)
            {
                throw new ConcurrencyConflictException($"openings of customer {written.Customer}", written.Version - 1, openings.GetValueOrDefault(written.Customer)?.Version);
            }

            if (before is not null)
            {
                Unindex(before);
            }

            live[id] = change.Live;
            Index(change.Live);
            if (!timelines.TryGetValue(id, out var timeline))
            {
                timelines[id] = timeline = [];
            }

            timeline.AddRange(change.Transitions);
            foreach (var command in change.Commands)
            {
                commands.Add((id, command.Key), command);
            }

            foreach (var compensation in change.Compensations)
            {
                if (compensations.TryAdd((id, compensation.Action.Name), compensation))
                {
                    if (!approvalOrder.TryGetValue(id, out var order))
                    {
                        approvalOrder[id] = order = [];
                    }

                    order.Add(compensation.Action.Name);
                }
                else
                {
                    compensations[(id, compensation.Action.Name)] = compensation;
                }
            }

            if (change.Openings is { } customerOpenings)
            {
                openings[customerOpenings.Customer] = customerOpenings;
            }

            Outbox.Append(change.Events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ComplaintTransition>> ReadTimelineAsync(ComplaintId id, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        Paging.Require(afterSequence, maxCount, nameof(afterSequence));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<ComplaintTransition> page = timelines.TryGetValue(id, out var timeline)
                ? Paging.Page(timeline, afterSequence, maxCount)
                : [];
            return Task.FromResult(page);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApprovedCompensation>> ReadCompensationsAsync(ComplaintId id, int afterCount, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        Paging.Require(afterCount, maxCount, nameof(afterCount));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<ApprovedCompensation> page = approvalOrder.TryGetValue(id, out var order)
                ? [.. order.Skip(afterCount).Take(maxCount).Select(name => compensations[(id, name)])]
                : [];
            return Task.FromResult(page);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<LiveComplaint>> FindOverdueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
        Due(overdue, c => c.OverdueFrom, (due, a) => due < a, c => c.IsOverdueAt(at), at, after, maxCount, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LiveComplaint>> FindFollowUpsDueAsync(Instant at, LiveComplaint? after, int maxCount, CancellationToken cancellationToken = default) =>
        Due(followUps, c => c.FollowUpFrom, (due, a) => due <= a, c => c.IsFollowUpDueAt(at), at, after, maxCount, cancellationToken);

    // A page of an index: entries after the cursor, while due, each kept when the complaint is due as it stands.
    private Task<IReadOnlyList<LiveComplaint>> Due(
        SortedSet<(Instant Due, string Id)> index,
        Func<LiveComplaint, Instant?> key,
        Func<Instant, Instant, bool> isDue,
        Func<LiveComplaint, bool> keep,
        Instant at,
        LiveComplaint? after,
        int maxCount,
        CancellationToken cancellationToken)
    {
        Paging.RequireCount(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<LiveComplaint>();
        lock (gate)
        {
            foreach (var (due, id) in After(index, after is null ? null : key(after) is { } from ? (from, after.Id.Value) : null))
            {
                if (!isDue(due, at) || found.Count == maxCount)
                {
                    break;
                }

                if (live[new ComplaintId(id)] is var complaint && keep(complaint))
                {
                    found.Add(complaint);
                }
            }
        }

        return Task.FromResult<IReadOnlyList<LiveComplaint>>(found);
    }

    // The entries strictly after the cursor (all without one), in order, read from the index without a scan.
    private static IEnumerable<(Instant Due, string Id)> After(SortedSet<(Instant Due, string Id)> index, (Instant Due, string Id)? cursor)
    {
        if (cursor is not { } from)
        {
            return index;
        }

        return index.Count == 0 || DueOrder.Instance.Compare(from, index.Max) >= 0
            ? []
            : index.GetViewBetween(from, index.Max).Where(e => DueOrder.Instance.Compare(e, from) > 0);
    }

    private void Index(LiveComplaint complaint)
    {
        if (complaint.OverdueFrom is { } due)
        {
            overdue.Add((due, complaint.Id.Value));
        }

        if (complaint.FollowUpFrom is { } followUp)
        {
            followUps.Add((followUp, complaint.Id.Value));
        }
    }

    private void Unindex(LiveComplaint complaint)
    {
        if (complaint.OverdueFrom is { } due)
        {
            overdue.Remove((due, complaint.Id.Value));
        }

        if (complaint.FollowUpFrom is { } followUp)
        {
            followUps.Remove((followUp, complaint.Id.Value));
        }
    }

    // By the instant due, then by id (ordinal): the order a page is read in.
    private sealed class DueOrder : IComparer<(Instant Due, string Id)>
    {
        public static readonly DueOrder Instance = new();

        public int Compare((Instant Due, string Id) x, (Instant Due, string Id) y)
        {
            var byDue = x.Due.CompareTo(y.Due);
            return byDue != 0 ? byDue : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
