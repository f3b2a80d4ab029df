namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using static RetailCrm.Tests.Segmentation.SegmentationGen;

/// <summary>Large passes tallied partition by partition give exactly what the single-table pass gives, results and failures alike.</summary>
public sealed class OrderPartitionsTests
{
    private const int Always = 0;
    private const int Never = int.MaxValue;

    // Orders of up to 400 customers, so that partitions hold many customers and chain many blocks.
    private static readonly Gen<CustomerOrder> ManyCustomers =
        from customer in Gen.Choose(0, 399)
        from daysAgo in Gen.Choose(-30, 800)
        from cents in Gen.Frequency((8, Gen.Choose(0, 50_000)), (1, Gen.Choose(-5_000, 0)))
        select Order($"c{customer:D3}", daysAgo, cents / 100m);

    private static readonly Gen<CustomerOrder[]> Histories =
        Gen.OneOf(Orders.ArrayOf(), ManyCustomers.ArrayOf(), ManyCustomers.ArrayOf(1_500));

    // Orders that fail the check: no customer (only a default struct has none), another currency, not rounded.
    private static readonly Gen<CustomerOrder> BadOrders = Gen.Elements(
        default(CustomerOrder),
        new CustomerOrder(new CustomerId("c001"), Today, Money.Of(1m, Currency.USD)),
        new CustomerOrder(new CustomerId("c002"), Today.PlusDays(-3), Money.Of(1.005m, Currency.CNY)));

    [Fact]
    public void Partitioned_rfm_scores_equal_the_single_table_scores()
    {
        var models = Gen.Elements(RfmModel.Default, new RfmModel(90, RfmModel.Default.Segments));
        Prop.ForAll(Histories.Zip(models).ToArbitrary(), x =>
        {
            var (orders, model) = x;
            Assert.Equal(model.Score(orders, Today, Currency.CNY, Never), model.Score(orders, Today, Currency.CNY, Always));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Partitioned_lifecycle_stages_equal_the_single_table_stages()
    {
        Prop.ForAll(Histories.ToArbitrary(), orders =>
        {
            var plain = LifecycleModel.Default.Classify(orders, Today, Currency.CNY, Never);
            var partitioned = LifecycleModel.Default.Classify(orders, Today, Currency.CNY, Always);
            Assert.Equal(plain.Customers, partitioned.Customers);
            Assert.Equal(plain.Stages.Levels, partitioned.Stages.Levels);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_bad_order_anywhere_fails_both_passes_alike_even_after_sums_that_overflow()
    {
        // Three orders of a customer whose spend cannot be summed, placed anywhere among the good ones.
        var huge = Money.FromMinorUnits(long.MaxValue / 2, Currency.CNY);
        var overflow = Gen.Elements(0, 3).Select(k => Enumerable.Repeat(new CustomerOrder(new CustomerId("big"), Today, huge), k).ToArray());
        var input =
            from good in ManyCustomers.ArrayOf(600)
            from big in overflow
            from bad in BadOrders
            from at in Gen.Choose(0, good.Length + big.Length)
            from mixed in Gen.Shuffle(good.Concat(big))
            select mixed.Take(at).Append(bad).Concat(mixed.Skip(at)).ToArray();
        Prop.ForAll(input.ToArbitrary(), orders =>
        {
            AssertSameFailure(() => RfmModel.Default.Score(orders, Today, Currency.CNY, Never), () => RfmModel.Default.Score(orders, Today, Currency.CNY, Always));
            AssertSameFailure(() => LifecycleModel.Default.Classify(orders, Today, Currency.CNY, Never), () => LifecycleModel.Default.Classify(orders, Today, Currency.CNY, Always));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sums_that_overflow_fail_both_passes_alike()
    {
        var huge = Money.FromMinorUnits(long.MaxValue / 2, Currency.CNY);
        var orders = Enumerable.Range(0, 900).Select(i => Order($"c{i % 300:D3}", i % 400, 1m))
            .Concat(Enumerable.Repeat(new CustomerOrder(new CustomerId("big"), Today, huge), 3)).ToArray();
        var plain = Assert.Throws<OverflowException>(() => RfmModel.Default.Score(orders, Today, Currency.CNY, Never));
        Assert.Equal(plain.Message, Assert.Throws<OverflowException>(() => RfmModel.Default.Score(orders, Today, Currency.CNY, Always)).Message);
        Assert.Throws<OverflowException>(() => LifecycleModel.Default.Classify(orders, Today, Currency.CNY, Always));
    }

    [Fact]
    public void A_sequence_of_unknown_length_is_tallied_in_one_table_with_the_same_result()
    {
        var orders = Enumerable.Range(0, 2_000).Select(i => Order($"c{i % 700:D3}", i % 500, i % 97));
        Assert.Equal(RfmModel.Default.Score(orders.ToArray(), Today, Currency.CNY, Always), RfmModel.Default.Score(orders, Today, Currency.CNY, Always));
        Assert.Equal(700, RfmModel.Default.Score(orders, Today, Currency.CNY).Count);
    }

    private static void AssertSameFailure(Func<object> plain, Func<object> partitioned)
    {
        var expected = Record.Exception(plain);
        var actual = Record.Exception(partitioned);
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(expected.Message, actual.Message);
    }
}
