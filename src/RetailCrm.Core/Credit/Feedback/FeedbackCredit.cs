namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A party's credit in one role: the score (the sum of counted ratings), the level it reaches on
/// the ladder, and the counted ratings by value. Kept up to date as each rating arrives (per
/// pair and month, per pair, item and 14-day group), so reading it never walks the history.
/// </summary>
/// <remarks>Owned by its <see cref="FeedbackProfile"/>: only the profile's commands change it.</remarks>
public sealed partial class FeedbackCredit
{
    private readonly FeedbackPolicy policy;
    private readonly List<FeedbackEntry> rated = [];

    internal FeedbackCredit(FeedbackRole role, FeedbackPolicy policy)
    {
        Role = role;
        this.policy = policy;
    }

    /// <summary>The role this credit is for.</summary>
    public FeedbackRole Role { get; }

    /// <summary>The credit score: the sum of the points of every counted rating.</summary>
    public long Score { get; private set; }

    /// <summary>The level the score reaches on the policy's ladder (a binary search; allocates nothing).</summary>
    public FeedbackLevel Level => policy.Ladder.LevelFor(Score);

    /// <summary>The counted positive ratings.</summary>
    public int Positives { get; private set; }

    /// <summary>The counted neutral ratings.</summary>
    public int Neutrals { get; private set; }

    /// <summary>The counted negative ratings.</summary>
    public int Negatives { get; private set; }

    /// <summary>Every rating received in this role, counted or not, in the order received.</summary>
    public IReadOnlyList<FeedbackEntry> Rated => rated;

    /// <summary>
    /// The counted ratings by value and the positive-feedback rate over the ratings given in
    /// <paramref name="window"/> up to <paramref name="asOf"/>; neutrals enter the rate only if the
    /// policy says so.
    /// </summary>
    /// <param name="asOf">The end of the window.</param>
    /// <param name="window">How far back, in the marketplace's calendar (e.g. 6 months); <see langword="null"/> for all time.</param>
    /// <returns>The counts and the rate.</returns>
    /// <exception cref="ArgumentException"><paramref name="window"/> is negative or has time units.</exception>
    public FeedbackRate RateOver(Instant asOf, Period? window)
    {
        if (window is null)
        {
            return Rate(null, Positives, Neutrals, Negatives);
        }

        if (window.HasTimeComponent || window.Years < 0 || window.Months < 0 || window.Weeks < 0 || window.Days < 0)
        {
            throw new ArgumentException("The window is a non-negative number of days, weeks, months or years.", nameof(window));
        }

        var from = asOf.InZone(policy.Zone).LocalDateTime.Minus(window).InZoneLeniently(policy.Zone).ToInstant();
        int positives = 0, neutrals = 0, negatives = 0;
        foreach (var entry in rated)
        {
            if (entry.Decision is { Counts: true } && entry.Rating!.RatedAt > from && entry.Rating.RatedAt <= asOf)
            {
                _ = entry.Rating.Value switch
                {
                    RatingValue.Positive => positives++,
                    RatingValue.Negative => negatives++,
                    _ => neutrals++,
                };
            }
        }

        return Rate(window, positives, neutrals, negatives);
    }

    /// <summary>The score, the level, the next threshold and the rates over the last month, 6 months, 12 months and all time.</summary>
    /// <param name="asOf">The instant the rates end at.</param>
    /// <returns>The standing.</returns>
    public FeedbackStanding StandingAt(Instant asOf)
    {
        var level = Level;
        return new FeedbackStanding(
            Role,
            Score,
            level,
            policy.Ladder.NextThreshold(level),
            RateOver(asOf, Period.FromMonths(1)),
            RateOver(asOf, Period.FromMonths(6)),
            RateOver(asOf, Period.FromMonths(12)),
            RateOver(asOf, null));
    }

    /// <summary>The role, score and level.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Role}: {Score} ({Level})";

    private FeedbackRate Rate(Period? window, int positives, int neutrals, int negatives) => policy.RateOf(window, positives, neutrals, negatives);
}
