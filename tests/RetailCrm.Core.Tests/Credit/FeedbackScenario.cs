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

    /// <summary>Records every trade, then the ratings and flags in arrival order.</summary>
    public FeedbackProfile Play(IReadOnlyList<int>? arrival = null)
    {
        var shop = OpenShop();
        foreach (var spec in Trades)
        {
            shop.RecordTrade(spec.Trade);
        }

        foreach (var spec in (arrival ?? Arrival).Select(i => Trades[i]))
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

        return shop;
    }

    /// <summary>
    /// The decisions of the default policy recomputed from scratch, without the profile: eligible
    /// ratings; the first of each value per pair, item and 14-day period of the month; each pair's
    /// net in a month held to ±6 by leaving out its latest ratings of the sign that passes.
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

        var candidates = new List<TradeSpec>();
        var eligible = rated.Where(t => !t.Flagged && t.Price > 1m);
        foreach (var period in eligible.GroupBy(t => (t.Buyer, t.Item, Month(t), (Date(t).Day - 1) / 14)))
        {
            foreach (var sameValue in period.GroupBy(t => t.Value))
            {
                var ordered = sameValue.OrderBy(t => t.Trade.CreatedAt).ThenBy(t => t.Trade.Id.Value, StringComparer.Ordinal).ToList();
                candidates.Add(ordered[0]);
                ordered.Skip(1).ToList().ForEach(t => decisions[t.Trade.Id.Value] = (0, UncountedReason.SameItemInPeriod));
            }
        }

        foreach (var month in candidates.GroupBy(t => (t.Buyer, Month(t))))
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

    private static LocalDate Date(TradeSpec spec) => spec.Trade.CreatedAt.InZone(Shanghai).Date;

    private static YearMonth Month(TradeSpec spec) => Date(spec).ToYearMonth();

    private static Gen<FeedbackScenario> Generate() =>
        from count in Gen.Choose(0, 45)
        from trades in Gen.ArrayOf(TradeGen(0), count)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1_000_000), count)
        select new FeedbackScenario([.. trades.Select((t, i) => t with { Index = i })], [.. Enumerable.Range(0, count).OrderBy(i => keys[i]).ThenBy(i => i)]);
}
