namespace RetailCrm.Segmentation;

using System.Runtime.CompilerServices;
using RetailCrm.Primitives;

/// <summary>
/// Reads an amount's minor units inside a loop over a million customers: inlined, from the
/// decimal's digits and scale into a buffer the loop owns, with no call and no division per
/// amount. Amounts it cannot read this way (more decimal places than the currency's minor units,
/// or too large) are left to <see cref="Money.ToMinorUnits"/>.
/// </summary>
internal static class MinorUnitReader
{
    // 10^k, and the largest digits a long holds times 10^k.
    private static readonly long[] Scale = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];
    private static readonly ulong[] Largest = [.. Scale.Select(s => (ulong)long.MaxValue / (ulong)s)];

    /// <summary>The amount of <paramref name="value"/> in minor units of <paramref name="currency"/>, when its digits say so directly.</summary>
    /// <param name="value">The amount; its currency is not checked here.</param>
    /// <param name="currency">The currency whose minor units count.</param>
    /// <param name="bits">Four integers of scratch space.</param>
    /// <param name="minor">The minor units.</param>
    /// <returns><see langword="false"/> when the amount has more decimal places than the currency's minor units or does not fit a <see cref="long"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(in Money value, Currency currency, Span<int> bits, out long minor)
    {
        decimal.GetBits(value.Amount, bits);
        var digits = currency.MinorUnits - ((bits[3] >> 16) & 0xFF);
        var mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        if (digits < 0 || digits >= Scale.Length || bits[2] != 0 || mantissa > Largest[digits])
        {
            minor = 0;
            return false;
        }

        var magnitude = unchecked((long)mantissa * Scale[digits]);
        minor = bits[3] < 0 ? -magnitude : magnitude;
        return true;
    }
}
