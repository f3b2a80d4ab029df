namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The flat per-customer table, the ordinal order of ids and the radix sort behind it.</summary>
public sealed class CustomerTalliesTests
{
    // Ids from small alphabets with shared prefixes, some long enough that packed keys tie.
    private static readonly Gen<string> Ids = Gen.Elements("c0", "c00", "c-000", "x", "customer-000000000000")
        .Zip(Gen.Elements("0123456789", "ab", "AZaz09-_", "\u00e9\u4e2d1"))
        .SelectMany(p => Gen.Elements(p.Item2.ToCharArray()).ArrayOf().Select(cs => p.Item1 + new string(cs)));

    [Fact]
    public void The_flat_table_agrees_with_a_dictionary_for_any_keys_including_colliding_hashes()
    {
        var hashes = Gen.Elements<Func<CustomerId, int>>(c => c.GetHashCode(), c => c.Value.Length % 3, _ => 0, c => c.Value.Length << 28);
        var input = Ids.ArrayOf().Zip(hashes).Zip(Gen.Choose(0, 40));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var ((ids, hash), expected) = x;
            var table = new CustomerTallies<int>(expected);
            var dictionary = new Dictionary<CustomerId, (int Slot, int Count)>();
            foreach (var customer in ids.Select(id => new CustomerId(id)))
            {
                ref var count = ref table.Of(customer, hash(customer), out var slot, out var added);
                count++;
                var known = dictionary.TryGetValue(customer, out var entry);
                Assert.Equal(!known, added);
                Assert.Equal(known ? entry.Slot : dictionary.Count, slot);
                dictionary[customer] = (slot, entry.Count + 1);
                Assert.Equal(dictionary[customer].Count, count);
            }

            Assert.Equal(dictionary.Count, table.Count);
            table.Freeze();
            Assert.All(dictionary, e => Assert.Equal((e.Key, e.Value.Count), (table.Customer(e.Value.Slot), table.At(e.Value.Slot))));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sorted_gives_every_customer_once_with_its_tally_in_ordinal_order_of_ids()
    {
        Prop.ForAll(Ids.ArrayOf().ToArbitrary(), ids =>
        {
            var table = new CustomerTallies<int>();
            foreach (var id in ids)
            {
                table.Of(new CustomerId(id), out _, out _)++;
            }

            var order = table.Sorted(out var customers, out var counts);

            var expected = ids.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()));
            Assert.Equal(expected, order.Select(i => (customers[i].Value, counts[i])));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Customers_are_ordered_ordinally_whatever_their_alphabet_prefix_and_length()
    {
        Prop.ForAll(Ids.ArrayOf().ToArbitrary(), ids =>
        {
            var customers = ids.Distinct().Select(id => new CustomerId(id)).ToArray();

            var order = CustomerOrdinal.Order(customers);

            Assert.Equal(customers.Select(c => c.Value).Order(StringComparer.Ordinal), order.Select(i => customers[i].Value));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_radix_sort_is_a_stable_sort_of_the_keys()
    {
        var keys = Gen.Frequency((2, Gen.Choose(0, 40).Select(k => (ulong)k)), (1, ArbMap.Default.GeneratorFor<ulong>()), (1, Gen.Choose(0, 3).Select(k => (ulong)k << 60)));
        Prop.ForAll(keys.ArrayOf().ToArbitrary(), input =>
        {
            var sorted = (ulong[])input.Clone();
            var items = Enumerable.Range(0, input.Length).ToArray();

            RadixSort.Sort(sorted, items);

            var expected = input.Select((k, i) => (k, i)).OrderBy(p => p.k).ToArray();
            Assert.Equal(expected.Select(p => p.k), sorted);
            Assert.Equal(expected.Select(p => p.i), items);
        }).QuickCheckThrowOnFailure();
    }
}
