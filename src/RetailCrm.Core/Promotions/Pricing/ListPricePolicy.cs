namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// Where the engine's list prices come from before any promotion: the price on the cart line, or
/// the unit cost plus a gross margin (JD prices at purchase cost plus 5%).
/// </summary>
public sealed class ListPricePolicy
{
    private ListPricePolicy(Percentage? margin) => Margin = margin;

    /// <summary>The list price is the cart line's unit price.</summary>
    public static ListPricePolicy AsGiven { get; } = new(null);

    /// <summary>The gross margin added to the unit cost, or <see langword="null"/> when prices are taken as given.</summary>
    public Percentage? Margin { get; }

    /// <summary>
    /// List prices are the unit cost plus <paramref name="margin"/>, rounded once to the minor unit
    /// (half away from zero). Lines without a known cost keep their unit price.
    /// </summary>
    /// <param name="margin">The gross margin on cost, e.g. 5%.</param>
    /// <returns>The policy.</returns>
    public static ListPricePolicy CostPlus(Percentage margin) => new(margin);

    /// <summary>The list price of one unit of <paramref name="line"/> under this policy.</summary>
    /// <param name="line">The cart line.</param>
    /// <returns>The unit list price, rounded to the minor unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public Money UnitListPrice(CartLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Margin is { } margin && line.UnitCost is { } cost
            ? (cost + margin.Of(cost)).Round()
            : line.UnitPrice;
    }

    /// <summary>"as given" or "cost + 5%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Margin is { } margin ? $"cost + {margin}" : "as given";
}
