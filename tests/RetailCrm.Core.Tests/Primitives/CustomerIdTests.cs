namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;

/// <summary>A customer id's equality and its hash code, computed once, agree with its text.</summary>
public sealed class CustomerIdTests
{
    [Fact]
    public void Ids_are_equal_exactly_when_their_text_is_and_equal_ids_hash_alike()
    {
        var text = Gen.Elements("a", "b", "c", "A", "é", "e\u0301", "订单").ArrayOf().Where(a => a.Length > 0).Select(a => string.Concat(a));
        Prop.ForAll(text.Zip(text).ToArbitrary(), pair =>
        {
            var (x, y) = (new CustomerId(pair.Item1), new CustomerId(new string(pair.Item2.AsSpan())));
            var same = string.Equals(pair.Item1, pair.Item2, StringComparison.Ordinal);

            Assert.Equal(same, x == y);
            Assert.Equal(same, x.Equals((object)y));
            if (same)
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }

            Assert.True(x == new CustomerId(string.Concat(pair.Item1.AsSpan(), string.Empty)));
            Assert.NotEqual(default, x);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Default_equals_only_default()
    {
        Assert.Equal(default(CustomerId), default);
        Assert.Equal(default(CustomerId).GetHashCode(), default(CustomerId).GetHashCode());
        Assert.Equal(string.Empty, default(CustomerId).Value);
    }
}
