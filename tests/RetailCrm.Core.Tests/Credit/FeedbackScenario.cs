namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>One generated trade of the shop: who bought what, when, for how much, the rating and a fraud flag.</summary>
internal sealed record TradeSpec(int Index, int Buyer, int Item, int CreatedHours, decimal Price, RatingValue? Value, bool Flagged, bool FlagFirst)
{
    private static readonly Instant Start = At(2026, 3, 1, 0, 0);

    public CompletedTrade Trade => Sale($"t-{Index:D3}", $"b-{Buyer}", $"item-{Item}", Price, Start + Duration.FromHours(CreatedHours));

    public Instant RatedAt => Trade.CompletedAt + Duration.FromHours(1);

    public override string ToString() =>
        $"{Trade.Id}: b-{Buyer} item-{Item} {Trade.CreatedAt.InZone(Shanghai).LocalDateTime:yyyy-MM-dd HH:mm} CNY {Price} {Value?.ToString() ?? "unrated"}{(Flagged ? " flagged" : string.Empty)}";
}

/// <summary>A shop's trades with ratings, and an order in which the ratings arrive.</summary>
internal sealed record FeedbackScenario(IReadOnlyList<TradeSpec> Trades, IReadOnlyList<int> Arrival)
{
    public static Arbitrary<FeedbackScenario> Arbitrary { get; } = Arb.From(Generate());

    public static Gen<TradeSpec> TradeGen(int index) =>
        from buyer in Gen.Choose(0, 3)
        from item in Gen.Choose(0, 2)
        from hours in Gen.Choose(0, 92 * 24)
        from price in Gen.Frequency((1, Gen.Constant(0.5m)), (1, Gen.Constant(1m)), (1, Gen.Constant(1.01m)), (7, Gen.Constant(58m)))
        from value in Gen.Frequency(
            (2, Gen.Constant<RatingValue?>(null)),
            (10, Gen.Constant<RatingValue?>(RatingValue.Positive)),
            (2, Gen.Constant<RatingValue?>(RatingValue.Neutral)),
            (4, Gen.Constant<RatingValue?>(RatingValue.Negative)))
        from flagged in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from flagFirst in Gen.Elements(false, true)
        select new TradeSpec(index, buyer, item, hours, price, value, flagged, flagFirst);

    /// <summary>Records every trade (in <paramref name="recording"/> order, by default as listed), then the ratings and flags in arrival order.</summary>
    public FeedbackProfile Play(IReadOnlyList<int>? arrival = null, IReadOnlyList<int>? recording = null)
    {
        var shop = OpenShop();
        foreach (var spec in (recording ?? [.. Enumerable.Range(0, Trades.Count)]).Select(i => Trades[i]))
        {
            shop.RecordTrade(spec.Trade);
        }

        foreach (var spec in (arrival ?? Arrival).Select(i => Trades[i]))
        {
            Settle(shop, spec);
        }

        return shop;
    }

    /// <summary>Records each trade only when its rating arrives, so that trades created earlier are often recorded after later ones were rated.</summary>
    public FeedbackProfile PlayRecordingLate()
    {
        var shop = OpenShop();
        foreach (var spec in Arrival.Select(i => Trades[i]))
        {
            shop.RecordTrade(spec.Trade);
            Settle(shop, spec);
        }

        return shop;
    }

    // The trade's flag (before or after its rating) and its rating.
    private static void Settle(FeedbackProfile shop, TradeSpec spec)
    {
        if (spec.Flagged && spec.FlagFirst)
        {
            shop.FlagFraudulent(spec.Trade.Id, "brushing", spec.RatedAt);
        }

        if (spec.Value is { } value)
        {
            shop.Rate(spec.Trade.Id, value, null, spec.RatedAt);
        }

        if (spec.Flagged && !spec.FlagFirst)
        {
            shop.FlagFraudulent(spec.Trade.Id, "brushing", spec.RatedAt);
        }
    }

    /// <summary>
    /// The decisions of the default policy recomputed from scratch, without the profile: eligible
    /// ratings; the pair's scored trades of an item (rated or not) cut into groups in creation
    /// order, each holding the trades created less than 14 days after its first; the first of
    /// each value per group; each pair's net in the month of each group's first trade held to ±6
    /// by leaving out its latest ratings of the sign that passes.
    /// </summary>
    public IReadOnlyDictionary<string, (int Points, UncountedReason? Reason)> Recount()
    {
        var decisions = new Dictionary<string, (int, UncountedReason?)>();
        var rated = Trades.Where(t => t.Value is not null).ToList();
        foreach (var spec in rated.Where(t => t.Flagged))
        {
            decisions[spec.Trade.Id.Value] = (0, UncountedReason.Fraudulent);
        }

        foreach (var spec in rated.Where(t => !t.Flagged && t.Price <= 1m))
        {
            decisions[spec.Trade.Id.Value] = (0, UncountedReason.BelowMinimumPrice);
        }

        var firstOf = new Dictionary<int, TradeSpec>();
        foreach (var line in Trades.Where(t => t.Price > 1m).GroupBy(t => (t.Buyer, t.Item)))
        {
            TradeSpec? first = null;
            foreach (var spec in line.OrderBy(t => t.CreatedHours).ThenBy(t => t.Trade.Id.Value, StringComparer.Ordinal))
            {
                if (first is null || spec.CreatedHours - first.CreatedHours >= 14 * 24)
                {
                    first = spec;
                }

                firstOf[spec.Index] = first;
            }
        }

        var candidates = new List<TradeSpec>();
        var eligible = rated.Where(t => !t.Flagged && t.Price > 1m);
        foreach (var group in eligible.GroupBy(t => firstOf[t.Index].Index))
        {
            foreach (var sameValue in group.GroupBy(t => t.Value))
            {
                var ordered = sameValue.OrderBy(t => t.Trade.CreatedAt).ThenBy(t => t.Trade.Id.Value, StringComparer.Ordinal).ToList();
                candidates.Add(ordered[0]);
                ordered.Skip(1).ToList().ForEach(t => decisions[t.Trade.Id.Value] = (0, UncountedReason.SameItemInPeriod));
            }
        }

        foreach (var month in candidates.GroupBy(t => (t.Buyer, Month(firstOf[t.Index]))))
        {
            var net = month.Sum(t => (int)t.Value!.Value);
            var over = Math.Max(0, Math.Abs(net) - 6);
            var latestFirst = month.OrderByDescending(t => t.Trade.CreatedAt).ThenByDescending(t => t.Trade.Id.Value, StringComparer.Ordinal);
            foreach (var spec in latestFirst)
            {
                var points = (int)spec.Value!.Value;
                if (over > 0 && points == Math.Sign(net))
                {
                    decisions[spec.Trade.Id.Value] = (0, UncountedReason.MonthlyPairCap);
                    over--;
                }
                else
                {
                    decisions[spec.Trade.Id.Value] = (points, null);
                }
            }
        }

        return decisions;
    }

    public override string ToString() => string.Join(Environment.NewLine, Trades) + Environment.NewLine + "arrival: " + string.Join(",", Arrival);

    private static YearMonth Month(TradeSpec spec) => spec.Trade.CreatedAt.InZone(Shanghai).Date.ToYearMonth();

    private static Gen<FeedbackScenario> Generate() =>
        from count in Gen.Choose(0, 45)
        from trades in Gen.ArrayOf(TradeGen(0), count)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count)
        select new FeedbackScenario([.. trades.Select((t, i) => t with { Index = i })], [.. Enumerable.Range(0, count).OrderBy(i => keys[i]).ThenBy(i => i)]);
}
