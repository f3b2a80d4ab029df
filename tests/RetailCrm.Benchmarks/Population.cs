namespace RetailCrm.Benchmarks;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>A generated, reproducible customer population: three orders per customer on average over 400 days.</summary>
public sealed class Population
{
    /// <summary>The evaluation date.</summary>
    public static readonly LocalDate Today = new(2026, 12, 31);

    /// <summary>Generates a population.</summary>
    /// <param name="customers">How many customers.</param>
    /// <param name="seed">The random seed, so every run measures the same data.</param>
    public Population(int customers, int seed = 20261111)
    {
        var random = new Random(seed);
        Customers = new CustomerId[customers];
        for (var i = 0; i < customers; i++)
        {
            Customers[i] = new CustomerId($"c{i:D8}");
        }

        Orders = new CustomerOrder[customers * 3];
        for (var i = 0; i < Orders.Length; i++)
        {
            Orders[i] = new CustomerOrder(Customers[random.Next(customers)], Today.PlusDays(-random.Next(400)), Money.FromMinorUnits(random.Next(100, 100_000), Currency.CNY));
        }

        Facts = new RfmFacts[customers];
        for (var i = 0; i < customers; i++)
        {
            // As a shop keeps them per customer: a last order within the year, a few orders, long-tailed spend.
            var orders = 1 + (int)(10 * random.NextDouble() * random.NextDouble());
            var spend = orders * (long)(100 * Math.Pow(10, 3 * random.NextDouble() * random.NextDouble()));
            Facts[i] = new RfmFacts(Customers[i], Today.PlusDays(-random.Next(365)), orders, Money.FromMinorUnits(spend, Currency.CNY));
        }

        Values = new CustomerValue[customers];
        Answers = new Satisfaction[customers];
        for (var i = 0; i < customers; i++)
        {
            // Long-tailed spend: most customers small, a few very large, as in real shops.
            var minor = (long)(100 * Math.Pow(10, 4 * random.NextDouble() * random.NextDouble()));
            Values[i] = new CustomerValue(Customers[i], Money.FromMinorUnits(minor, Currency.CNY));
            Answers[i] = (Satisfaction)random.Next(1, 6);
        }
    }

    /// <summary>The customers.</summary>
    public CustomerId[] Customers { get; }

    /// <summary>Their orders, in random order.</summary>
    public CustomerOrder[] Orders { get; }

    /// <summary>Each customer's RFM facts over the year, as a shop keeps them per customer.</summary>
    public RfmFacts[] Facts { get; }

    /// <summary>Each customer's value.</summary>
    public CustomerValue[] Values { get; }

    /// <summary>Each customer's satisfaction answer.</summary>
    public Satisfaction[] Answers { get; }
}
