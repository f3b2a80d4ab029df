namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The marketplace's feedback rules as data, validated on construction. The defaults follow
/// Taobao's counting rules as publicly described: a 15-day rating window with a default positive
/// for a side that does not rate; trades of 1 unit of the currency or less not scored; several
/// trades of the same item between the same pair within 14 days counted once; at most 6 points per
/// pair and calendar month (by the creation of the trade, or of the first trade of its same-item group, in the zone); the Taobao ladder; neutral ratings left out of the positive-feedback rate.
/// </summary>
public sealed class FeedbackPolicy
{
    /// <summary>Creates a policy with Taobao's defaults.</summary>
    /// <param name="currency">The currency of trade prices.</param>
    /// <param name="zone">The marketplace's time zone: calendar months and rate windows are its local dates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FeedbackPolicy(Currency currency, DateTimeZone zone)
    {
        Currency = Guard.Against.Null(currency);
        Zone = Guard.Against.Null(zone);
    }

    /// <summary>The currency of trade prices.</summary>
    public Currency Currency { get; }

    /// <summary>The marketplace's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The credit ladder; <see cref="FeedbackLadder.Taobao"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">The ladder is null.</exception>
    public FeedbackLadder Ladder
    {
        get => field ?? FeedbackLadder.Taobao;
        init => field = Guard.Against.Null(value, nameof(Ladder));
    }

    /// <summary>How long after a trade completes both sides may rate; 15 days unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive.</exception>
    public Duration RatingWindow
    {
        get;
        init => field = value > Duration.Zero ? value : throw new ArgumentOutOfRangeException(nameof(RatingWindow), value, "The rating window must be positive.");
    } = Duration.FromDays(15);

    /// <summary>
    /// The rating a side that does not rate within the window gives; positive unless set (the side
    /// that keeps quiet is taken to be content), <see langword="null"/> for no rating at all.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined rating.</exception>
    public RatingValue? MissingRating
    {
        get;
        init => field = value is { } v ? ArgumentRange.Defined(v, nameof(MissingRating)) : null;
    } = RatingValue.Positive;

    /// <summary>
    /// Trades at or below this price are not scored (the cheapest way to buy ratings is to sell
    /// nothing); 1 unit of <see cref="Currency"/> (CNY 1) unless set.
    /// </summary>
    /// <exception cref="ArgumentException">The amount is in another currency or not rounded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public Money MinimumScoredPrice
    {
        get => field == default ? Money.Of(1m, Currency) : field;
        init => field = MoneyArgument.RoundedNonNegative(value, nameof(MinimumScoredPrice), Currency);
    }

    /// <summary>
    /// Several trades of the same item between the same pair within this many days count once.
    /// The pair's recorded trades of the item (rated or not; those not scored aside), in creation
    /// order, form groups: a group begins at the earliest trade and holds every trade created less
    /// than this many days after it; the next trade begins the next group. In a group the pair's
    /// first positive counts, its first neutral and its first negative, the others do not. Groups
    /// depend only on the recorded trades, never on ratings, so adding a positive never lowers a
    /// score; recording a trade created before trades already recorded can re-form the later
    /// groups. 14 unless set (Taobao's "within 14 days"); 0 to count every trade.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative or above 31.</exception>
    public int SameItemPeriodDays
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(SameItemPeriodDays), 0, 31);
    } = 14;

    /// <summary>
    /// The most points one buyer-seller pair adds to a score in a calendar month of the trades'
    /// creation (and the most it takes away): the pair's net points in the month are held to
    /// ±this cap, leaving out its latest positives (or negatives). A same-item group that spans
    /// two months belongs to the month of its first trade. 6 unless set, <see langword="null"/> for no cap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cap is below 1.</exception>
    public int? MaxPointsPerPairPerMonth
    {
        get;
        init => field = value is { } cap ? ArgumentRange.Positive(cap, nameof(MaxPointsPerPairPerMonth)) : null;
    } = 6;

    /// <summary>
    /// Whether neutral ratings enter the positive-feedback rate's denominator. Off unless set, as
    /// Taobao and eBay compute positives / (positives + negatives).
    /// </summary>
    public bool IncludeNeutralsInRate { get; init; }

    /// <summary>Taobao's defaults for a marketplace in <paramref name="currency"/> and <paramref name="zone"/>.</summary>
    /// <param name="currency">The currency of trade prices.</param>
    /// <param name="zone">The marketplace's time zone.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FeedbackPolicy CreateDefault(Currency currency, DateTimeZone zone) => new(currency, zone);

    // The positive-feedback rate of counted ratings: positives over positives and negatives (and neutrals when the policy says so).
    internal FeedbackRate RateOf(Period? window, int positives, int neutrals, int negatives)
    {
        var denominator = positives + negatives + (IncludeNeutralsInRate ? neutrals : 0);
        Percentage? rate = denominator == 0 ? null : Percentage.FromFraction((decimal)positives / denominator);
        return new FeedbackRate(window, positives, neutrals, negatives, rate);
    }
}
