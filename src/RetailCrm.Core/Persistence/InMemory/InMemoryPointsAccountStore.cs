namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// The zero-configuration points store: thread-safe, in process memory, lost when the process
/// ends. Right for tests, samples and single-instance prototypes; use a database store in production.
/// It keeps each account as a database would: one live row, the lots, keyed records (earnings,
/// redemptions, refunds, idempotency records) and the ledger apart, loads only the live state and
/// the records a command names, and commits a change set under one lock, all or nothing.
/// </summary>
public sealed class InMemoryPointsAccountStore : IPointsAccountStore
{
    private readonly Dictionary<CustomerId, Account> accounts = [];
    private readonly Lock gate = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="outbox">The outbox the store writes its events to in each commit; null for one of its own.</param>
    public InMemoryPointsAccountStore(InMemoryEventOutbox? outbox = null) => Outbox = outbox ?? new InMemoryEventOutbox();

    /// <summary>The outbox the store writes its events to.</summary>
    public InMemoryEventOutbox Outbox { get; }

    /// <inheritdoc />
    public Task<PointsAccountLoad> LoadAsync(CustomerId customerId, PointsKeys keys, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        Guard.Against.Null(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!accounts.TryGetValue(customerId, out var account))
            {
                return Task.FromResult(new PointsAccountLoad(PointsLiveState.Empty(customerId), [], keys, [], [], [], [], null));
            }

            var open = account.Open.Values.OrderBy(l => l.Id).ToArray();
            var earning = keys.Earning is { } order && account.Earnings.TryGetValue(order, out var found) ? found : null;
            var redemptions = keys.Redemptions is { } spentOn && account.Redemptions.TryGetValue(spentOn, out var ofOrder) ? ofOrder.ToArray() : [];
            var named = new SortedSet<int>();
            if (earning?.LotId is { } ownLot)
            {
                named.Add(ownLot);
            }

            foreach (var taken in redemptions.SelectMany(r => r.Taken))
            {
                named.Add(taken.LotId);
            }

            named.ExceptWith(account.Open.Keys);
            var load = new PointsAccountLoad(
                account.Live,
                open,
                keys,
                earning is null ? [] : [earning],
                redemptions,
                keys.Refund is { } refund && account.Refunds.Contains(refund) ? [refund] : [],
                named.Select(id => account.Lots[id - 1]).ToArray(),
                keys.Command is { } key && account.Commands.TryGetValue(key, out var command) ? command : null);
            return Task.FromResult(load);
        }
    }

    /// <inheritdoc />
    public Task CommitAsync(PointsChangeSet changes, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(changes);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var customer = changes.CustomerId;
            var account = accounts.GetValueOrDefault(customer);
            var live = account?.Live ?? PointsLiveState.Empty(customer);
            if (live.Version != changes.ExpectedVersion)
            {
                throw new ConcurrencyConflictException($"points account {customer}", changes.ExpectedVersion, account?.Live.Version);
            }

            Check(changes, live, account);

            // Everything is checked: from here on nothing can fail, so the commit is all or nothing.
            if (account is null)
            {
                account = new Account(live);
                accounts.Add(customer, account);
            }

            account.Apply(changes);
            Outbox.Append(changes.Events);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PointsEntry>> ReadEntriesAsync(CustomerId customerId, long afterEntryId, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        Paging.Require(afterEntryId, maxCount, nameof(afterEntryId));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PointsEntry>>(accounts.TryGetValue(customerId, out var account) ? Paging.Page(account.Entries, afterEntryId, maxCount) : []);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PointsLot>> ReadLotsAsync(CustomerId customerId, int afterLotId, int maxCount, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        Paging.Require(afterLotId, maxCount, nameof(afterLotId));
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PointsLot>>(accounts.TryGetValue(customerId, out var account) ? Paging.Page(account.Lots, afterLotId, maxCount) : []);
        }
    }

    /// <summary>Refuses a change set that does not follow from the stored state, before anything is written.</summary>
    private static void Check(PointsChangeSet changes, PointsLiveState live, Account? account)
    {
        var next = changes.Live;
        Require(next.Version == changes.ExpectedVersion + 1, "writes a version that is not one more than the one read");
        var entryId = live.NextEntryId;
        foreach (var entry in changes.Entries)
        {
            Require(entry is not null && entry.Id == entryId++, "has entries not numbered from the next entry number");
        }

        Require(next.NextEntryId == entryId, "has a next entry number that does not follow its entries");
        var lotCount = account?.Lots.Count ?? 0;
        foreach (var lot in changes.Lots)
        {
            Require(lot is not null && !lot.Remaining.IsNegative && lot.Id >= 1 && lot.Id < next.NextLotId, "has a lot that cannot exist");
            if (lot!.Id > lotCount)
            {
                Require(lot.Id == ++lotCount, "opens lots out of order");
            }
        }

        Require(lotCount == next.NextLotId - 1, "has a next lot number that does not follow its lots");
        Require(changes.Command is null || account is null || !account.Commands.ContainsKey(changes.Command.Key), "records an idempotency key already recorded");
        Require(changes.Refunds.All(r => account is null || !account.Refunds.Contains(r)), "records a refund already clawed back");
        Require(changes.Redemptions.All(r => r is not null && r.Id < next.NextRedemptionId), "has a redemption that cannot exist");
    }

    private static void Require(bool condition, string what, string paramName = "changes")
    {
        if (!condition)
        {
            throw new ArgumentException($"The change set {what}.", paramName);
        }
    }

    /// <summary>One customer's rows: live, lots, keyed records, history.</summary>
    private sealed class Account(PointsLiveState live)
    {
        public PointsLiveState Live { get; private set; } = live;

        public List<PointsLot> Lots { get; } = [];

        public Dictionary<int, PointsLot> Open { get; } = [];

        public List<PointsEntry> Entries { get; } = [];

        public Dictionary<OrderId, OrderEarning> Earnings { get; } = [];

        public Dictionary<OrderId, List<PointsRedemption>> Redemptions { get; } = [];

        public HashSet<RefundId> Refunds { get; } = [];

        public Dictionary<IdempotencyKey, ProcessedCommand> Commands { get; } = [];

        public void Apply(PointsChangeSet changes)
        {
            Live = changes.Live;
            Entries.AddRange(changes.Entries);
            foreach (var lot in changes.Lots)
            {
                if (lot.Id > Lots.Count)
                {
                    Lots.Add(lot);
                }
                else
                {
                    Lots[lot.Id - 1] = lot;
                }

                if (lot.Remaining.IsPositive)
                {
                    Open[lot.Id] = lot;
                }
                else
                {
                    Open.Remove(lot.Id);
                }
            }

            foreach (var earning in changes.Earnings)
            {
                Earnings[earning.OrderId] = earning;
            }

            foreach (var redemption in changes.Redemptions)
            {
                if (!Redemptions.TryGetValue(redemption.OrderId, out var ofOrder))
                {
                    ofOrder = [];
                    Redemptions.Add(redemption.OrderId, ofOrder);
                }

                var i = ofOrder.FindIndex(r => r.Id == redemption.Id);
                if (i < 0)
                {
                    ofOrder.Add(redemption);
                }
                else
                {
                    ofOrder[i] = redemption;
                }
            }

            Refunds.UnionWith(changes.Refunds);
            if (changes.Command is { } command)
            {
                Commands.Add(command.Key, command);
            }
        }
    }
}
