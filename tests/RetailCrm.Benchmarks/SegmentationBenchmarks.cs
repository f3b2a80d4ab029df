namespace RetailCrm.Benchmarks;

using BenchmarkDotNet.Attributes;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>
/// Segmenting a whole population on one core: RFM, lifecycle stages and retention from orders, the
/// value pyramid from customer values, the loyalty pyramid from survey answers.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private Population population = null!;

    /// <summary>How many customers.</summary>
    [Params(100_000, 1_000_000)]
    public int Customers { get; set; }

    /// <summary>Generates the population once per size.</summary>
    [GlobalSetup]
    public void Setup() => population = new Population(Customers);

    /// <summary>RFM quintile scores and segments from three orders per customer, streamed once.</summary>
    /// <returns>The scores.</returns>
    [Benchmark]
    public IReadOnlyList<RfmScore> RfmFromOrders() => RfmModel.Default.Score(population.Orders, Population.Today, Currency.CNY);

    /// <summary>
    /// Scoring a population whose facts are kept per customer: RFM quintiles from each customer's
    /// last order, order count and spend, the value pyramid by rank and the loyalty pyramid.
    /// </summary>
    /// <returns>The three results.</returns>
    [Benchmark]
    public (IReadOnlyList<RfmScore> Rfm, ValuePyramidReport Value, PyramidReport Loyalty) ScoreFromFacts() =>
        (RfmModel.Default.ScoreFacts(population.Facts, Population.Today, Currency.CNY),
         ValuePyramid.Default.Report(population.Values, Currency.CNY),
         Segmentation.LoyaltyPyramid.Jd.Report(population.Answers));

    /// <summary>RFM quintile scores from facts kept per customer, without the pyramids.</summary>
    /// <returns>The scores.</returns>
    [Benchmark]
    public IReadOnlyList<RfmScore> RfmFromFacts() => RfmModel.Default.ScoreFacts(population.Facts, Population.Today, Currency.CNY);

    /// <summary>The value pyramid by rank percentiles with the Pareto share.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ValuePyramidReport ValuePyramidByRank() => ValuePyramid.Default.Report(population.Values, Currency.CNY);

    /// <summary>
    /// The value pyramid with every customer's level read: the report ranks its customers when
    /// <see cref="ValuePyramidReport.Ranked"/> is first read, so this is the cost of the full ranking.
    /// </summary>
    /// <returns>The first ranked customer.</returns>
    [Benchmark]
    public (CustomerId Customer, PyramidLevel Level) ValuePyramidRanked() => ValuePyramid.Default.Report(population.Values, Currency.CNY).Ranked[0];

    /// <summary>The JD satisfaction-to-loyalty pyramid.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public PyramidReport LoyaltyPyramid() => Segmentation.LoyaltyPyramid.Jd.Report(population.Answers);

    /// <summary>Lifecycle stages from three orders per customer, streamed once.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public LifecycleReport Lifecycle() => LifecycleModel.Default.Classify(population.Orders, Population.Today, Currency.CNY);

    /// <summary>Retention, churn and the repeat-purchase rate over the last quarter.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public RetentionReport Retention() => CohortAnalysis.Default.Measure(population.Orders, Population.Today.PlusDays(-90), Population.Today);
}
