namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>
/// "Add <see cref="Amount"/> to <see cref="Counter"/> if it stays within <see cref="Limit"/>": how
/// usage counters move. A store applies it atomically, without reading the counter first and
/// without a version (in SQL one <c>UPDATE ... SET n = n + @amount WHERE id = @id AND n + @amount &lt;= @limit</c>),
/// so parallel orders never collide on a counter and only a real sell-out refuses.
/// </summary>
public sealed record CounterIncrement
{
    /// <summary>Creates an increment (or, with a negative amount, a decrement).</summary>
    /// <param name="counter">The counter to move.</param>
    /// <param name="amount">How much to add; not zero. Negative gives back (a cancelled order).</param>
    /// <param name="limit">The most the counter may hold after an increase, or <see langword="null"/> for no limit; only for a positive amount.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counter"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero, or <paramref name="limit"/> is negative or given with a negative amount.</exception>
    public CounterIncrement(UsageCounter counter, long amount, long? limit = null)
    {
        Counter = Guard.Against.Null(counter);
        Amount = amount != 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "An increment moves the counter.");
        Limit = limit switch
        {
            null => null,
            < 0 => throw new ArgumentOutOfRangeException(nameof(limit), limit, "A limit is not negative."),
            _ when amount < 0 => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Only an increase has a limit; giving back is never refused."),
            _ => limit,
        };
    }

    /// <summary>The counter.</summary>
    public UsageCounter Counter { get; }

    /// <summary>How much to add; negative to give back.</summary>
    public long Amount { get; }

    /// <summary>The most the counter may hold afterwards, or <see langword="null"/> for no limit.</summary>
    public long? Limit { get; }

    /// <summary>Whether the increment may be applied to the counter at <paramref name="value"/>: it stays within its limit and not below zero.</summary>
    /// <param name="value">The counter's value now.</param>
    /// <returns><see langword="true"/> when it fits.</returns>
    public bool FitsOn(long value) => value + Amount >= 0 && (Limit is not { } limit || value + Amount <= limit);

    /// <summary>E.g. "UnitsSold of flash-618 + 2 (limit 100)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Counter} {(Amount < 0 ? "-" : "+")} {Math.Abs(Amount)}" + (Limit is { } limit ? $" (limit {limit})" : string.Empty);
}
