namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>
/// What a store loaded for one command: the counters it named (those above zero) and the uses of the
/// order it named. Its size is bounded by the catalog and the command, never by history;
/// <see cref="RecordCount"/> says how many records it holds.
/// </summary>
public sealed class LoadedPromotionUsage
{
    /// <summary>Creates the loaded state.</summary>
    /// <param name="counters">Counter values; a counter missing (or at zero) reads as zero.</param>
    /// <param name="orderUses">The named order's uses, at most one per promotion.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counters"/> or <paramref name="orderUses"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">A counter is negative, or the uses name two orders or one promotion twice.</exception>
    public LoadedPromotionUsage(IReadOnlyDictionary<UsageCounter, long> counters, IEnumerable<OrderUse> orderUses)
    {
        Guard.Against.Null(counters);
        Guard.Against.Null(orderUses);
        var values = new Dictionary<UsageCounter, long>();
        foreach (var (counter, value) in counters)
        {
            if (value < 0)
            {
                throw new ArgumentException($"The counter {counter} is {value}; counters are never negative.", nameof(counters));
            }

            if (value > 0)
            {
                values.Add(counter, value);
            }
        }

        OrderUses = [.. orderUses.Select(u => u ?? throw new ArgumentNullException(nameof(orderUses), "A use is null."))];
        if (OrderUses.Select(u => u.Order).Distinct().Count() > 1 || OrderUses.Select(u => u.Promotion).Distinct().Count() != OrderUses.Count)
        {
            throw new ArgumentException("The uses of one order are loaded, at most one per promotion.", nameof(orderUses));
        }

        Counters = values;
    }

    /// <summary>Nothing loaded: every counter at zero, no uses.</summary>
    public static LoadedPromotionUsage Empty { get; } = new(new Dictionary<UsageCounter, long>(), []);

    /// <summary>The counters above zero.</summary>
    public IReadOnlyDictionary<UsageCounter, long> Counters { get; }

    /// <summary>The named order's uses.</summary>
    public IReadOnlyList<OrderUse> OrderUses { get; }

    /// <summary>How many records were loaded: counters above zero plus the order's uses.</summary>
    public int RecordCount => Counters.Count + OrderUses.Count;

    /// <summary>The value of <paramref name="counter"/>; zero when it was not loaded or is at zero.</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counter"/> is null.</exception>
    public long ValueOf(UsageCounter counter) => Counters.GetValueOrDefault(Guard.Against.Null(counter));
}
