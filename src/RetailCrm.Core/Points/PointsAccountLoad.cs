namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// What a store loads for one command (<see cref="IPointsAccountStore.LoadAsync"/>): the live state,
/// the open lots, and exactly the keyed records the command names; never the ledger.
/// <see cref="PointsAccount.Load"/> builds the account from it.
/// </summary>
public sealed record PointsAccountLoad
{
    /// <summary>Creates the load.</summary>
    /// <param name="live">The live state.</param>
    /// <param name="openLots">The lots with points left.</param>
    /// <param name="keys">The keys that were asked for: a record asked for and absent does not exist.</param>
    /// <param name="earnings">The earning of <see cref="PointsKeys.Earning"/>, if it exists.</param>
    /// <param name="redemptions">The redemptions of <see cref="PointsKeys.Redemptions"/>, oldest first.</param>
    /// <param name="refunds">The refund of <see cref="PointsKeys.Refund"/>, if it was clawed back already.</param>
    /// <param name="namedLots">The closed lots the loaded earning and redemptions name.</param>
    /// <param name="command">The first outcome under <see cref="PointsKeys.Command"/>, if any.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="command"/> is null.</exception>
    public PointsAccountLoad(
        PointsLiveState live,
        IReadOnlyList<PointsLot> openLots,
        PointsKeys keys,
        IReadOnlyList<OrderEarning> earnings,
        IReadOnlyList<PointsRedemption> redemptions,
        IReadOnlyList<RefundId> refunds,
        IReadOnlyList<PointsLot> namedLots,
        ProcessedCommand? command)
    {
        var checkedRefunds = IdArgument.RequireEach(refunds, nameof(refunds));
        Live = Guard.Against.Null(live);
        OpenLots = Guard.Against.Null(openLots);
        Keys = Guard.Against.Null(keys);
        Earnings = Guard.Against.Null(earnings);
        Redemptions = Guard.Against.Null(redemptions);
        Refunds = Guard.Against.Null(checkedRefunds, nameof(refunds));
        NamedLots = Guard.Against.Null(namedLots);
        Command = command;
    }

    /// <summary>The live state.</summary>
    public PointsLiveState Live { get; }

    /// <summary>The lots with points left.</summary>
    public IReadOnlyList<PointsLot> OpenLots { get; }

    /// <summary>The keys that were asked for.</summary>
    public PointsKeys Keys { get; }

    /// <summary>The earning asked for, if it exists.</summary>
    public IReadOnlyList<OrderEarning> Earnings { get; }

    /// <summary>The redemptions asked for, oldest first.</summary>
    public IReadOnlyList<PointsRedemption> Redemptions { get; }

    /// <summary>The refund asked for, if it was clawed back already.</summary>
    public IReadOnlyList<RefundId> Refunds { get; }

    /// <summary>The closed lots the loaded earning and redemptions name.</summary>
    public IReadOnlyList<PointsLot> NamedLots { get; }

    /// <summary>The first outcome under the key asked for, if any.</summary>
    public ProcessedCommand? Command { get; }

    /// <summary>How many records the load holds (the live state counts one): what the cost bound counts.</summary>
    public int RecordCount =>
        1 + OpenLots.Count + Earnings.Count + Redemptions.Count + Refunds.Count + NamedLots.Count + (Command is null ? 0 : 1);
}
