namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>What committing a <see cref="PromotionUsageChange"/> did: everything was written, or nothing because an increment would pass its limit.</summary>
public sealed class UsageCommitResult
{
    private UsageCommitResult(CounterIncrement? refused, long counterValue)
    {
        Refused = refused;
        CounterValue = counterValue;
    }

    /// <summary>Everything was written.</summary>
    public static UsageCommitResult Committed { get; } = new(null, 0);

    /// <summary>Whether everything was written.</summary>
    public bool Succeeded => Refused is null;

    /// <summary>The first increment that would have passed its limit; nothing was written.</summary>
    public CounterIncrement? Refused { get; }

    /// <summary>The value of the refused increment's counter when it was refused.</summary>
    public long CounterValue { get; }

    /// <summary>Nothing was written: <paramref name="increment"/> does not fit on its counter at <paramref name="counterValue"/>.</summary>
    /// <param name="increment">The first increment that would pass its limit.</param>
    /// <param name="counterValue">The counter's value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="increment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counterValue"/> is negative.</exception>
    /// <exception cref="ArgumentException">The increment does fit on the value.</exception>
    public static UsageCommitResult RefusedBy(CounterIncrement increment, long counterValue)
    {
        Guard.Against.Null(increment);
        ArgumentRange.NotNegative(counterValue);
        return increment.FitsOn(counterValue)
            ? throw new ArgumentException($"{increment} fits on {counterValue}; it is not refused.", nameof(increment))
            : new(increment, counterValue);
    }

    /// <summary>"committed" or the refused increment.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Refused is null ? "committed" : $"refused: {Refused} on {CounterValue}";
}
