namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;

// Where the scored customers' ids are read from, without a delegate call per customer.
public sealed partial class RfmModel
{
    // The customer at a position of the measures.
    private interface ICustomerSource
    {
        CustomerId At(int i);
    }

    // Tallied customers, scored in the order of their ids.
    private readonly struct SortedCustomers(CustomerId[] customers, int[] byId) : ICustomerSource
    {
        public CustomerId At(int i) => customers[byId[i]];
    }
}
