namespace RetailCrm.Primitives;

/// <summary>
/// Sort keys for identifiers in ordinal order: skip the prefix a set of identifiers shares and pack
/// the next eight UTF-16 units into one 128-bit number, so most comparisons are of two numbers and
/// only identifiers whose keys tie are compared as strings.
/// </summary>
internal static class OrdinalPrefix
{
    /// <summary>How many UTF-16 units a key holds.</summary>
    public const int Packed = 8;

    /// <summary>The length of the prefix <paramref name="first"/> shares with <paramref name="other"/>, at most <paramref name="shared"/>.</summary>
    public static int Shared(ReadOnlySpan<char> first, int shared, ReadOnlySpan<char> other) =>
        first[..shared].CommonPrefixLength(other);

    /// <summary>
    /// The first eight UTF-16 units of <paramref name="rest"/>, most significant first. A shorter
    /// identifier pads with zero, which sorts first as ordinal comparison does; identifiers hold no
    /// control characters, and keys that tie are compared in full anyway.
    /// </summary>
    public static UInt128 Pack(ReadOnlySpan<char> rest) =>
        new(Four(rest), rest.Length > 4 ? Four(rest[4..]) : 0);

    // Four units as one number, the first most significant.
    private static ulong Four(ReadOnlySpan<char> rest) =>
        rest.Length >= 4
            ? ((ulong)rest[0] << 48) | ((ulong)rest[1] << 32) | ((ulong)rest[2] << 16) | rest[3]
            : ((ulong)(rest.Length > 0 ? rest[0] : 0) << 48) | ((ulong)(rest.Length > 1 ? rest[1] : 0) << 32) | ((ulong)(rest.Length > 2 ? rest[2] : 0) << 16);
}
