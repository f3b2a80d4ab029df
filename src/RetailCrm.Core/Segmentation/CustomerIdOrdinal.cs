namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>Orders customers by id, ordinally: the one order every segmentation result is given in.</summary>
internal sealed class CustomerIdOrdinal : IComparer<CustomerId>
{
    public static CustomerIdOrdinal Instance { get; } = new();

    public int Compare(CustomerId x, CustomerId y) => string.CompareOrdinal(x.Value, y.Value);

    /// <summary>The keys and values of a per-customer tally as two arrays, ordered by customer id.</summary>
    public static (CustomerId[] Customers, T[] Tallies) Sorted<T>(Dictionary<CustomerId, T> tallies)
    {
        var customers = new CustomerId[tallies.Count];
        var values = new T[tallies.Count];
        var i = 0;
        foreach (var (customer, tally) in tallies)
        {
            customers[i] = customer;
            values[i++] = tally;
        }

        Array.Sort(customers, values, Instance);
        return (customers, values);
    }
}
