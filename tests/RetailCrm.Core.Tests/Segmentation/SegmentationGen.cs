namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>Generated order histories around a fixed evaluation date, with few customers so that they repeat.</summary>
internal static class SegmentationGen
{
    public static readonly LocalDate Today = new(2026, 12, 31);

    public static CustomerOrder Order(string customer, int daysAgo, decimal amount) =>
        new(new CustomerId(customer), Today.PlusDays(-daysAgo), Money.Of(amount, Currency.CNY));

    /// <summary>Orders of up to 12 customers, from 800 days before the evaluation date to 30 days after it, some amounts zero or negative.</summary>
    public static Gen<CustomerOrder> Orders { get; } =
        from customer in Gen.Choose(0, 11)
        from daysAgo in Gen.Frequency((3, Gen.Choose(-30, 800)), (1, Gen.Choose(170, 200)), (1, Gen.Choose(355, 375)))
        from cents in Gen.Frequency((8, Gen.Choose(0, 50_000)), (1, Gen.Choose(-5_000, 0)))
        select Order($"c{customer:D2}", daysAgo, cents / 100m);

    /// <summary>A history and the same history shuffled.</summary>
    public static Arbitrary<(CustomerOrder[] Orders, CustomerOrder[] Shuffled)> Histories { get; } =
        (from orders in Orders.ArrayOf()
         from shuffled in Gen.Shuffle(orders)
         select (orders, shuffled)).ToArbitrary();
}
