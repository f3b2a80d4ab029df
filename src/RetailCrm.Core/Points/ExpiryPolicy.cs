namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// When earned points expire. Each earning is a lot with its own expiry instant, fixed when the
/// points are earned, so a later change of policy never shortens points already given.
/// </summary>
public sealed record ExpiryPolicy
{
    private ExpiryPolicy(ExpiryKind kind, Period? period, int years)
    {
        Kind = kind;
        Period = period;
        YearsAfterEarning = years;
    }

    /// <summary>Points never expire.</summary>
    public static ExpiryPolicy Never { get; } = new(ExpiryKind.Never, null, 0);

    /// <summary>Which rule applies.</summary>
    public ExpiryKind Kind { get; }

    /// <summary>For <see cref="ExpiryKind.AfterPeriod"/>: the period after earning.</summary>
    public Period? Period { get; }

    /// <summary>For <see cref="ExpiryKind.EndOfCalendarYear"/>: how many calendar years after the year of earning.</summary>
    public int YearsAfterEarning { get; }

    /// <summary>
    /// Points expire a fixed calendar period after they were earned, e.g. 12 months: points earned
    /// at 14:00 on 3 March (shop's zone) expire at 14:00 on 3 March a year later.
    /// </summary>
    /// <param name="period">A positive calendar period, e.g. <c>Period.FromMonths(12)</c>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not positive in every unit.</exception>
    public static ExpiryPolicy AfterPeriod(Period period)
    {
        Guard.Against.Null(period);
        var p = period.Normalize();
        if (p.Equals(Period.Zero) || p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Hours < 0 || p.Minutes < 0 || p.Seconds < 0 || p.Milliseconds < 0)
        {
            throw new ArgumentException($"The expiry period must be positive, not {period}.", nameof(period));
        }

        return new ExpiryPolicy(ExpiryKind.AfterPeriod, period, 0);
    }

    /// <summary>
    /// Points expire at the end of a calendar year (midnight starting 1 January, shop's zone):
    /// <paramref name="yearsAfterEarning"/> 0 means the end of the year they were earned in, 1 the
    /// end of the following year (the library's default), and so on.
    /// </summary>
    /// <param name="yearsAfterEarning">0 to 100.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsAfterEarning"/> is outside 0 to 100.</exception>
    public static ExpiryPolicy EndOfCalendarYear(int yearsAfterEarning) =>
        new(ExpiryKind.EndOfCalendarYear, null, Guard.Against.OutOfRange(yearsAfterEarning, nameof(yearsAfterEarning), 0, 100));

    /// <summary>The instant at which points earned at <paramref name="earnedAt"/> expire, or null if never.</summary>
    /// <param name="earnedAt">When the points were earned.</param>
    /// <param name="zone">The shop's time zone.</param>
    /// <returns>The first instant at which the points are no longer spendable, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Instant? ExpiresAt(Instant earnedAt, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        var local = earnedAt.InZone(zone).LocalDateTime;
        return Kind switch
        {
            ExpiryKind.AfterPeriod => local.Plus(Period!).InZoneLeniently(zone).ToInstant(),
            ExpiryKind.EndOfCalendarYear => zone.AtStartOfDay(new LocalDate(local.Year + YearsAfterEarning + 1, 1, 1)).ToInstant(),
            _ => null,
        };
    }

    /// <summary>A readable description, e.g. "end of calendar year + 1".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ExpiryKind.AfterPeriod => $"{Period} after earning",
        ExpiryKind.EndOfCalendarYear => YearsAfterEarning switch
        {
            0 => "end of the calendar year of earning",
            1 => "end of the calendar year after earning",
            _ => $"end of the calendar year {YearsAfterEarning} years after earning",
        },
        _ => "never",
    };
}
