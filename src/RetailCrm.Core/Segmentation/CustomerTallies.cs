namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using RetailCrm.Primitives;

/// <summary>
/// A running tally per customer for one pass over a population's orders: per order one dictionary
/// lookup and a write through a reference. Each customer also gets a dense slot on first sight, so
/// that facts gathered beside the tally (lines, months) can name the customer by an <see cref="int"/>.
/// </summary>
/// <remarks>Call <see cref="Freeze"/> after the pass; <see cref="At"/> and <see cref="Customer"/> read the frozen arrays.</remarks>
internal sealed class CustomerTallies<T>
    where T : struct
{
    private readonly Dictionary<CustomerId, (int Slot, T Tally)> running = [];
    private CustomerId[] customers = [];
    private T[] tallies = [];

    public int Count => running.Count;

    /// <summary>The tally of <paramref name="customer"/>, added (zeroed) on first sight.</summary>
    public ref T Of(CustomerId customer, out int slot, out bool added)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(running, customer, out var exists);
        if (!exists)
        {
            entry.Slot = running.Count - 1;
        }

        slot = entry.Slot;
        added = !exists;
        return ref entry.Tally;
    }

    /// <summary>Copies the tallies by slot, for <see cref="At"/> and <see cref="Customer"/>.</summary>
    public void Freeze()
    {
        customers = new CustomerId[running.Count];
        tallies = new T[running.Count];
        foreach (var (customer, (slot, tally)) in running)
        {
            customers[slot] = customer;
            tallies[slot] = tally;
        }
    }

    public ref readonly T At(int slot) => ref tallies[slot];

    public CustomerId Customer(int slot) => customers[slot];

    /// <summary>The slots in the order of their customers' ids (ordinal).</summary>
    public int[] InCustomerOrder() => CustomerOrdinal.Order(customers);
}
