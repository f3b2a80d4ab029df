namespace RetailCrm.Credit;

// The ladders as the marketplaces publish them.
public sealed partial class FeedbackLadder
{
    /// <summary>
    /// Taobao's credit levels, as widely published: 0-3 no mark; 1 to 5 hearts from 4, 11, 41, 91
    /// and 151; 1 to 5 diamonds from 251, 501, 1001, 2001 and 5001; 1 to 5 blue crowns from 10001,
    /// 20001, 50001, 100001 and 200001; 1 to 5 gold crowns from 500001, 1000001, 2000001, 5000001
    /// and 10000001. A negative score is <see cref="Below"/> the ladder.
    /// </summary>
    public static FeedbackLadder Taobao { get; } = new(
        "Taobao",
        [
            new FeedbackLevel(0, "No mark", string.Empty, 0),
            .. Marks(1, "heart", "hearts", "♥", [4, 11, 41, 91, 151]),
            .. Marks(6, "diamond", "diamonds", "◆", [251, 501, 1_001, 2_001, 5_001]),
            .. Marks(11, "blue crown", "blue crowns", "♛", [10_001, 20_001, 50_001, 100_001, 200_001]),
            .. Marks(16, "gold crown", "gold crowns", "♕", [500_001, 1_000_001, 2_000_001, 5_000_001, 10_000_001]),
        ]);

    /// <summary>
    /// eBay's feedback stars: none below 10; Yellow, Blue, Turquoise, Purple, Red and Green stars
    /// from 10, 50, 100, 500, 1,000 and 5,000; Yellow, Turquoise, Purple, Red, Green and Silver
    /// shooting stars from 10,000, 25,000, 50,000, 100,000, 500,000 and 1,000,000.
    /// </summary>
    public static FeedbackLadder Ebay { get; } = new(
        "eBay",
        new FeedbackLevel(0, "No star", string.Empty, 0),
        new FeedbackLevel(1, "Yellow star", "★", 10),
        new FeedbackLevel(2, "Blue star", "★", 50),
        new FeedbackLevel(3, "Turquoise star", "★", 100),
        new FeedbackLevel(4, "Purple star", "★", 500),
        new FeedbackLevel(5, "Red star", "★", 1_000),
        new FeedbackLevel(6, "Green star", "★", 5_000),
        new FeedbackLevel(7, "Yellow shooting star", "✯", 10_000),
        new FeedbackLevel(8, "Turquoise shooting star", "✯", 25_000),
        new FeedbackLevel(9, "Purple shooting star", "✯", 50_000),
        new FeedbackLevel(10, "Red shooting star", "✯", 100_000),
        new FeedbackLevel(11, "Green shooting star", "✯", 500_000),
        new FeedbackLevel(12, "Silver shooting star", "✯", 1_000_000));

    // One to five marks of one kind: "1 heart" ♥, "2 hearts" ♥♥, …
    private static IEnumerable<FeedbackLevel> Marks(int firstRank, string one, string many, string mark, long[] from) =>
        from.Select((min, i) => new FeedbackLevel(firstRank + i, i == 0 ? $"1 {one}" : $"{i + 1} {many}", string.Concat(Enumerable.Repeat(mark, i + 1)), min));
}
