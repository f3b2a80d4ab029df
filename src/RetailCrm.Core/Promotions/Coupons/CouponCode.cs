namespace RetailCrm.Promotions;

using System.Globalization;
using RetailCrm.Primitives;

/// <summary>
/// A coupon code as a shop prints it on a voucher or a customer types it at checkout, e.g. a
/// vanity code "GOLD-50" or a generated code "7KQ2-MX9A-4TR".
/// </summary>
/// <remarks>
/// Two codes are the same coupon exactly when their <see cref="Key"/>s are equal: letter case,
/// spaces and hyphens do not matter, and the letters customers mix up with digits count as those
/// digits (O as 0, I and L as 1, as in Crockford's base 32). So "gold-50", "GOLD50" and "G0LD 50"
/// are one coupon. Every other difference makes a different code, which a store looks up and finds
/// unknown; it is never taken for another coupon.
/// </remarks>
public readonly struct CouponCode : IEquatable<CouponCode>, IIdentifier
{
    /// <summary>Reads a coupon code as the shop or a code generator wrote it, or as a customer typed it.</summary>
    /// <param name="text">
    /// Not blank, at most 200 characters, no control, format or line-separator characters, and at
    /// least one character besides spaces and hyphens.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="text"/> is blank, too long, has invisible characters or holds nothing but
    /// spaces and hyphens.
    /// </exception>
    public CouponCode(string text)
    {
        Text = Identifier.Require(text, nameof(text)).Trim();
        Key = Canonicalize(Text);
        if (Key.Length == 0)
        {
            throw new ArgumentException("A coupon code needs at least one character besides spaces and hyphens.", nameof(text));
        }
    }

    /// <summary>
    /// The code as it was written, without leading or trailing spaces: what to print on a voucher
    /// or show to the customer. Empty for <c>default</c>, which is not a valid code.
    /// </summary>
    public string Text { get => field ?? string.Empty; }

    /// <summary>
    /// The canonical form the coupon is stored and looked up under: upper case, without spaces or
    /// hyphens, with O read as 0 and I and L as 1. Empty for <c>default</c>.
    /// </summary>
    public string Key { get => field ?? string.Empty; }

    /// <summary>Whether two codes are the same coupon, i.e. have the same <see cref="Key"/>.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><c>true</c> when they are the same coupon.</returns>
    public static bool operator ==(CouponCode left, CouponCode right) => left.Equals(right);

    /// <summary>Whether two codes are different coupons, i.e. have different <see cref="Key"/>s.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><c>true</c> when they are different coupons.</returns>
    public static bool operator !=(CouponCode left, CouponCode right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> is the same coupon: the <see cref="Key"/>s are ordinally equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><c>true</c> when they are the same coupon.</returns>
    public bool Equals(CouponCode other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CouponCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <summary>The code as it was written (<see cref="Text"/>).</summary>
    /// <returns>The text of the code.</returns>
    public override string ToString() => Text;

    /// <inheritdoc />
    bool IIdentifier.IsDefault => Key.Length == 0;

    private static string Canonicalize(string text)
    {
        var upper = text.ToUpperInvariant();
        // Identifier.Require caps the length at 200 characters, so the buffer stays small.
        Span<char> key = stackalloc char[upper.Length];
        var length = 0;
        foreach (var c in upper)
        {
            if (!IsSeparator(c))
            {
                key[length++] = c switch
                {
                    'O' => '0',
                    'I' or 'L' => '1',
                    _ => c,
                };
            }
        }

        var canonical = key[..length];
        // A code already written in canonical form (as generated codes without groups are) shares one string.
        return canonical.SequenceEqual(text) ? text : new string(canonical);
    }

    // Phones and word processors turn a typed hyphen into other dashes and spaces into no-break
    // spaces; all of them only group the characters of a code.
    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
