namespace RetailCrm.Promotions;

using System.Security.Cryptography;
using Ardalis.GuardClauses;

/// <summary>
/// Issues random coupon codes that customers can type: Crockford base 32 characters in hyphenated
/// groups, ending in a check character that catches most typing mistakes before the store looks
/// the code up, e.g. "7KQ2-MX9A-4TR".
/// </summary>
/// <remarks>
/// <para>
/// The characters are <c>0123456789ABCDEFGHJKMNPQRSTVWXYZ</c>: no I, L or O, which customers mix
/// up with 1 and 0 (and which <see cref="CouponCode.Key"/> reads as those digits anyway), and no U.
/// Each random character comes from one byte of the caller's cryptographically secure generator,
/// keeping its low five bits: 256 is a multiple of 32, so every character is equally likely and a
/// code cannot be predicted from the codes issued before it. Ten random characters make 32^10,
/// about 10^15, codes: with a million coupons issued, a guess hits one about once in a billion tries.
/// </para>
/// <para>
/// The last character is the Luhn mod 32 check character of the random ones. A code whose check
/// character does not match (<see cref="HasValidCheckCharacter"/>) is a mistyped code, never
/// another coupon. What the check guarantees, for the alphabet indices of the characters:
/// </para>
/// <list type="bullet">
/// <item><description>every single-character substitution is detected, including one in the check character itself;</description></item>
/// <item><description>
/// every swap of two different adjacent characters is detected, except swapping 0 and Z (indices 0
/// and 31): 1 of the 496 pairs of different characters, so 0.2% of such swaps go undetected;
/// </description></item>
/// <item><description>
/// not detected: swapping two characters one apart ("ABC" typed as "CBA"), and 11 of the 496 twin
/// errors ("00" typed as "NN", and the like).
/// </description></item>
/// </list>
/// </remarks>
public sealed class CouponCodeGenerator
{
    /// <summary>The most codes one batch can hold.</summary>
    private const int MaxBatchSize = 1_000_000;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Radix = 32;
    private const char GroupSeparator = '-';

    // A secure generator repeats a code this often in a row with probability below 10^-20 even when
    // a batch of a million four-character codes has taken up 95% of all codes; a generator that
    // does is broken, and waiting for it would never end.
    private const int MaxRepeatsInARow = 1_000;

    /// <summary>Configures the shape of the codes to issue.</summary>
    /// <param name="length">The number of random characters, 4 to 32; the check character comes on top.</param>
    /// <param name="groupSize">
    /// The number of characters per hyphen-separated group in <see cref="CouponCode.Text"/>, 2 to
    /// <paramref name="length"/>; 0 for no hyphens. The last group may be shorter.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="length"/> is outside 4 to 32, or <paramref name="groupSize"/> is neither 0
    /// nor within 2 to <paramref name="length"/>.
    /// </exception>
    public CouponCodeGenerator(int length = 10, int groupSize = 4)
    {
        Length = Guard.Against.OutOfRange(length, nameof(length), 4, 32);
        if (groupSize != 0 && (groupSize < 2 || groupSize > length))
        {
            throw new ArgumentOutOfRangeException(
                nameof(groupSize), groupSize, $"Groups hold 2 to {length} characters, or 0 for no hyphens.");
        }

        GroupSize = groupSize;
    }

    /// <summary>The number of random characters per code, not counting the check character.</summary>
    public int Length { get; }

    /// <summary>The number of characters per hyphen-separated group; 0 when codes have no hyphens.</summary>
    public int GroupSize { get; }

    /// <summary>
    /// Whether the last character of the code's <see cref="CouponCode.Key"/> is the Luhn mod 32
    /// check character of the others: tells a mistyped generated code from one worth looking up.
    /// </summary>
    /// <remarks>
    /// Vanity codes a shop chose ("GOLD50") usually fail; whether a store issues only generated
    /// codes, and so may reject the others unseen, is the store's decision.
    /// </remarks>
    /// <param name="code">The code as the customer typed it.</param>
    /// <returns>
    /// <c>true</c> when the key has at least two characters, all from the Crockford alphabet, and
    /// ends in the check character of the rest.
    /// </returns>
    public static bool HasValidCheckCharacter(CouponCode code)
    {
        var key = code.Key;
        if (key.Length < 2)
        {
            return false;
        }

        // A key has at most 200 characters (the identifier limit).
        Span<int> indices = stackalloc int[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            indices[i] = Alphabet.IndexOf(key[i], StringComparison.Ordinal);
            if (indices[i] < 0)
            {
                return false;
            }
        }

        return CheckIndex(indices[..^1]) == indices[^1];
    }

    /// <summary>Issues one random code.</summary>
    /// <param name="random">A cryptographically secure source of randomness, e.g. <see cref="RandomNumberGenerator.Create()"/>.</param>
    /// <returns>A code of <see cref="Length"/> random characters and a check character, grouped by <see cref="GroupSize"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public CouponCode Next(RandomNumberGenerator random)
    {
        Guard.Against.Null(random);
        Span<byte> bytes = stackalloc byte[Length];
        random.GetBytes(bytes);

        Span<int> indices = stackalloc int[Length + 1];
        for (var i = 0; i < Length; i++)
        {
            indices[i] = bytes[i] & (Radix - 1);
        }

        indices[Length] = CheckIndex(indices[..Length]);
        return new CouponCode(Render(indices));
    }

    /// <summary>Issues a batch of different codes, e.g. for a mailing where every customer gets their own coupon.</summary>
    /// <param name="count">The number of codes, 1 to 1,000,000.</param>
    /// <param name="random">A cryptographically secure source of randomness, e.g. <see cref="RandomNumberGenerator.Create()"/>.</param>
    /// <returns><paramref name="count"/> codes, no two the same coupon, in the order they were drawn.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 to 1,000,000.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="random"/> keeps repeating codes already drawn: it is not random.</exception>
    public IReadOnlyList<CouponCode> Next(int count, RandomNumberGenerator random)
    {
        Guard.Against.OutOfRange(count, nameof(count), 1, MaxBatchSize);
        Guard.Against.Null(random);

        var codes = new List<CouponCode>(count);
        var drawn = new HashSet<CouponCode>(count);
        var repeats = 0;
        while (codes.Count < count)
        {
            var code = Next(random);
            if (drawn.Add(code))
            {
                codes.Add(code);
                repeats = 0;
            }
            else if (++repeats == MaxRepeatsInARow)
            {
                throw new InvalidOperationException(
                    $"The random number generator gave {MaxRepeatsInARow} codes in a row that were already drawn; it is not random.");
            }
        }

        return codes.AsReadOnly();
    }

    // Luhn mod N for N = 32, from the right: the character next to the check character is doubled,
    // the one before it taken once, and so on; a doubled value of 32 or more counts as the sum of
    // its base-32 digits, which keeps doubling a one-to-one map of the alphabet.
    private static int CheckIndex(ReadOnlySpan<int> payload)
    {
        var factor = 2;
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var addend = factor * payload[i];
            sum += (addend / Radix) + (addend % Radix);
            factor = 3 - factor;
        }

        return (Radix - (sum % Radix)) % Radix;
    }

    private string Render(ReadOnlySpan<int> indices)
    {
        var separators = GroupSize == 0 ? 0 : (indices.Length - 1) / GroupSize;
        Span<char> text = stackalloc char[indices.Length + separators];
        var at = 0;
        for (var i = 0; i < indices.Length; i++)
        {
            if (GroupSize != 0 && i > 0 && i % GroupSize == 0)
            {
                text[at++] = GroupSeparator;
            }

            text[at++] = Alphabet[indices[i]];
        }

        return new string(text);
    }
}
