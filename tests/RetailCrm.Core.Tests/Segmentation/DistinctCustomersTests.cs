namespace RetailCrm.Tests.Segmentation;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The repeated-customer check: refuses exactly the populations that name a customer twice, whatever their hash codes.</summary>
public sealed class DistinctCustomersTests
{
    [Fact]
    public void A_population_is_refused_exactly_when_it_names_a_customer_twice_even_when_distinct_ids_share_hash_codes()
    {
        // Ids from a small pool (so they repeat), and hash codes that often collide for distinct ids: only the text decides.
        var input = Gen.Choose(0, 3_000).SelectMany(n => Gen.Choose(0, 5_000).ArrayOf(n))
            .Zip(Gen.Elements(0u, 1u, 7u, 0xFFFF_FFFFu, 0x8000_0001u));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (picks, mask) = x;
            var ids = picks.Select(p => new CustomerId($"id-{p}")).ToArray();
            var hashes = DistinctCustomers.RentHashes(ids.Length);
            for (var i = 0; i < ids.Length; i++)
            {
                // The real hash codes; small numbers (all in one bucket); or spread numbers with some bits cleared (many collisions).
                hashes[i] = mask switch
                {
                    0xFFFF_FFFFu => unchecked((uint)ids[i].GetHashCode()),
                    0u => (uint)picks[i],
                    _ => unchecked((uint)picks[i] * 2_654_435_761u) & ~mask,
                };
            }

            var repeated = picks.Distinct().Count() != picks.Length;
            var error = Record.Exception(() => DistinctCustomers.Require(hashes, ids.Length, i => ids[i], "customers"));

            Assert.Equal(repeated, error is ArgumentException { ParamName: "customers" });
            Assert.True(repeated || error is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Hash_codes_counted_while_read_and_crowded_into_the_first_or_last_bucket_give_the_same_verdict()
    {
        // All ones or all zeros in the top bits (the table's fill values), counted by the caller as it reads.
        var input = Gen.Choose(0, 2_000).SelectMany(n => Gen.Choose(0, 3_000).ArrayOf(n)).Zip(Gen.Elements(true, false));
        Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (picks, last) = x;
            var ids = picks.Select(p => new CustomerId($"id-{p}")).ToArray();
            var hashes = DistinctCustomers.RentHashes(ids.Length);
            var tally = new int[DistinctCustomers.Buckets];
            for (var i = 0; i < ids.Length; i++)
            {
                hashes[i] = last ? uint.MaxValue - (uint)(picks[i] % 700) : (uint)(picks[i] % 700);
                DistinctCustomers.Tally(tally, hashes[i]);
            }

            var repeated = picks.Distinct().Count() != picks.Length;
            var error = Record.Exception(() => DistinctCustomers.Require(hashes, ids.Length, tally, i => ids[i], "customers"));

            Assert.Equal(repeated, error is ArgumentException { ParamName: "customers" });
            Assert.True(repeated || error is null);
        }).QuickCheckThrowOnFailure();
    }
}
