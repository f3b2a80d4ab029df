namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// What a feedback command names, so that the store loads exactly that: the trades (each with the
/// records of its pair's month, which the counting rules read) and the pair scopes of a trade
/// being recorded.
/// </summary>
/// <exception cref="ArgumentNullException">A list is null.</exception>
/// <exception cref="ArgumentException">A trade id is <c>default</c>.</exception>
/// <param name="Trades">The trades named: their entries, and the entries of each one's pair-cap month.</param>
/// <param name="Pairs">The pair scopes: the entries of a pair from a month on.</param>
public sealed record FeedbackLoadKeys(IReadOnlyList<OrderId> Trades, IReadOnlyList<FeedbackPairScope> Pairs)
{
    /// <summary>No keys: the live state only.</summary>
    public static FeedbackLoadKeys None { get; } = new([], []);

    /// <summary>The trades named.</summary>
    public IReadOnlyList<OrderId> Trades { get; init => field = IdArgument.RequireEach(value, nameof(Trades)) ?? throw new ArgumentNullException(nameof(Trades)); } = IdArgument.RequireEach(Trades, nameof(Trades)) ?? throw new ArgumentNullException(nameof(Trades));

    /// <summary>The pair scopes.</summary>
    public IReadOnlyList<FeedbackPairScope> Pairs { get; init => field = value ?? throw new ArgumentNullException(nameof(Pairs)); } = Pairs ?? throw new ArgumentNullException(nameof(Pairs));
}
