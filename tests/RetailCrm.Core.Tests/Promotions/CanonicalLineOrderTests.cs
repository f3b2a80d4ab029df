namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Pricing's canonical line order is the full comparison of lines, whatever the SKUs look like.</summary>
public sealed class CanonicalLineOrderTests
{
    [Fact]
    public void Lines_are_sorted_by_sku_then_price_quantity_and_categories_for_any_skus_and_cart_size()
    {
        // Long SKUs over a small alphabet fill every bit of a sort key, so keys that differ only in
        // their lowest bits occur; repeated SKUs at other prices and quantities make full ties.
        var alphabets = Gen.Elements("01", "0123456789", "abcXYZ-_", "语言数据abc");
        var skus = alphabets.SelectMany(a => Gen.Elements(a.ToCharArray()).ArrayOf().Where(c => c.Length is > 0 and <= 70).Select(c => new string(c)));
        var lines = skus.Zip(Gen.Choose(1, 3).Zip(Gen.Choose(1, 3)))
            .Select(x => new CartLine(new Sku(x.Item1), x.Item2.Item1, Money.FromMinorUnits(x.Item2.Item2 * 100, Currency.CNY), new CategoryId(x.Item2.Item2 == 1 ? "a" : "b")))
            .ArrayOf()
            .Where(l => l.Length is > 0 and <= 300)
            .SelectMany(l => Gen.Choose(0, 60).ArrayOf(l.Length).Select(copies => l.Concat(copies.Where(c => c < l.Length).Select(c => l[c])).ToArray()));
        var order = new CanonicalLineOrder();
        Prop.ForAll(lines.ToArbitrary(), cart =>
        {
            var positions = new int[cart.Length];

            order.Sort(cart, positions);

            Assert.Equal(Enumerable.Range(0, cart.Length), positions.Order());
            for (var i = 1; i < positions.Length; i++)
            {
                Assert.True(Compare(cart[positions[i - 1]], cart[positions[i]]) <= 0, $"{cart[positions[i - 1]]} before {cart[positions[i]]}");
            }
        }).QuickCheckThrowOnFailure();
    }

    private static int Compare(CartLine a, CartLine b)
    {
        var order = string.CompareOrdinal(a.Sku.Value, b.Sku.Value);
        order = order != 0 ? order : a.UnitPrice.Amount.CompareTo(b.UnitPrice.Amount);
        order = order != 0 ? order : a.Quantity.CompareTo(b.Quantity);
        return order != 0 ? order : string.CompareOrdinal(a.Categories[0].Value, b.Categories[0].Value);
    }
}
