namespace RetailCrm.Primitives;

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

/// <summary>
/// Sort keys for identifiers in ordinal order. Identifiers often share a prefix ("c-000...") and draw
/// on a small alphabet (digits, letters), so the key skips the prefix all of them share and packs as
/// many of the next characters as fit into one 64-bit number, each character in as few bits as the
/// alphabet's span needs. Sorting the numbers orders the identifiers, except those whose keys tie,
/// which are compared in full.
/// </summary>
internal static class OrdinalPrefix
{
    // How far past the shared prefix the alphabet is read (after which ties are compared in full).
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

        // The prefix all ids share and the span of characters in the window after it, in one read of
        // the ids: each id's window starts after the prefix shared so far, which only shrinks. What a
        // later, shorter prefix adds to the earlier ids' windows are the first id's characters, so its
        // window after the final prefix completes the span. The span may come out wider than the
        // characters after the final prefix (an earlier window reached further), which only packs
        // fewer characters per key: keys still never order two ids against their ordinal order.
        var first = ids[0];
        var shared = first.Length;
        var alphabet = new Alphabet();
        for (var i = 1; i < n; i++)
        {
            var id = ids[i];
            shared = first[..shared].CommonPrefixLength(id);
            alphabet.Add(id[shared..Math.Min(id.Length, shared + Scanned)]);
        }

        alphabet.Add(first[shared..Math.Min(first.Length, shared + Scanned)]);

        var (low, high) = alphabet.Bounds();
        if (high < low)
        {
            // Every id is the shared prefix itself: they are equal.
            keys[..n].Clear();
            return;
        }

        // A character packs as c - low + 1 (zero marks the end of a shorter id, which sorts first as ordinal comparison does).
        var bits = 64 - BitOperations.LeadingZeroCount((ulong)(high - low + 1));
        var packed = Math.Min(64 / bits, Scanned);
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

    /// <summary>The lowest and highest character seen, eight at a time (shorter texts read as overlapping parts).</summary>
    private struct Alphabet()
    {
        private Vector128<ushort> low = Vector128<ushort>.AllBitsSet;
        private Vector128<ushort> high = Vector128<ushort>.Zero;

        public void Add(ReadOnlySpan<char> text)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref var bytes = ref Unsafe.As<ushort, byte>(ref start);
            var length = text.Length;
            Vector128<ushort> block;
            if (length >= 8)
            {
                // Blocks of eight, the last one overlapping its predecessor.
                for (var at = 0; at + 8 < length; at += 8)
                {
                    Widen(Vector128.LoadUnsafe(ref start, (nuint)at));
                }

                block = Vector128.LoadUnsafe(ref start, (nuint)(length - 8));
            }
            else if (length >= 4)
            {
                // The first four characters and the last four.
                block = Vector128.Create(Unsafe.ReadUnaligned<ulong>(ref bytes), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (length - 4) * 2))).AsUInt16();
            }
            else if (length >= 2)
            {
                // The first two characters and the last two.
                var head = Unsafe.ReadUnaligned<uint>(ref bytes);
                var tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, (length - 2) * 2));
                block = Vector128.Create(head, tail, head, tail).AsUInt16();
            }
            else if (length == 1)
            {
                block = Vector128.Create(start);
            }
            else
            {
                return;
            }

            Widen(block);
        }

        public readonly (int Low, int High) Bounds()
        {
            var (lowest, highest) = ((int)char.MaxValue, 0);
            for (var i = 0; i < Vector128<ushort>.Count; i++)
            {
                lowest = Math.Min(lowest, low[i]);
                highest = Math.Max(highest, high[i]);
            }

            return (lowest, highest);
        }

        private void Widen(Vector128<ushort> block)
        {
            low = Vector128.Min(low, block);
            high = Vector128.Max(high, block);
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
