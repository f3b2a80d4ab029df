namespace RetailCrm.Primitives;

using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

/// <summary>
/// An amount of money in one currency: a price, a discount, an order total, a refund.
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic keeps full decimal precision, so that intermediate results such as "13% of a price"
/// stay exact; rounding to the currency's minor unit is explicit (<see cref="Round"/>) and happens
/// once per amount that a customer sees. Combining or comparing amounts of different currencies
/// throws <see cref="CurrencyMismatchException"/>: a price in CNY and one in USD do not add up.
/// </para>
/// <para><c>default(Money)</c> carries no currency and is not a valid amount.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, ISpanFormattable
{
    private readonly Currency? currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount in major units (e.g. yuan), any precision.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        this.currency = Guard.Against.Null(currency);
        Amount = amount;
    }

    /// <summary>The amount in major units, e.g. 12.50 for CNY 12.50.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default(Money)</c>, which has no currency.</exception>
    public Currency Currency => currency ?? throw new InvalidOperationException("default(Money) has no currency; create amounts with Money.Of.");

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Whether the amount is a whole number of the currency's minor units (e.g. whole fen).</summary>
    public bool IsRounded => decimal.Round(Amount, Currency.MinorUnits) == Amount;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates an amount from a whole number of minor units, e.g. 1250 fen is CNY 12.50.</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        Guard.Against.Null(currency);

        // The decimal the division (decimal)minorUnits / 10^k gives, built from its digits: division
        // drops trailing zeros, so the scale is k less one per trailing zero of minorUnits.
        var scale = currency.MinorUnits;
        while (scale > 0 && minorUnits % 10 == 0)
        {
            minorUnits /= 10;
            scale--;
        }

        var magnitude = minorUnits < 0 ? unchecked(0UL - (ulong)minorUnits) : (ulong)minorUnits;
        return new Money(new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, minorUnits < 0, (byte)scale), currency);
    }

    /// <summary>The amount as a whole number of minor units, e.g. CNY 12.50 is 1250.</summary>
    /// <returns>The number of minor units.</returns>
    /// <exception cref="InvalidOperationException">The amount is not rounded to the minor unit; call <see cref="Round"/> first.</exception>
    /// <exception cref="OverflowException">The amount has more minor units than a <see cref="long"/> holds.</exception>
    public long ToMinorUnits()
    {
        if (TryGetMinorUnits(out var minor))
        {
            return minor;
        }

        if (!IsRounded)
        {
            throw new InvalidOperationException($"{this} is not a whole number of minor units; round it first.");
        }

        return checked((long)(Amount * Currency.MinorUnitScale));
    }

    /// <summary>
    /// The amount in minor units when it is rounded to them and fits a <see cref="long"/>: read from
    /// the decimal's digits and scale, without decimal arithmetic (the hot paths read every order).
    /// </summary>
    /// <param name="minor">The minor units.</param>
    /// <returns><see langword="false"/> when the amount is not rounded, too large, or this is <c>default</c>.</returns>
    internal bool TryGetMinorUnits(out long minor)
    {
        minor = 0;
        if (currency is null)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        if (TryReadDigits(Amount, currency.MinorUnits, bits, out minor))
        {
            return true;
        }

        // More decimal places than minor units (maybe trailing zeros), or a huge amount: the slow path decides.
        minor = 0;
        return Amount.Scale > currency.MinorUnits && IsRounded && TrySlow(out minor);
    }

    /// <summary>
    /// The minor units of <paramref name="amount"/> read from its digits and scale alone, with no
    /// call and no division: inlined into loops over a million customers, with a scratch buffer the
    /// loop owns.
    /// </summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="minorUnits">The currency's number of minor units.</param>
    /// <param name="bits">Four integers of scratch space.</param>
    /// <param name="minor">The minor units.</param>
    /// <returns><see langword="false"/> when the amount has more decimal places than <paramref name="minorUnits"/> or does not fit a <see cref="long"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryReadDigits(decimal amount, int minorUnits, Span<int> bits, out long minor)
    {
        var wide = !DecimalDigits.TryRead(amount, bits, out var mantissa, out var scale, out var negative);
        var digits = minorUnits - scale;
        if (wide || digits < 0 || digits >= LargestMantissa.Length || mantissa > LargestMantissa[digits])
        {
            minor = 0;
            return false;
        }

        var magnitude = unchecked((long)mantissa * DecimalDigits.PowersOfTen[digits]);
        minor = negative ? -magnitude : magnitude;
        return true;
    }

    private const string NoCurrency = "(no currency)";

    // "F0" to "F4", one per number of minor units a currency may have.
    private static readonly string[] FixedFormats = ["F0", "F1", "F2", "F3", "F4"];

    // The largest mantissa that times 10^k still fits a long.
    private static readonly ulong[] LargestMantissa = [.. DecimalDigits.PowersOfTen.Select(p => (ulong)long.MaxValue / (ulong)p)];

    private bool TrySlow(out long minor)
    {
        var scaled = Amount * currency!.MinorUnitScale;
        var fits = scaled >= long.MinValue && scaled <= long.MaxValue;
        minor = fits ? (long)scaled : 0;
        return fits;
    }

    /// <summary>
    /// Rounds the amount to the currency's minor unit. The retail default, and this method's, is
    /// half away from zero (CNY 0.125 becomes CNY 0.13); a policy may choose another mode.
    /// </summary>
    /// <param name="mode">How to round a value exactly half-way between two minor units.</param>
    /// <returns>The rounded amount.</returns>
    public Money Round(MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        new(decimal.Round(Amount, Currency.MinorUnits, mode), Currency);

    /// <summary>The same amount with the opposite sign.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>The smaller of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>The larger of two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>Whether two amounts are equal: same currency and same value (CNY 1.0 equals CNY 1.00).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Money other) => Amount == other.Amount && currency == other.currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, currency);

    /// <summary>Orders two amounts of the same currency by value.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this amount is smaller, equal or larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>The amount with its currency code, e.g. "CNY 12.50".</summary>
    /// <returns>A readable amount; rounded amounts show exactly the currency's minor units.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[64];
        return TryFormat(buffer, out var written, default, null) ? new string(buffer[..written]) : ToString(null, null);
    }

    /// <summary>The same text as <see cref="ToString()"/>; the format and the provider are not used (amounts are always invariant).</summary>
    /// <param name="format">Not used.</param>
    /// <param name="formatProvider">Not used.</param>
    /// <returns>A readable amount.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (currency is null)
        {
            return NoCurrency;
        }

        var text = IsRounded
            ? Amount.ToString(FixedFormats[currency.MinorUnits], CultureInfo.InvariantCulture)
            : Amount.ToString(CultureInfo.InvariantCulture);
        return $"{currency.Code} {text}";
    }

    /// <summary>Writes the text of <see cref="ToString()"/> into <paramref name="destination"/>, allocating nothing (string interpolation uses it).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Not used.</param>
    /// <param name="provider">Not used.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (currency is null)
        {
            return TryWrite(NoCurrency, destination, ref charsWritten);
        }

        if (!TryWrite(currency.Code, destination, ref charsWritten) || !TryWrite(" ", destination, ref charsWritten))
        {
            charsWritten = 0;
            return false;
        }

        var fixedFormat = IsRounded ? FixedFormats[currency.MinorUnits] : null;
        if (!Amount.TryFormat(destination[charsWritten..], out var digits, fixedFormat, CultureInfo.InvariantCulture))
        {
            charsWritten = 0;
            return false;
        }

        charsWritten += digits;
        return true;
    }

    private static bool TryWrite(string text, Span<char> destination, ref int charsWritten)
    {
        if (!text.AsSpan().TryCopyTo(destination[charsWritten..]))
        {
            return false;
        }

        charsWritten += text.Length;
        return true;
    }

    internal static void EnsureSameCurrency(Money left, Money right)
    {
        if (left.currency != right.currency || left.currency is null)
        {
            throw new CurrencyMismatchException(left.currency, right.currency);
        }
    }
}
