namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>A points account's position at an instant, as a customer or support agent reads it.</summary>
/// <remarks><see cref="Total"/> = <see cref="Available"/> + <see cref="Pending"/> + <see cref="ExpiredNotWrittenOff"/>; debt is already subtracted from <see cref="Available"/>.</remarks>
/// <param name="At">The instant asked about.</param>
/// <param name="Total">The ledger balance: the sum of all entries.</param>
/// <param name="Available">Points that can be spent now, minus any debt (negative only when in debt).</param>
/// <param name="Pending">Points earned but still inside the return window.</param>
/// <param name="ExpiredNotWrittenOff">Points past their expiry for which no expiry entry is written yet; never spendable.</param>
/// <param name="Debt">Points owed after a clawback of points already spent.</param>
/// <param name="ExpiringSoon">Spendable points that expire within the policy's expiring-soon window.</param>
/// <param name="NextExpiry">The earliest instant at which spendable or pending points expire, or null.</param>
public sealed record PointsBalance(
    Instant At,
    Points Total,
    Points Available,
    Points Pending,
    Points ExpiredNotWrittenOff,
    Points Debt,
    Points ExpiringSoon,
    Instant? NextExpiry);
