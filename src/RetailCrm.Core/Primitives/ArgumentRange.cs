namespace RetailCrm.Primitives;

using System.Numerics;
using System.Runtime.CompilerServices;

/// <summary>
/// Range guards that throw <see cref="ArgumentOutOfRangeException"/> naming the argument, as the
/// library's documentation promises for counts, quantities and multipliers out of range.
/// </summary>
internal static class ArgumentRange
{
    /// <summary>Returns <paramref name="value"/> when it is zero or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static T NotNegative<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumberBase<T>, IComparisonOperators<T, T, bool>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, paramName);
        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is above zero.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public static T Positive<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : INumberBase<T>, IComparisonOperators<T, T, bool>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, paramName);
        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a defined member of its enumeration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name}.");
}
