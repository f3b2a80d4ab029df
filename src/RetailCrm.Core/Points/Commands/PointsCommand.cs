namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>
/// A request to change a points account, carrying the idempotency key under which its first
/// outcome is kept: the same key again returns that outcome and changes nothing.
/// </summary>
public abstract record PointsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="key">The idempotency key, e.g. "order-1001:earn".</param>
    private protected PointsCommand(IdempotencyKey key)
    {
        Key = IdArgument.Require(key, nameof(key));
    }

    /// <summary>The idempotency key.</summary>
    public IdempotencyKey Key { get; }

    /// <summary>A description of what the command asks, to tell a replay from a reused key.</summary>
    /// <returns>A stable description, e.g. "earn order-1001".</returns>
    public abstract string Describe();
}
