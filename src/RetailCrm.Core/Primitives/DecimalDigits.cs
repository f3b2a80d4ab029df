namespace RetailCrm.Primitives;

using System.Runtime.CompilerServices;

/// <summary>
/// A decimal read as its digits and scale (value = ±mantissa / 10^scale), and the powers of ten
/// that turn such digits into whole units: the one reading behind minor units, percentage rates and
/// the lifecycle trend rule, all done in integers on hot paths.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>10^0 to 10^18, every power of ten a <see cref="long"/> holds.</summary>
    public static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    /// <summary>
    /// The digits of <paramref name="value"/> when they fit 64 bits, its scale and its sign, read
    /// into <paramref name="bits"/> (four integers the caller owns).
    /// </summary>
    /// <returns><see langword="false"/> when the digits need more than 64 bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(decimal value, Span<int> bits, out ulong mantissa, out int scale, out bool negative)
    {
        decimal.GetBits(value, bits);
        mantissa = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
        return bits[2] == 0;
    }
}
