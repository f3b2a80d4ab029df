namespace RetailCrm.Primitives;

using System.Collections.Frozen;
using Ardalis.GuardClauses;

/// <summary>
/// A currency as ISO 4217 defines it: a three-letter code and the number of minor units
/// (decimal places) in which prices are quoted and rounded, e.g. CNY has 2 (fen), JPY has 0.
/// </summary>
/// <remarks>
/// Two currencies are equal when their codes and minor units are equal. The common currencies of
/// online retail are available as static members; <see cref="FromCode"/> finds them by code, and
/// the public constructor admits any other ISO 4217 currency a shop needs.
/// </remarks>
public sealed class Currency : IEquatable<Currency>
{
    private static readonly FrozenDictionary<string, Currency> Known = new[]
    {
        new Currency("CNY", 2), new Currency("USD", 2), new Currency("EUR", 2),
        new Currency("JPY", 0), new Currency("GBP", 2), new Currency("HKD", 2),
        new Currency("TWD", 2), new Currency("KRW", 0), new Currency("SGD", 2),
        new Currency("AUD", 2), new Currency("CAD", 2), new Currency("CHF", 2),
        new Currency("KWD", 3), new Currency("BHD", 3),
    }.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Chinese yuan renminbi, 2 minor units (fen).</summary>
    public static Currency CNY { get; } = Known["CNY"];

    /// <summary>United States dollar, 2 minor units (cents).</summary>
    public static Currency USD { get; } = Known["USD"];

    /// <summary>Euro, 2 minor units (cents).</summary>
    public static Currency EUR { get; } = Known["EUR"];

    /// <summary>Japanese yen, no minor units.</summary>
    public static Currency JPY { get; } = Known["JPY"];

    /// <summary>Pound sterling, 2 minor units (pence).</summary>
    public static Currency GBP { get; } = Known["GBP"];

    /// <summary>Hong Kong dollar, 2 minor units (cents).</summary>
    public static Currency HKD { get; } = Known["HKD"];

    /// <summary>Creates a currency from its ISO 4217 code and number of minor units.</summary>
    /// <param name="code">Three upper-case ASCII letters, e.g. "CNY".</param>
    /// <param name="minorUnits">Decimal places of the currency's smallest unit, 0 to 4.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three upper-case letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> is outside 0 to 4.</exception>
    public Currency(string code, int minorUnits)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"A currency code is three upper-case letters (ISO 4217), not '{code}'.", nameof(code));
        }

        Code = code;
        MinorUnits = Guard.Against.OutOfRange(minorUnits, nameof(minorUnits), 0, 4);
        MinorUnitScale = DecimalDigits.PowersOfTen[minorUnits];
        SmallestUnit = 1m / MinorUnitScale;
    }

    /// <summary>The ISO 4217 code, e.g. "CNY".</summary>
    public string Code { get; }

    /// <summary>The number of decimal places in which amounts of this currency are rounded.</summary>
    public int MinorUnits { get; }

    /// <summary>The smallest amount of this currency, e.g. 0.01 for CNY and 1 for JPY.</summary>
    public decimal SmallestUnit { get; }

    /// <summary>Minor units per major unit: 100 for CNY, 1 for JPY.</summary>
    internal long MinorUnitScale { get; }

    /// <summary>The currencies this library knows by code.</summary>
    public static IReadOnlyCollection<Currency> All => Known.Values;

    /// <summary>Finds a known currency by its ISO 4217 code.</summary>
    /// <param name="code">The code, e.g. "USD"; case-insensitive.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or not a known code.</exception>
    public static Currency FromCode(string code)
    {
        Guard.Against.NullOrWhiteSpace(code);
        return Known.TryGetValue(code.ToUpperInvariant(), out var currency)
            ? currency
            : throw new ArgumentException(
                $"'{code}' is not a currency this library knows; create it with new Currency(code, minorUnits).",
                nameof(code));
    }

    /// <inheritdoc />
    public bool Equals(Currency? other) =>
        other is not null && (ReferenceEquals(this, other) || (Code == other.Code && MinorUnits == other.MinorUnits));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    /// <summary>The ISO code.</summary>
    /// <returns>The code, e.g. "CNY".</returns>
    public override string ToString() => Code;

    /// <summary>Whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><c>true</c> when both are the same currency or both are null.</returns>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);
}
