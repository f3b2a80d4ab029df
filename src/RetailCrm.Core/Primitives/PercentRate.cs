namespace RetailCrm.Primitives;

/// <summary>
/// A <see cref="Percentage"/> read once for repeated use on whole minor units: its digits as a
/// numerator over a power of ten, so each share is exact integer arithmetic when the product fits a
/// <see cref="long"/> (decimal arithmetic otherwise), rounded once, half away from zero.
/// </summary>
internal readonly struct PercentRate
{
    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    private readonly Percentage percent;
    private readonly long numerator;
    private readonly long divisor;

    public PercentRate(Percentage percent)
    {
        this.percent = percent;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(percent.Value, bits);
        var scale = percent.Value.Scale + 2;
        if (bits[1] == 0 && bits[2] == 0 && scale <= 18)
        {
            numerator = (uint)bits[0];
            divisor = PowersOfTen[scale];
        }
    }

    /// <summary>The percentage of <paramref name="minorUnits"/>, rounded once, half away from zero.</summary>
    public long RoundedShareOf(long minorUnits)
    {
        if (divisor != 0)
        {
            var high = Math.BigMul(minorUnits, numerator, out var product);
            if ((high == 0 && product >= 0) || (high == -1 && product < 0))
            {
                // Constant divisors for the usual scales (whole and one- or two-decimal percentages),
                // which the compiler turns into multiplications.
                var (quotient, remainder) = divisor switch
                {
                    100 => Math.DivRem(product, 100L),
                    1_000 => Math.DivRem(product, 1_000L),
                    10_000 => Math.DivRem(product, 10_000L),
                    _ => Math.DivRem(product, divisor),
                };
                return Math.Abs(remainder) * 2 >= divisor ? quotient + Math.Sign(remainder) : quotient;
            }
        }

        return (long)decimal.Round(minorUnits * percent.Fraction, 0, MidpointRounding.AwayFromZero);
    }
}
