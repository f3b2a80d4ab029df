namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>One step of a quantity discount: from <see cref="MinUnits"/> units, a percentage off or a unit price.</summary>
public sealed record QuantityTier
{
    private QuantityTier(int minUnits, Percentage? percentOff, Money? unitPrice)
    {
        MinUnits = ArgumentRange.Positive(minUnits, nameof(minUnits));
        PercentOff = percentOff;
        UnitPrice = unitPrice;
    }

    /// <summary>The number of targeted units from which the tier applies.</summary>
    public int MinUnits { get; }

    /// <summary>The percentage off each unit, when the tier is a percentage.</summary>
    public Percentage? PercentOff { get; }

    /// <summary>The price of each unit, when the tier is a unit price.</summary>
    public Money? UnitPrice { get; }

    /// <summary>From <paramref name="minUnits"/> units, <paramref name="percent"/> off each.</summary>
    /// <param name="minUnits">At least 1.</param>
    /// <param name="percent">Above 0% and at most 100%.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static QuantityTier Percent(int minUnits, Percentage percent) =>
        percent > Percentage.Zero && percent <= Percentage.Hundred
            ? new(minUnits, percent, null)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A discount is above 0% and at most 100%.");

    /// <summary>From <paramref name="minUnits"/> units, each at <paramref name="unitPrice"/>.</summary>
    /// <param name="minUnits">At least 1.</param>
    /// <param name="unitPrice">Rounded, not negative.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minUnits"/> is below 1 or <paramref name="unitPrice"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitPrice"/> is not rounded.</exception>
    public static QuantityTier Price(int minUnits, Money unitPrice) =>
        new(minUnits, null, MoneyArgument.RoundedNonNegative(unitPrice, nameof(unitPrice)));

    /// <summary>"from 3: 10% off" or "from 10: CNY 8.00 each".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"from {MinUnits}: " + (PercentOff is { } p ? $"{p} off" : $"{UnitPrice} each");
}
