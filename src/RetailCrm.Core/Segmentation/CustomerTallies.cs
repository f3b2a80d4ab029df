namespace RetailCrm.Segmentation;

using System.Numerics;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A running tally per customer for one pass over a population's orders: a flat open-addressing
/// table (linear probing) keyed by the customer id's cached hash code, each entry holding the id,
/// the tally and a dense slot, so that finding a customer's tally costs one probe of one array and
/// never reads the id's text unless two hash codes match. Each customer gets a dense slot on first
/// sight, so that facts gathered beside the tally (lines, months) can name the customer by an
/// <see cref="int"/>.
/// </summary>
/// <remarks>
/// Sized up front from the expected number of customers when the caller knows it, the table
/// doubles (moving entries by their stored hash, never rehashing ids) when three quarters full.
/// Call <see cref="Freeze"/> after the pass (<see cref="At"/> and <see cref="Customer"/> read the
/// frozen arrays), or <see cref="Sorted"/> when the slots are not needed.
/// </remarks>
internal sealed class CustomerTallies<T>
    where T : struct
{
    private const int MinimumSize = 16;
    private Entry[] table = [];
    private readonly int skip;
    private int shift;
    private int growAt;
    private CustomerId[] customers = [];
    private T[] tallies = [];

    /// <summary>Creates an empty tally.</summary>
    /// <param name="expected">How many customers to make room for up front (a hint; the table grows as needed).</param>
    /// <param name="skip">
    /// How many top bits of the mixed hash code to skip when placing a customer: the bits that chose
    /// the partition of every customer the table will see (zero when not partitioned).
    /// </param>
    public CustomerTallies(int expected = 0, int skip = 0)
    {
        this.skip = skip;
        Allocate(SizeFor(Math.Max(0, expected)));
    }

    public int Count { get; private set; }

    /// <summary>
    /// Tallies the orders that count, in a batch at a time: each order is checked and read, the table
    /// entries the batch's customers land on are touched in one tight loop (so that their cache
    /// misses overlap), then the batch is added.
    /// </summary>
    /// <param name="orders">The orders.</param>
    /// <param name="evaluationDate">The date days are counted back from.</param>
    /// <param name="currency">The currency every amount must be in.</param>
    /// <param name="rule">Which orders count and what they add.</param>
    /// <param name="paramName">The argument the orders came in, for the exception.</param>
    /// <exception cref="ArgumentException">An order has no customer, or its amount is missing, not rounded or in another currency.</exception>
    public void Add<TRule>(IEnumerable<CustomerOrder> orders, LocalDate evaluationDate, Currency currency, TRule rule, string paramName)
        where TRule : struct, IOrderTally<T>
    {
        var batch = new CustomerId[Prefetch.Batch];
        var days = new int[Prefetch.Batch];
        var amounts = new long[Prefetch.Batch];
        var count = 0;
        foreach (var order in orders)
        {
            if (!CustomerOrders.Counts<T, TRule>(order, evaluationDate, currency, rule, paramName, out var daysAgo, out var minor))
            {
                continue;
            }

            (batch[count], days[count], amounts[count]) = (order.Customer, daysAgo, minor);
            if (++count == Prefetch.Batch)
            {
                AddBatch(count);
                count = 0;
            }
        }

        AddBatch(count);

        void AddBatch(int size)
        {
            var touched = 0;
            var entries = table;
            foreach (var customer in batch.AsSpan(0, size))
            {
                touched += entries[Home(customer.GetHashCode())].Slot;
            }

            Prefetch.Keep(touched);
            for (var k = 0; k < size; k++)
            {
                rule.Add(ref Of(batch[k], out _, out var added), added, days[k], amounts[k]);
            }
        }
    }

    /// <summary>The tally of <paramref name="customer"/>, added (zeroed) on first sight.</summary>
    public ref T Of(CustomerId customer, out int slot, out bool added) => ref Of(customer, customer.GetHashCode(), out slot, out added);

    /// <summary>The tally of <paramref name="customer"/> placed by <paramref name="hash"/>, which must be the same for the same customer every time.</summary>
    public ref T Of(CustomerId customer, int hash, out int slot, out bool added)
    {
        var mask = table.Length - 1;
        var i = Home(hash);
        while (true)
        {
            ref var entry = ref table[i];
            if (entry.Slot == 0)
            {
                if (Count >= growAt)
                {
                    Grow();
                    return ref Of(customer, hash, out slot, out added);
                }

                entry.Hash = hash;
                entry.Key = customer;
                entry.Slot = ++Count;
                slot = Count - 1;
                added = true;
                return ref entry.Tally;
            }

            if (entry.Hash == hash && entry.Key.Equals(customer))
            {
                slot = entry.Slot - 1;
                added = false;
                return ref entry.Tally;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Copies the tallies by slot, for <see cref="At"/> and <see cref="Customer"/>.</summary>
    public void Freeze()
    {
        customers = new CustomerId[Count];
        tallies = new T[Count];
        foreach (ref readonly var entry in table.AsSpan())
        {
            if (entry.Slot != 0)
            {
                customers[entry.Slot - 1] = entry.Key;
                tallies[entry.Slot - 1] = entry.Tally;
            }
        }

        table = [];
    }

    /// <summary>
    /// Ends the pass without slots: the customers and their tallies in table order (one sequential
    /// read of the table), and the positions of both in the order of the customers' ids (ordinal).
    /// </summary>
    public int[] Sorted(out CustomerId[] keys, out T[] values)
    {
        keys = new CustomerId[Count];
        values = new T[Count];
        Move(keys, values, 0, empty: false);
        table = [];
        return CustomerOrdinal.Order(keys);
    }

    /// <summary>
    /// Moves the customers and their tallies in table order into <paramref name="keys"/> and
    /// <paramref name="values"/> from <paramref name="at"/> on, and empties the table (keeping its
    /// size) for the next partition.
    /// </summary>
    /// <returns>How many customers were moved.</returns>
    public int Drain(CustomerId[] keys, T[] values, int at)
    {
        var moved = Move(keys, values, at, empty: true);
        Count = 0;
        return moved;
    }

    public ref readonly T At(int slot) => ref tallies[slot];

    public CustomerId Customer(int slot) => customers[slot];

    /// <summary>The slots in the order of their customers' ids (ordinal).</summary>
    public int[] InCustomerOrder() => CustomerOrdinal.Order(customers);

    // Copies the occupied entries in table order, freeing each one as it goes when emptying the table.
    private int Move(CustomerId[] keys, T[] values, int at, bool empty)
    {
        var next = at;
        foreach (ref var entry in table.AsSpan())
        {
            if (entry.Slot != 0)
            {
                keys[next] = entry.Key;
                values[next++] = entry.Tally;
                entry = empty ? default : entry;
            }
        }

        return next - at;
    }

    // At most three quarters full: a power of two at least 4/3 of the customers.
    private static int SizeFor(int customers)
    {
        var wanted = Math.Max(MinimumSize, customers + (customers / 3) + 1);
        return wanted >= 1 << 30 ? 1 << 30 : (int)BitOperations.RoundUpToPowerOf2((uint)wanted);
    }

    // Fibonacci hashing: the top bits of the hash times 2^32 / phi (after the skipped ones), so that hash codes differing only in their high bits still spread.
    private int Home(int hash) => (int)(unchecked(((uint)hash * 0x9E3779B9u) << skip) >> shift);

    private void Allocate(int size)
    {
        table = new Entry[size];
        shift = 32 - BitOperations.Log2((uint)size);
        growAt = (size / 2) + (size / 4);
    }

    private void Grow()
    {
        var old = table;
        Allocate(checked(old.Length * 2));
        var mask = table.Length - 1;
        foreach (ref readonly var entry in old.AsSpan())
        {
            if (entry.Slot != 0)
            {
                var i = Home(entry.Hash);
                while (table[i].Slot != 0)
                {
                    i = (i + 1) & mask;
                }

                table[i] = entry;
            }
        }
    }

    // Slot is one more than the customer's dense slot; zero marks a free entry.
    private struct Entry
    {
        public CustomerId Key;
        public int Hash;
        public int Slot;
        public T Tally;
    }
}
