namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>Every entry of an account with its running balance, and the position at the instant asked about.</summary>
/// <param name="CustomerId">The account's customer.</param>
/// <param name="Lines">The entries, oldest first, each with the balance after it.</param>
/// <param name="Balance">The position at the instant asked about.</param>
public sealed record PointsStatement(CustomerId CustomerId, IReadOnlyList<StatementLine> Lines, PointsBalance Balance)
{
    /// <summary>The account's customer.</summary>
    public CustomerId CustomerId { get; init => field = IdArgument.Require(value, nameof(CustomerId)); } = IdArgument.Require(CustomerId, nameof(CustomerId));
}
