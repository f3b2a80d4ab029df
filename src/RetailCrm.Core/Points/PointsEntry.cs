namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One line of the ledger. The balance is the sum of all entries' <see cref="Change"/>; each entry
/// also says which lot it moved and how it changed the clawback debt, so every point is explained.
/// </summary>
/// <remarks>The lot moves by <see cref="LotChange"/> = <see cref="Change"/> + <see cref="DebtChange"/>.</remarks>
/// <param name="Id">The entry's number in its account, from 1, in the order written.</param>
/// <param name="At">When it was written; never before the entry before it.</param>
/// <param name="Kind">What it records.</param>
/// <param name="Change">The change to the balance: positive for credits, negative for debits.</param>
/// <param name="LotId">The lot it moved, if any (debt incurred moves none).</param>
/// <param name="DebtChange">The change to the clawback debt: positive when debt is incurred, negative when repaid.</param>
/// <param name="OrderId">The order concerned, if any.</param>
/// <param name="RefundId">The refund concerned, for clawbacks.</param>
/// <param name="RedemptionId">The redemption concerned, for redemptions and their cancellation.</param>
/// <param name="CommandKey">The idempotency key of the command that wrote it; null for entries written by <see cref="PointsAccount.Expire"/>.</param>
/// <param name="Note">A note for the statement, e.g. an adjustment's reason or a campaign's name.</param>
public sealed record PointsEntry(
    long Id,
    Instant At,
    PointsEntryKind Kind,
    Points Change,
    int? LotId,
    Points DebtChange,
    OrderId? OrderId,
    RefundId? RefundId,
    int? RedemptionId,
    IdempotencyKey? CommandKey,
    string? Note)
{
    /// <summary>The order concerned, if any.</summary>
    public OrderId? OrderId { get; init => field = IdArgument.Require(value, nameof(OrderId)); } = IdArgument.Require(OrderId, nameof(OrderId));

    /// <summary>The refund concerned, for clawbacks.</summary>
    public RefundId? RefundId { get; init => field = IdArgument.Require(value, nameof(RefundId)); } = IdArgument.Require(RefundId, nameof(RefundId));

    /// <summary>The idempotency key of the command that wrote it; null for entries written by <see cref="PointsAccount.Expire"/>.</summary>
    public IdempotencyKey? CommandKey { get; init => field = IdArgument.Require(value, nameof(CommandKey)); } = IdArgument.Require(CommandKey, nameof(CommandKey));

    /// <summary>How much the entry moved its lot: <see cref="Change"/> plus <see cref="DebtChange"/>.</summary>
    public Points LotChange => Change + DebtChange;
}
