namespace RetailCrm.Membership;

using RetailCrm.Primitives;

/// <summary>
/// What a tier asks for in the qualification window: a qualifying spend, a number of orders,
/// a number of confirmed points earned, combined with all or any.
/// </summary>
public sealed record TierRequirement
{
    /// <summary>No requirement: the entry tier.</summary>
    public static TierRequirement None { get; } = new();

    /// <summary>The qualifying spend needed, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The amount is not rounded or not positive.</exception>
    public Money? MinSpend
    {
        get;
        init => field = value is { } spend ? MoneyArgument.RoundedPositive(spend, nameof(MinSpend)) : null;
    }

    /// <summary>The number of orders needed, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public int? MinOrders
    {
        get;
        init => field = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(MinOrders), value, "At least 1.") : value;
    }

    /// <summary>The confirmed points earned needed, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The points are not positive.</exception>
    public Points? MinPoints
    {
        get;
        init => field = value is { } points && points <= Points.Zero ? throw new ArgumentOutOfRangeException(nameof(MinPoints), value, "Must be positive.") : value;
    }

    /// <summary>Whether every threshold (the default) or any one is needed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined mode.</exception>
    public RequirementMode Mode
    {
        get;
        init => field = ArgumentRange.Defined(value, nameof(Mode));
    }

    /// <summary>Whether the requirement asks for nothing.</summary>
    public bool IsNone => MinSpend is null && MinOrders is null && MinPoints is null;

    /// <summary>Whether <paramref name="totals"/> meet the requirement.</summary>
    /// <param name="totals">What the member did in the window.</param>
    /// <returns><see langword="true"/> when met.</returns>
    public bool IsMetBy(QualifyingTotals totals)
    {
        if (IsNone)
        {
            return true;
        }

        var spend = MinSpend is not { } s ? (bool?)null : totals.Spend >= s;
        var orders = MinOrders is not { } o ? (bool?)null : totals.Orders >= o;
        var points = MinPoints is not { } p ? (bool?)null : totals.Points >= p;
        return Mode == RequirementMode.All
            ? spend != false && orders != false && points != false
            : spend == true || orders == true || points == true;
    }

    /// <summary>"spend CNY 5000.00 and 10 orders".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (MinSpend is { } spend)
        {
            parts.Add($"spend {spend}");
        }

        if (MinOrders is { } orders)
        {
            parts.Add($"{orders} orders");
        }

        if (MinPoints is { } points)
        {
            parts.Add($"earn {points}");
        }

        return parts.Count == 0 ? "nothing" : string.Join(Mode == RequirementMode.All ? " and " : " or ", parts);
    }
}
