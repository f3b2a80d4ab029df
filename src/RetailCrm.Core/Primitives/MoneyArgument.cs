namespace RetailCrm.Primitives;

/// <summary>Guards for money arguments, shared by every type that takes prices and amounts.</summary>
internal static class MoneyArgument
{
    /// <summary>Returns <paramref name="value"/> when it is a valid, rounded, non-negative amount (in <paramref name="currency"/> if given).</summary>
    /// <exception cref="ArgumentException">The amount has no currency, another currency, or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Money RoundedNonNegative(Money value, string paramName, Currency? currency = null)
    {
        if (value == default)
        {
            throw new ArgumentException("The amount has no currency.", paramName);
        }

        if (currency is not null && value.Currency != currency)
        {
            throw new ArgumentException($"The amount {value} is not in {currency}.", paramName);
        }

        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The amount must not be negative.");
        }

        if (!value.IsRounded)
        {
            throw new ArgumentException($"The amount {value} is not rounded to the currency's minor unit.", paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a valid, rounded amount above zero.</summary>
    /// <exception cref="ArgumentException">The amount has no currency or is not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative.</exception>
    public static Money RoundedPositive(Money value, string paramName)
    {
        RoundedNonNegative(value, paramName);
        return value.IsZero
            ? throw new ArgumentOutOfRangeException(paramName, value, "The amount must be above zero.")
            : value;
    }
}
