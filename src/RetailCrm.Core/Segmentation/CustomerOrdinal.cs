namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>
/// Orders customers by their identifiers, ordinally: the order every segmentation result is given
/// in. A struct, so sorts specialise on it and call the comparison directly.
/// </summary>
internal readonly struct CustomerOrdinal : IComparer<CustomerId>
{
    /// <summary>Sorts customers and their facts together by customer id.</summary>
    /// <typeparam name="T">The facts.</typeparam>
    /// <param name="customers">The customers.</param>
    /// <param name="facts">Their facts, in the same order.</param>
    public static void Sort<T>(Span<CustomerId> customers, Span<T> facts) => customers.Sort(facts, default(CustomerOrdinal));

    /// <inheritdoc />
    public int Compare(CustomerId x, CustomerId y) => string.CompareOrdinal(x.Value, y.Value);
}
