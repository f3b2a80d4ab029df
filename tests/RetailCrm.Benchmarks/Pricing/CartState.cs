namespace RetailCrm.Benchmarks.Pricing;

using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// The plain working state a hand-written pricer keeps: each line's current value in minor units,
/// lines sorted by SKU, and the ways a rule changes them. Shared by the hand-written loop and the
/// code that applies RulesEngine's results, so both apply a rule the same way.
/// </summary>
internal sealed class CartState
{
    private readonly int[] original;
    private readonly int[] eligible;
    private readonly long[] parts;
    private readonly long[] weights;

    public CartState(Cart cart)
    {
        var count = cart.Lines.Count;
        Skus = new string[count];
        original = new int[count];
        for (var i = 0; i < count; i++)
        {
            Skus[i] = cart.Lines[i].Sku.Value;
            original[i] = i;
        }

        Array.Sort(Skus, original, StringComparer.Ordinal);
        Categories = new string[count];
        Quantity = new long[count];
        Current = new long[count];
        for (var k = 0; k < count; k++)
        {
            var line = cart.Lines[original[k]];
            Categories[k] = line.Categories[0].Value;
            Quantity[k] = line.Quantity;
            Current[k] = line.UnitPrice.ToMinorUnits() * line.Quantity;
        }

        eligible = new int[count];
        parts = new long[count];
        weights = new long[count];
        Shipping = cart.Shipping.ToMinorUnits();
        ShippingList = Shipping;
    }

    public string[] Skus { get; }

    public string[] Categories { get; }

    public long[] Quantity { get; }

    public long[] Current { get; }

    public long Shipping { get; private set; }

    public long ShippingList { get; }

    public long OrderDiscount { get; private set; }

    public int EligibleCount { get; private set; }

    public long EligibleQuantity { get; private set; }

    public long EligibleValue { get; private set; }

    public ReadOnlySpan<int> Eligible => eligible.AsSpan(0, EligibleCount);

    /// <summary>Percentage of an amount, rounded once, half away from zero.</summary>
    public static long PercentOf(long value, decimal percent) => (long)decimal.Round(value * percent / 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>Chooses the lines a rule targets: its SKUs, else its categories, else every line.</summary>
    public void Select(PricingRule rule)
    {
        EligibleCount = 0;
        EligibleQuantity = 0;
        EligibleValue = 0;
        for (var k = 0; k < Skus.Length; k++)
        {
            var hit = rule.Skus.Count > 0 ? Contains(rule.Skus, Skus[k]) : rule.Categories.Count == 0 || Contains(rule.Categories, Categories[k]);
            if (hit)
            {
                eligible[EligibleCount++] = k;
                EligibleQuantity += Quantity[k];
                EligibleValue += Current[k];
            }
        }
    }

    public void Percent(decimal percent)
    {
        foreach (var k in Eligible)
        {
            Current[k] -= Math.Clamp(PercentOf(Current[k], percent), 0, Current[k]);
        }
    }

    public void AmountOffEach(long amount)
    {
        foreach (var k in Eligible)
        {
            Current[k] -= Math.Min(amount * Quantity[k], Current[k]);
        }
    }

    /// <summary>The cheapest units of the eligible lines free, <paramref name="free"/> of them; ties go to the earlier line.</summary>
    public void FreeCheapest(long free)
    {
        var candidates = new (long Value, int Line, long Units)[EligibleCount * 2];
        var count = 0;
        foreach (var k in Eligible)
        {
            var each = Current[k] / Quantity[k];
            var dearer = Current[k] % Quantity[k];
            candidates[count++] = (each, k, Quantity[k] - dearer);
            if (dearer > 0)
            {
                candidates[count++] = (each + 1, k, dearer);
            }
        }

        Array.Sort(candidates, 0, count);
        var taken = weights.AsSpan();
        taken.Clear();
        for (var i = 0; i < count && free > 0; i++)
        {
            var units = Math.Min(free, candidates[i].Units);
            taken[candidates[i].Line] += units;
            free -= units;
        }

        foreach (var k in Eligible)
        {
            Current[k] -= ValueOfUnits(k, taken[k]);
        }
    }

    /// <summary>Complete sets of one unit of each SKU at <paramref name="price"/>, the saving spread over the sets' units by value.</summary>
    public void Bundle(IReadOnlyList<string> skus, long price)
    {
        var sets = long.MaxValue;
        foreach (var sku in skus)
        {
            var units = 0L;
            foreach (var k in Eligible)
            {
                units += Skus[k] == sku ? Quantity[k] : 0;
            }

            sets = Math.Min(sets, units);
        }

        if (sets == 0)
        {
            return;
        }

        var lines = Eligible;
        var w = weights.AsSpan(0, lines.Length);
        var value = 0L;
        for (var i = 0; i < lines.Length; i++)
        {
            w[i] = ValueOfUnits(lines[i], Math.Min(sets, Quantity[lines[i]]));
            value += w[i];
        }

        var saving = value - (sets * price);
        if (saving > 0)
        {
            Split(saving, w);
        }
    }

    /// <summary>An order discount split over the eligible lines by current value, penny-exact.</summary>
    public void OrderOff(long discount)
    {
        var w = weights.AsSpan(0, EligibleCount);
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = Current[eligible[i]];
        }

        var amount = Math.Min(discount, EligibleValue);
        Split(amount, w);
        OrderDiscount += amount;
    }

    public void WaiveShipping() => Shipping = 0;

    public PricingResult Result()
    {
        var final = new long[Skus.Length];
        var total = Shipping;
        for (var k = 0; k < final.Length; k++)
        {
            final[original[k]] = Current[k];
            total += Current[k];
        }

        return new PricingResult(final, OrderDiscount, ShippingList - Shipping, total);
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Split(long total, ReadOnlySpan<long> w)
    {
        var p = parts.AsSpan(0, w.Length);
        LargestRemainder.Allocate(total, w, p);
        for (var i = 0; i < p.Length; i++)
        {
            Current[eligible[i]] -= p[i];
        }
    }

    private long ValueOfUnits(int k, long units)
    {
        if (units >= Quantity[k])
        {
            return Current[k];
        }

        var each = Current[k] / Quantity[k];
        var cheaper = Quantity[k] - (Current[k] % Quantity[k]);
        return (units * each) + Math.Max(0, units - cheaper);
    }
}
