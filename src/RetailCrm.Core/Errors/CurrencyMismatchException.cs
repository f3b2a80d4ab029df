namespace RetailCrm;

using RetailCrm.Primitives;

/// <summary>Thrown when amounts of different currencies are added, subtracted or compared.</summary>
public sealed class CurrencyMismatchException : RetailCrmException
{
    /// <summary>Creates the exception for the two currencies involved.</summary>
    /// <param name="left">The currency of the first amount, or null for <c>default(Money)</c>.</param>
    /// <param name="right">The currency of the second amount, or null for <c>default(Money)</c>.</param>
    public CurrencyMismatchException(Currency? left, Currency? right)
        : base($"Amounts in {Describe(left)} and {Describe(right)} cannot be combined or compared.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The currency of the first amount, or null when it had none.</summary>
    public Currency? Left { get; }

    /// <summary>The currency of the second amount, or null when it had none.</summary>
    public Currency? Right { get; }

    private static string Describe(Currency? currency) => currency?.Code ?? "no currency";
}
