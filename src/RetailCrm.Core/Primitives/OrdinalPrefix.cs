namespace RetailCrm.Primitives;

using System.Numerics;

/// <summary>
/// Sort keys for identifiers in ordinal order. Identifiers often share a prefix ("c-000...") and draw
/// on a small alphabet (digits, letters), so the key skips the prefix all of them share and packs as
/// many of the next characters as fit into one 64-bit number, each character in as few bits as the
/// alphabet's span needs. Sorting the numbers orders the identifiers, except those whose keys tie,
/// which are compared in full.
/// </summary>
internal static class OrdinalPrefix
{
    // How far into each identifier the alphabet is read (after which ties are compared in full).
    private const int Scanned = 64;

    /// <summary>Fills <paramref name="keys"/> with one key per identifier of <paramref name="ids"/>.</summary>
    /// <typeparam name="TIds">How the identifiers are read (a struct, so the reads inline).</typeparam>
    /// <param name="ids">The identifiers.</param>
    /// <param name="keys">One key per identifier.</param>
    public static void Keys<TIds>(TIds ids, Span<ulong> keys)
        where TIds : struct, IIdentifiers
    {
        var n = ids.Count;
        if (n == 0)
        {
            return;
        }

        // One read of every id: the prefix all share, and the span of characters near the front.
        var first = ids[0];
        var shared = first.Length;
        int low = char.MaxValue, high = 0;
        for (var i = 0; i < n; i++)
        {
            var id = ids[i];
            shared = first[..shared].CommonPrefixLength(id);
            foreach (var c in id[..Math.Min(id.Length, Scanned)])
            {
                low = Math.Min(low, c);
                high = Math.Max(high, c);
            }
        }

        // A character packs as c - low + 1 (zero marks the end of a shorter id, which sorts first as ordinal comparison does).
        var bits = 64 - BitOperations.LeadingZeroCount((ulong)(high - low + 1));
        var packed = Math.Max(0, Math.Min(64 / bits, Scanned - shared));
        for (var i = 0; i < n; i++)
        {
            // The characters there are, first most significant; a shorter id ends in zeros.
            var rest = ids[i][shared..];
            var length = Math.Min(packed, rest.Length);
            ulong key = 0;
            for (var k = 0; k < length; k++)
            {
                key = (key << bits) | (uint)(rest[k] - low + 1);
            }

            keys[i] = length == 0 ? 0 : key << (64 - (length * bits));
        }
    }

    /// <summary>Identifiers read by position.</summary>
    public interface IIdentifiers
    {
        /// <summary>How many identifiers.</summary>
        int Count { get; }

        /// <summary>The identifier at <paramref name="index"/>.</summary>
        ReadOnlySpan<char> this[int index] { get; }
    }
}
