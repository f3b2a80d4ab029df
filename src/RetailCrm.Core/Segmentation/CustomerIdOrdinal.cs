namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

/// <summary>Orders customers by id, ordinally: the one order every segmentation result is given in.</summary>
internal sealed class CustomerIdOrdinal : IComparer<CustomerId>
{
    public static CustomerIdOrdinal Instance { get; } = new();

    public int Compare(CustomerId x, CustomerId y) => string.CompareOrdinal(x.Value, y.Value);
}
