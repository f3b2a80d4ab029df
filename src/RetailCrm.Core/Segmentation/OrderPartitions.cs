namespace RetailCrm.Segmentation;

using System.Buffers;
using System.Numerics;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A per-customer pass over many orders, tallied a partition at a time. Once the customers' table
/// outgrows the processor's second-level cache, every order of a plain pass misses the caches on its
/// customer's entry. So the orders that count are first read once, in order, each checked exactly as
/// the plain pass checks it and written as a compact record (customer, days, minor units) into one
/// of a few hundred partitions by the top bits of its customer's mixed hash code; then each
/// partition is tallied in a small table that stays in the cache, reused from one partition to the
/// next.
/// </summary>
/// <remarks>
/// Each partition keeps its records in the order they were read, so every customer's orders are
/// added in the same order as by the plain pass, and so are the same sums (with the same overflow).
/// When reading fails (a bad order, or the sequence itself throws), the orders the plain pass would
/// have tallied before the failure (every whole batch of <see cref="Prefetch.Batch"/>) are tallied
/// first, so an overflow among them is raised as it would have been; then the failure is raised.
/// The records are held in blocks cut from pooled slabs of 4 MB (32 bytes per order that counts,
/// against the order's 48, plus at most a slab and a part-filled block per partition), cleared and
/// returned when the pass ends.
/// </remarks>
/// <typeparam name="T">The tally per customer.</typeparam>
internal sealed class OrderPartitions<T>
    where T : struct
{
    /// <summary>From how many expected customers (one per two orders) a pass is partitioned.</summary>
    public const int PartitionAbove = 200_000;

    private const int CustomersPerPartition = 8_192;
    private const int MinimumBits = 3;
    private const int MaximumBits = 8;
    private const int LargestBlock = 512;
    private const int SmallestBlock = 4;
    private const int SlabRecords = 1 << 17;

    private readonly int bits;
    private readonly int blockSize;
    private readonly int expected;
    private readonly int[] first;
    private readonly int[] last;
    private readonly int[] fill;
    private readonly int blocksPerSlab;
    private readonly int slabShift;
    private readonly List<Record[]> slabs = [];
    private int[] next;
    private int blocks;
    private int counted;

    private OrderPartitions(int orders)
    {
        expected = orders / 2;
        var wanted = (uint)Math.Max(1, expected / CustomersPerPartition);
        bits = Math.Clamp(BitOperations.Log2(BitOperations.RoundUpToPowerOf2(wanted)), MinimumBits, MaximumBits);
        var partitions = 1 << bits;
        blockSize = Math.Clamp((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, orders / (partitions * 16))), SmallestBlock, LargestBlock);
        blocksPerSlab = SlabRecords / blockSize;
        slabShift = BitOperations.Log2((uint)blocksPerSlab);
        next = ArrayPool<int>.Shared.Rent((orders / blockSize) + 1 + partitions);
        first = ArrayPool<int>.Shared.Rent(partitions);
        last = ArrayPool<int>.Shared.Rent(partitions);
        fill = ArrayPool<int>.Shared.Rent(partitions);
        first.AsSpan(0, partitions).Fill(-1);
        last.AsSpan(0, partitions).Fill(-1);
        fill.AsSpan(0, partitions).Fill(blockSize);
    }

    private int Partitions => 1 << bits;

    /// <summary>
    /// Tallies the orders that count and ends the pass as <see cref="CustomerTallies{T}.Sorted"/> does:
    /// partitioned when the number of orders is known without enumerating and promises at least
    /// <paramref name="partitionAbove"/> customers, in one table otherwise.
    /// </summary>
    /// <param name="orders">The orders.</param>
    /// <param name="evaluationDate">The date days are counted back from.</param>
    /// <param name="currency">The currency every amount must be in.</param>
    /// <param name="rule">Which orders count and what they add.</param>
    /// <param name="paramName">The argument the orders came in, for the exception.</param>
    /// <param name="partitionAbove">From how many expected customers to partition.</param>
    /// <param name="keys">The customers.</param>
    /// <param name="values">Their tallies.</param>
    /// <returns>The positions of the customers in the order of their ids (ordinal).</returns>
    /// <exception cref="ArgumentException">An order has no customer, or its amount is missing, not rounded or in another currency.</exception>
    public static int[] Sorted<TRule>(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency, TRule rule, string paramName, int partitionAbove, out CustomerId[] keys, out T[] values)
        where TRule : struct, IOrderTally<T>
    {
        var known = orders.TryGetNonEnumeratedCount(out var count);
        if (!known || count / 2 < partitionAbove)
        {
            var tallies = new CustomerTallies<T>(known ? count / 2 : 0);
            tallies.Add(orders, evaluationDate, currency, rule, paramName);
            return tallies.Sorted(out keys, out values);
        }

        var partitions = new OrderPartitions<T>(count);
        try
        {
            partitions.Read(orders, evaluationDate, currency, rule, paramName);
            partitions.Tally(rule, int.MaxValue, out keys, out values);
            return CustomerOrdinal.Order(keys);
        }
        finally
        {
            partitions.Return();
        }
    }

    private void Read<TRule>(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency, TRule rule, string paramName)
        where TRule : struct, IOrderTally<T>
    {
        try
        {
            var shift = 32 - bits;
            foreach (var order in orders)
            {
                if (!CustomerOrders.Counts<T, TRule>(order, evaluationDate, currency, rule, paramName, out var daysAgo, out var minor))
                {
                    continue;
                }

                var p = (int)(unchecked((uint)order.Customer.GetHashCode() * 0x9E3779B9u) >> shift);
                if (fill[p] == blockSize)
                {
                    NewBlock(p);
                }

                var block = last[p];
                slabs[block >> slabShift][((block & (blocksPerSlab - 1)) * blockSize) + fill[p]++] = new Record(order.Customer, minor, daysAgo, counted++);
            }
        }
        catch
        {
            Tally(rule, counted - (counted % Prefetch.Batch), out _, out _);
            throw;
        }
    }

    // Adds every partition's records read before the one numbered below, partition by partition, and collects the customers and tallies.
    private void Tally<TRule>(TRule rule, int below, out CustomerId[] keys, out T[] values)
        where TRule : struct, IOrderTally<T>
    {
        var table = new CustomerTallies<T>(Math.Max(expected >> bits, 1), bits);
        var customers = ArrayPool<CustomerId>.Shared.Rent(Math.Max(expected, 16));
        var tallies = ArrayPool<T>.Shared.Rent(customers.Length);
        var total = 0;
        try
        {
            Tally(rule, below, table, ref customers, ref tallies, ref total);
            keys = customers[..total];
            values = tallies[..total];
        }
        finally
        {
            Array.Clear(customers, 0, total);
            ArrayPool<CustomerId>.Shared.Return(customers);
            ArrayPool<T>.Shared.Return(tallies);
        }
    }

    // Tallies partition by partition into pooled arrays of customers and tallies (replaced by larger ones when full), counting the customers in total.
    private void Tally<TRule>(TRule rule, int below, CustomerTallies<T> table, ref CustomerId[] keys, ref T[] values, ref int total)
        where TRule : struct, IOrderTally<T>
    {
        for (var p = 0; p < Partitions; p++)
        {
            for (var block = first[p]; block >= 0; block = next[block])
            {
                var end = block == last[p] ? fill[p] : blockSize;
                foreach (ref readonly var record in slabs[block >> slabShift].AsSpan((block & (blocksPerSlab - 1)) * blockSize, end))
                {
                    if (record.Sequence < below)
                    {
                        rule.Add(ref table.Of(record.Customer, out _, out var added), added, record.DaysAgo, record.Minor);
                    }
                }
            }

            if (total + table.Count > keys.Length)
            {
                Enlarge(ref keys, total, total + table.Count);
                Enlarge(ref values, total, total + table.Count);
            }

            total += table.Drain(keys, values, total);
        }
    }

    // A pooled array of at least the needed length holding the first count items of the given one, which goes back to the pool (cleared).
    private static void Enlarge<TItem>(ref TItem[] items, int count, int needed)
    {
        var larger = ArrayPool<TItem>.Shared.Rent(Math.Max(items.Length * 2, needed));
        items.AsSpan(0, count).CopyTo(larger);
        Array.Clear(items, 0, count);
        ArrayPool<TItem>.Shared.Return(items);
        items = larger;
    }

    // Starts a new block for partition p, after its current one, taking a new slab when the last one is full.
    private void NewBlock(int p)
    {
        if (blocks == slabs.Count * blocksPerSlab)
        {
            slabs.Add(ArrayPool<Record>.Shared.Rent(SlabRecords));
        }

        if (blocks == next.Length)
        {
            // More orders than counted up front (a collection changed while read).
            var more = ArrayPool<int>.Shared.Rent(next.Length * 2);
            next.AsSpan(0, blocks).CopyTo(more);
            ArrayPool<int>.Shared.Return(next);
            next = more;
        }

        var block = blocks++;
        next[block] = -1;
        if (last[p] < 0)
        {
            first[p] = block;
        }
        else
        {
            next[last[p]] = block;
        }

        last[p] = block;
        fill[p] = 0;
    }

    // The records hold customers' ids: each slab is cleared (as far as written) before going back to the pool.
    private void Return()
    {
        for (var k = 0; k < slabs.Count; k++)
        {
            var written = Math.Min(blocks - (k * blocksPerSlab), blocksPerSlab) * blockSize;
            Array.Clear(slabs[k], 0, written);
            ArrayPool<Record>.Shared.Return(slabs[k]);
        }

        ArrayPool<int>.Shared.Return(next);
        ArrayPool<int>.Shared.Return(first);
        ArrayPool<int>.Shared.Return(last);
        ArrayPool<int>.Shared.Return(fill);
    }

    // One order that counts, as the tally reads it; Sequence numbers the orders that count as read.
    private readonly record struct Record(CustomerId Customer, long Minor, int DaysAgo, int Sequence);
}
