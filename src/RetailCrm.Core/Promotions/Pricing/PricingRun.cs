namespace RetailCrm.Promotions;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The working state of one pricing: every line's list and current value in minor units, in a
/// canonical order so that the result never depends on the order of the cart's lines.
/// </summary>
/// <remarks>
/// Amounts are whole minor units (<see cref="long"/>, checked): exact, and cheaper than
/// <see cref="Money"/> on the hot path. A unit of a line is worth the line's current value split
/// evenly, the odd minor units on the last units, so units never differ by more than one minor unit.
/// </remarks>
internal sealed partial class PricingRun
{
    public PricingRun(Cart cart, Shopper shopper, Instant at, PricingOptions options)
    {
        Cart = cart;
        Shopper = shopper;
        At = at;
        LocalNow = at.InZone(options.Zone).LocalDateTime;
        Currency = cart.Currency;
        var count = cart.Lines.Count;
        Lines = new CartLine[count];
        OriginalIndex = new int[count];
        for (var i = 0; i < count; i++)
        {
            OriginalIndex[i] = i;
        }

        Array.Sort(OriginalIndex, new CanonicalLineOrder(cart.Lines));
        UnitList = new long[count];
        List = new long[count];
        Current = new long[count];
        Stopped = new bool[count];
        Proposed = new long[count];
        Eligible = new int[count];
        Weights = new long[count + 1];
        Parts = new long[count + 1];
        for (var k = 0; k < count; k++)
        {
            var line = cart.Lines[OriginalIndex[k]];
            Lines[k] = line;
            UnitList[k] = options.ListPrices.UnitListPrice(line).ToMinorUnits();
            List[k] = checked(UnitList[k] * line.Quantity);
            Current[k] = List[k];
        }

        ShippingList = cart.Shipping.ToMinorUnits();
        ShippingCurrent = ShippingList;
    }

    public Cart Cart { get; }

    public Shopper Shopper { get; }

    public Instant At { get; }

    public LocalDateTime LocalNow { get; }

    public Currency Currency { get; }

    /// <summary>The lines in canonical order.</summary>
    public CartLine[] Lines { get; }

    /// <summary>For each canonical position, the line's index in the cart.</summary>
    public int[] OriginalIndex { get; }

    public long[] UnitList { get; }

    public long[] List { get; }

    public long[] Current { get; }

    /// <summary>Lines a promotion that stops further promotions has claimed.</summary>
    public bool[] Stopped { get; }

    /// <summary>The discount the promotion being considered proposes per line.</summary>
    public long[] Proposed { get; }

    public long ShippingList { get; }

    public long ShippingCurrent { get; set; }

    public bool ShippingStopped { get; set; }

    public long ProposedShipping { get; set; }

    /// <summary>The lines the promotion being considered may see, in canonical order.</summary>
    public ReadOnlySpan<int> EligibleLines => Eligible.AsSpan(0, EligibleCount);

    /// <summary>The current value of the eligible lines.</summary>
    public long EligibleSubtotal { get; private set; }

    /// <summary>The units of the eligible lines.</summary>
    public long EligibleQuantity { get; private set; }

    private int[] Eligible { get; }

    private int EligibleCount { get; set; }

    private long[] Weights { get; }

    private long[] Parts { get; }

    /// <summary>Chooses the lines <paramref name="promotion"/> sees and clears the proposals.</summary>
    /// <returns>How many lines the promotion targets, stopped ones included.</returns>
    public int SelectEligible(Promotion promotion)
    {
        Array.Clear(Proposed);
        ProposedShipping = 0;
        EligibleCount = 0;
        EligibleSubtotal = 0;
        EligibleQuantity = 0;
        var targeted = 0;
        var orderLevel = promotion.Class != PromotionClass.Item;
        for (var k = 0; k < Lines.Length; k++)
        {
            var line = Lines[k];
            if ((orderLevel && line.Kind == LineKind.StoredValue) || !promotion.Target.Matches(line))
            {
                continue;
            }

            targeted++;
            if (Stopped[k])
            {
                continue;
            }

            Eligible[EligibleCount++] = k;
            EligibleSubtotal = checked(EligibleSubtotal + Current[k]);
            EligibleQuantity += line.Quantity;
        }

        return targeted;
    }

    /// <summary>What <paramref name="units"/> of line <paramref name="k"/> are worth now, its cheapest units first.</summary>
    public long ValueOfUnits(int k, long units)
    {
        var quantity = Lines[k].Quantity;
        if (units >= quantity)
        {
            return Current[k];
        }

        var each = Current[k] / quantity;
        var dearer = Current[k] % quantity;
        var cheaper = quantity - dearer;
        return checked((units * each) + Math.Max(0, units - cheaper));
    }

    /// <summary>What <paramref name="units"/> of line <paramref name="k"/> were worth at list price.</summary>
    public long ListValueOfUnits(int k, long units) =>
        units >= Lines[k].Quantity ? List[k] : checked(UnitList[k] * units);

    /// <summary><paramref name="percentage"/> of <paramref name="value"/> minor units, rounded once, half away from zero.</summary>
    public static long PercentOf(long value, Percentage percentage) =>
        (long)decimal.Round(value * percentage.Fraction, 0, MidpointRounding.AwayFromZero);

    /// <summary>Proposes <paramref name="total"/> split over the eligible lines by their current value, penny-exact.</summary>
    public void ProposeSplitByValue(long total)
    {
        var lines = EligibleLines;
        var weights = Weights.AsSpan(0, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            weights[i] = Current[lines[i]];
        }

        SplitInto(total, lines, weights);
    }

    /// <summary>Proposes <paramref name="total"/> split over <paramref name="lines"/> by <paramref name="weights"/>, penny-exact.</summary>
    public void SplitInto(long total, ReadOnlySpan<int> lines, ReadOnlySpan<long> weights)
    {
        var parts = Parts.AsSpan(0, lines.Length);
        LargestRemainder.Allocate(total, weights, parts);
        for (var i = 0; i < lines.Length; i++)
        {
            Proposed[lines[i]] = parts[i];
        }
    }

    /// <summary>The total proposed: lines plus shipping.</summary>
    public long ProposedTotal()
    {
        var total = ProposedShipping;
        foreach (var part in Proposed)
        {
            total = checked(total + part);
        }

        return total;
    }

    /// <summary>Scales the proposals down to <paramref name="cap"/>, penny-exact, in proportion to what each line was offered.</summary>
    public void CapProposals(long cap)
    {
        var count = Lines.Length;
        var weights = Weights.AsSpan(0, count + 1);
        Proposed.AsSpan().CopyTo(weights);
        weights[count] = ProposedShipping;
        var parts = Parts.AsSpan(0, count + 1);
        LargestRemainder.Allocate(cap, weights, parts);
        parts[..count].CopyTo(Proposed);
        ProposedShipping = parts[count];
    }

    /// <summary>A scratch buffer for weights, one per line plus one.</summary>
    public Span<long> Scratch(int length) => Weights.AsSpan(0, length);
}
