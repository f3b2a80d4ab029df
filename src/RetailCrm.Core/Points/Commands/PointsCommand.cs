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

    /// <summary>
    /// The keyed records the command reads or writes besides the live state: what a store loads for
    /// it (<see cref="IPointsAccountStore.LoadAsync"/>), always including its own idempotency key.
    /// </summary>
    /// <returns>The keys.</returns>
    public abstract PointsKeys Touches();

    /// <summary>A short description of what the command asks, for people: logs, statements, test output.</summary>
    /// <returns>A description, e.g. "earn order o-1001"; it leaves details out, so two different commands may share it.</returns>
    public abstract string Describe();

    /// <summary>
    /// The canonical text of everything the command asks, every field of it but the key: what the
    /// account keeps under the key (<see cref="ProcessedCommand.Content"/>) and compares, so that the
    /// same key again is a replay only for a command that asks exactly the same.
    /// </summary>
    /// <remarks>
    /// Culture-invariant, and equal for commands that are equal field by field, where amounts and
    /// multipliers compare by value (CNY 200 and CNY 200.00, 1.5 and 1.50 are the same); order lines
    /// count in their order. For example
    /// <c>earn(order="o-1", paidAt=2026-03-03T06:00:00Z, lines=[(sku="o-1-goods", category="general", amountPaid=CNY 200.00)], shipping=CNY 0.00, paidWithPoints=CNY 0.00, tierMultiplier=1)</c>.
    /// </remarks>
    /// <returns>The canonical content.</returns>
    public abstract string ToCanonicalString();
}
