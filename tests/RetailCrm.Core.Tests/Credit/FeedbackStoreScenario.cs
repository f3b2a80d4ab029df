namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>A generated market: six possible trades and a short sequence of commands on them.</summary>
public sealed record FeedbackStoreScenario(IReadOnlyList<ModelTrade> Trades, IReadOnlyList<ModelCommand> Commands)
{
    public static IReadOnlyList<PartyId> Parties { get; } = [Shop, new("b-0"), new("b-1"), new("b-2"), ModelTrade.OtherSeller];

    public static Arbitrary<FeedbackStoreScenario> Arbitrary { get; } = Arb.From(Generate());

    public override string ToString() => string.Join(Environment.NewLine, Trades) + Environment.NewLine + string.Join(Environment.NewLine, Commands);

    private static Gen<ModelTrade> TradeGen(int index) =>
        from buyer in Gen.Choose(0, 2)
        from shopBuys in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from item in Gen.Choose(0, 1)
        from hours in Gen.Choose(0, 50 * 24)
        from price in Gen.Frequency((1, Gen.Constant(0.5m)), (6, Gen.Constant(58m)))
        select new ModelTrade(index, buyer, shopBuys, item, hours, price);

    private static Gen<ModelCommand> CommandGen() =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(FeedbackCommandKind.Record)),
            (1, Gen.Constant(FeedbackCommandKind.RecordChanged)),
            (7, Gen.Constant(FeedbackCommandKind.Rate)),
            (2, Gen.Constant(FeedbackCommandKind.Reply)),
            (1, Gen.Constant(FeedbackCommandKind.Flag)),
            (2, Gen.Constant(FeedbackCommandKind.Close)),
            (3, Gen.Constant(FeedbackCommandKind.Advance)))
        from trade in Gen.Choose(0, 5)
        from sellerRated in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from value in Gen.Frequency((5, Gen.Constant(RatingValue.Positive)), (1, Gen.Constant(RatingValue.Neutral)), (2, Gen.Constant(RatingValue.Negative)))
        from comment in Gen.Elements(false, true)
        from author in Gen.Elements(FeedbackReplyAuthor.Rated, FeedbackReplyAuthor.Rater)
        from text in Gen.Choose(0, 1)
        from party in Gen.Choose(0, Parties.Count - 1)
        from hours in Gen.Choose(1, 20 * 24)
        select new ModelCommand(kind, trade, sellerRated, value, comment, author, text, party, hours);

    private static Gen<FeedbackStoreScenario> Generate() =>
        from trades in Gen.ArrayOf(TradeGen(0), 6)
        from count in Gen.Choose(0, 12)
        from commands in Gen.ArrayOf(CommandGen(), count)
        select new FeedbackStoreScenario([.. trades.Select((t, i) => t with { Index = i })], commands);
}
