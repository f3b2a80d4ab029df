namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>One step of a spend threshold: spend at least <see cref="Threshold"/>, get <see cref="Off"/> off the order.</summary>
public sealed record SpendTier
{
    /// <summary>Creates a tier, e.g. spend CNY 200 get CNY 20 off.</summary>
    /// <param name="threshold">The spend needed, rounded, positive.</param>
    /// <param name="off">The amount off, rounded, positive.</param>
    /// <exception cref="ArgumentException">An amount is not rounded, not positive, or the currencies differ.</exception>
    public SpendTier(Money threshold, Money off)
    {
        Threshold = MoneyArgument.RoundedPositive(threshold, nameof(threshold));
        Off = MoneyArgument.RoundedPositive(off, nameof(off));
        if (off.Currency != threshold.Currency)
        {
            throw new ArgumentException("The threshold and the amount off must be in one currency.", nameof(off));
        }
    }

    /// <summary>The spend needed.</summary>
    public Money Threshold { get; }

    /// <summary>The amount off.</summary>
    public Money Off { get; }

    /// <summary>"spend CNY 200.00 get CNY 20.00 off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"spend {Threshold} get {Off} off";
}
