namespace RetailCrm.Benchmarks.Pricing;

using RetailCrm.Promotions;

/// <summary>Proves that contenders compute the engine's amounts before anything is timed.</summary>
public static class PricingCrossCheck
{
    /// <summary>Prices every cart with the engine and each contender and compares every amount.</summary>
    /// <param name="engine">The engine, the reference.</param>
    /// <param name="carts">The carts with their shoppers.</param>
    /// <param name="contenders">The contenders by name.</param>
    /// <returns>How many carts were compared.</returns>
    /// <exception cref="InvalidOperationException">A contender differs from the engine on a cart; the message shows both results.</exception>
    public static int Verify(PricingEngine engine, IReadOnlyList<(Cart Cart, Shopper Shopper)> carts, params IEnumerable<(string Name, Func<Cart, Shopper, PricingResult> Price)> contenders)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(carts);
        var list = contenders.ToArray();
        for (var i = 0; i < carts.Count; i++)
        {
            var (cart, shopper) = carts[i];
            var expected = PricingResult.From(engine.Price(cart, shopper, PricingWorkload.At));
            foreach (var (name, price) in list)
            {
                var actual = price(cart, shopper);
                if (!expected.SameAmounts(actual))
                {
                    throw new InvalidOperationException($"{name} differs from the engine on cart {i} ({cart.Lines.Count} lines, tier {shopper.Tier?.Value ?? "none"}, codes {string.Join(",", cart.Coupons)}): engine {expected}; {name} {actual}.");
                }
            }
        }

        return carts.Count;
    }
}
