namespace RetailCrm.Promotions;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The working state of one pricing: every line's list and current value in minor units, in a
/// canonical order so that the result never depends on the order of the cart's lines. One run is
/// reused cart after cart on a thread, so pricing allocates nothing but its result.
/// </summary>
/// <remarks>
/// Amounts are whole minor units (<see cref="long"/>, checked): exact, and cheaper than
/// <see cref="Money"/> on the hot path. A unit of a line is worth the line's current value split
/// evenly, the odd minor units on the last units, so units never differ by more than one minor unit.
/// Arrays are sized for the largest cart seen so far; only the first <see cref="LineCount"/> entries
/// belong to the current cart.
/// </remarks>
internal sealed partial class PricingRun
{
    private readonly CanonicalLineOrder order = new();

    // The lines a promotion of every merchandise line sees, kept up to date as promotions commit: the
    // merchandise lines no stopping promotion has claimed, their current value and their units. So
    // such a promotion (a site-wide threshold, a member discount, free shipping) is selected in
    // constant time; the list is rebuilt only after a line was stopped.
    private int[] openMerchandise = [];
    private int openMerchandiseCount;
    private bool openMerchandiseStale;
    private long openMerchandiseValue;
    private long openMerchandiseUnits;
    private int[] eligibleSource = [];
    private UnitCandidate[] candidates = [];
    private PromotionCatalog catalog = null!;
    private LocalDateTime? localNow;

    public Cart Cart { get; private set; } = null!;

    public Shopper Shopper { get; private set; } = null!;

    public Instant At { get; private set; }

    /// <summary>The instant of pricing in the shop's zone, worked out when a condition first asks.</summary>
    public LocalDateTime LocalNow => localNow ??= At.InZone(catalog.Options.Zone).LocalDateTime;

    public Currency Currency { get; private set; } = null!;

    /// <summary>The tiers that open member-only promotions (set whenever a promotion asks, see <see cref="PromotionCatalog"/>).</summary>
    public IReadOnlySet<TierId> MemberOnlyTiers => catalog.Options.MemberOnlyTiers!;

    /// <summary>How many lines the cart has.</summary>
    public int LineCount { get; private set; }

    /// <summary>The lines in canonical order.</summary>
    public CartLine[] Lines { get; private set; } = [];

    /// <summary>For each canonical position, the line's index in the cart.</summary>
    public int[] OriginalIndex { get; private set; } = [];

    public long[] UnitList { get; private set; } = [];

    public long[] List { get; private set; } = [];

    public long[] Current { get; private set; } = [];

    /// <summary>Lines a promotion that stops further promotions has claimed.</summary>
    public bool[] Stopped { get; private set; } = [];

    /// <summary>For each claimed line, the promotion that claimed it first.</summary>
    public CompiledPromotion?[] StoppedBy { get; private set; } = [];

    /// <summary>The discount the promotion being considered proposes per line (set for its eligible lines only).</summary>
    public long[] Proposed { get; private set; } = [];

    public long ShippingList { get; private set; }

    public long ShippingCurrent { get; set; }

    public bool ShippingStopped { get; set; }

    /// <summary>The promotion that claimed the shipping charge first, if one did.</summary>
    public CompiledPromotion? ShippingStoppedBy { get; set; }

    public long ProposedShipping { get; set; }

    /// <summary>The lines the promotion being considered may see, in canonical order.</summary>
    public ReadOnlySpan<int> EligibleLines => eligibleSource.AsSpan(0, EligibleCount);

    /// <summary>The current value of the eligible lines.</summary>
    public long EligibleSubtotal { get; private set; }

    /// <summary>The units of the eligible lines.</summary>
    public long EligibleQuantity { get; private set; }

    private int[] Eligible { get; set; } = [];

    private int EligibleCount { get; set; }

    private long[] Weights { get; set; } = [];

    private long[] Parts { get; set; } = [];

    /// <summary>Prepares the run for <paramref name="cart"/>: canonical order, list prices, the index of its lines.</summary>
    public void Begin(PromotionCatalog promotions, Cart cart, Shopper shopper, Instant at)
    {
        catalog = promotions;
        Cart = cart;
        Shopper = shopper;
        At = at;
        localNow = null;
        Currency = cart.Currency;
        var count = cart.Lines.Count;
        EnsureLineCapacity(count);
        LineCount = count;
        order.Sort(cart.LineArray, OriginalIndex.AsSpan(0, count));
        var prices = catalog.Options.ListPrices;
        var asGiven = prices.Margin is null;
        for (var k = 0; k < count; k++)
        {
            var line = cart.LineArray[OriginalIndex[k]];
            Lines[k] = line;
            UnitList[k] = asGiven && line.UnitPriceMinorUnits >= 0 ? line.UnitPriceMinorUnits : MinorUnits(prices.UnitListPrice(line));
            List[k] = checked(UnitList[k] * line.Quantity);
            Current[k] = List[k];
            Stopped[k] = false;
            StoppedBy[k] = null;
        }

        // Proposals are zero between promotions; a pricing that threw half-way may have left some.
        Array.Clear(Proposed, 0, count);
        ShippingList = MinorUnits(cart.Shipping);
        ShippingCurrent = ShippingList;
        ShippingStopped = false;
        ShippingStoppedBy = null;
        ProposedShipping = 0;
        ClearOutputs();
        IndexLines(catalog.Index, catalog.Compiled.Length);
        openMerchandiseValue = 0;
        openMerchandiseUnits = 0;
        for (var i = 0; i < merchandiseCount; i++)
        {
            var k = merchandise[i];
            openMerchandise[i] = k;
            openMerchandiseValue = checked(openMerchandiseValue + Current[k]);
            openMerchandiseUnits += Lines[k].Quantity;
        }

        openMerchandiseCount = merchandiseCount;
        openMerchandiseStale = false;
    }

    /// <summary>Lets go of the cart and everything it references, so an idle run holds no caller's data.</summary>
    public void End()
    {
        Array.Clear(Lines, 0, LineCount);
        Array.Clear(StoppedBy, 0, LineCount);
        ShippingStoppedBy = null;
        ClearOutputs();
        Cart = null!;
        Shopper = null!;
        catalog = null!;
        LineCount = 0;
    }

    /// <summary>Chooses the lines <paramref name="promotion"/> sees.</summary>
    /// <remarks>
    /// Proposals are zero between promotions: a reward proposes only what it then reports as
    /// applied, and <see cref="Commit"/> takes each proposal back to zero.
    /// </remarks>
    /// <returns>How many lines the promotion targets, stopped ones included.</returns>
    public int SelectEligible(CompiledPromotion promotion)
    {
        ProposedShipping = 0;
        if (promotion.Lines == CompiledPromotion.LineSource.Merchandise)
        {
            if (openMerchandiseStale)
            {
                openMerchandiseCount = 0;
                for (var i = 0; i < merchandiseCount; i++)
                {
                    if (!Stopped[merchandise[i]])
                    {
                        openMerchandise[openMerchandiseCount++] = merchandise[i];
                    }
                }

                openMerchandiseStale = false;
            }

            eligibleSource = openMerchandise;
            EligibleCount = openMerchandiseCount;
            EligibleSubtotal = openMerchandiseValue;
            EligibleQuantity = openMerchandiseUnits;
            return merchandiseCount;
        }

        eligibleSource = Eligible;
        EligibleCount = 0;
        EligibleSubtotal = 0;
        EligibleQuantity = 0;
        var targeted = 0;
        if (promotion.Lines == CompiledPromotion.LineSource.Indexed)
        {
            for (var node = FirstNode(promotion.Index); node >= 0; node = nodeNext[node])
            {
                targeted += Take(promotion, nodeLine[node]);
            }
        }
        else
        {
            for (var k = 0; k < LineCount; k++)
            {
                targeted += Take(promotion, k);
            }
        }

        return targeted;
    }

    /// <summary>
    /// Among the lines <paramref name="promotion"/> targets, the promotion (first in evaluation order)
    /// that claimed one of them; looked up only when every targeted line was claimed.
    /// </summary>
    public CompiledPromotion? FirstStopper(CompiledPromotion promotion)
    {
        CompiledPromotion? first = null;
        if (promotion.Lines == CompiledPromotion.LineSource.Merchandise)
        {
            for (var i = 0; i < merchandiseCount; i++)
            {
                first = Earlier(first, StoppedBy[merchandise[i]]);
            }
        }
        else if (promotion.Lines == CompiledPromotion.LineSource.Indexed)
        {
            for (var node = FirstNode(promotion.Index); node >= 0; node = nodeNext[node])
            {
                first = Targets(promotion, nodeLine[node]) ? Earlier(first, StoppedBy[nodeLine[node]]) : first;
            }
        }
        else
        {
            for (var k = 0; k < LineCount; k++)
            {
                first = Targets(promotion, k) ? Earlier(first, StoppedBy[k]) : first;
            }
        }

        return first;
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
        percentage.RoundedShareOf(value);

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

    /// <summary>The total proposed: eligible lines plus shipping.</summary>
    public long ProposedTotal()
    {
        var total = ProposedShipping;
        foreach (var k in EligibleLines)
        {
            total = checked(total + Proposed[k]);
        }

        return total;
    }

    /// <summary>Scales the proposals down to <paramref name="cap"/>, penny-exact, in proportion to what each line was offered.</summary>
    public void CapProposals(long cap)
    {
        var lines = EligibleLines;
        var count = lines.Length;
        var weights = Weights.AsSpan(0, count + 1);
        for (var i = 0; i < count; i++)
        {
            weights[i] = Proposed[lines[i]];
        }

        weights[count] = ProposedShipping;
        var parts = Parts.AsSpan(0, count + 1);
        LargestRemainder.Allocate(cap, weights, parts);
        for (var i = 0; i < count; i++)
        {
            Proposed[lines[i]] = parts[i];
        }

        ProposedShipping = parts[count];
    }

    /// <summary>A scratch buffer of unit values to choose the cheapest from, two per line.</summary>
    public Span<UnitCandidate> UnitCandidates(int length)
    {
        if (candidates.Length < length)
        {
            candidates = new UnitCandidate[Math.Max(length, candidates.Length * 2)];
        }

        return candidates.AsSpan(0, length);
    }

    /// <summary>A scratch buffer for weights, at least one per line plus one.</summary>
    public Span<long> Scratch(int length) => Weights.AsSpan(0, length);

    private static CompiledPromotion? Earlier(CompiledPromotion? first, CompiledPromotion? other) =>
        other is not null && (first is null || other.Index < first.Index) ? other : first;

    // Whether the promotion targets line k (found for it by its line source).
    private bool Targets(CompiledPromotion promotion, int k)
    {
        var line = Lines[k];
        return !((promotion.OrderLevel && line.Kind == LineKind.StoredValue) || (promotion.ChecksEachLine && !promotion.Promotion.Target.Matches(line)));
    }

    // One line the promotion targets: counted, and eligible unless a stopping promotion claimed it.
    private int Take(CompiledPromotion promotion, int k)
    {
        if (!Targets(promotion, k))
        {
            return 0;
        }

        var line = Lines[k];

        if (!Stopped[k])
        {
            Eligible[EligibleCount++] = k;
            EligibleSubtotal = checked(EligibleSubtotal + Current[k]);
            EligibleQuantity += line.Quantity;
        }

        return 1;
    }

    private void EnsureLineCapacity(int count)
    {
        if (Lines.Length >= count && Lines.Length > 0)
        {
            return;
        }

        var capacity = Math.Max(Math.Max(count, 8), Lines.Length * 2);
        Lines = new CartLine[capacity];
        OriginalIndex = new int[capacity];
        UnitList = new long[capacity];
        List = new long[capacity];
        Current = new long[capacity];
        Stopped = new bool[capacity];
        StoppedBy = new CompiledPromotion?[capacity];
        Proposed = new long[capacity];
        Eligible = new int[capacity];
        Weights = new long[capacity + 1];
        Parts = new long[capacity + 1];
        merchandise = new int[capacity];
        openMerchandise = new int[capacity];
        ResizeLineOutputs(capacity);
    }
}
