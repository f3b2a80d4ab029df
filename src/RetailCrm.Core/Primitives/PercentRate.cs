namespace RetailCrm.Primitives;

/// <summary>
/// A <see cref="Percentage"/> read once for repeated use on whole minor units: its digits as a
/// numerator over a power of ten, so each share is exact integer arithmetic when the product fits a
/// <see cref="long"/> (decimal arithmetic otherwise), rounded once, half away from zero.
/// </summary>
internal readonly struct PercentRate
{
    private readonly Percentage percent;
    private readonly long numerator;
    private readonly long divisor;

    public PercentRate(Percentage percent)
    {
        this.percent = percent;
        Span<int> bits = stackalloc int[4];
        if (DecimalDigits.TryRead(percent.Value, bits, out var mantissa, out var scale, out _)
            && mantissa <= uint.MaxValue && scale + 2 < DecimalDigits.PowersOfTen.Length)
        {
            // A percentage is its digits over 10^(scale + 2).
            numerator = (long)mantissa;
            divisor = DecimalDigits.PowersOfTen[scale + 2];
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
