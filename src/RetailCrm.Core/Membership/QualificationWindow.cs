namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// The window qualifying activity is counted over, and the review dates it implies: rolling
/// (the last N months; reviews on membership anniversaries), the calendar year (reviews on
/// 1 January) or the membership year (reviews on anniversaries). Dates are the shop's local dates.
/// </summary>
public sealed class QualificationWindow : IEquatable<QualificationWindow>
{
    private QualificationWindow(WindowKind kind, int months)
    {
        Kind = kind;
        Months = months;
    }

    /// <summary>The last 12 months, the most common window.</summary>
    public static QualificationWindow Last12Months { get; } = new(WindowKind.Rolling, 12);

    /// <summary>The calendar year.</summary>
    public static QualificationWindow CalendarYear { get; } = new(WindowKind.CalendarYear, 12);

    /// <summary>The membership year, from each anniversary of joining.</summary>
    public static QualificationWindow MembershipYear { get; } = new(WindowKind.Anniversary, 12);

    /// <summary>The kind of window.</summary>
    public WindowKind Kind { get; }

    /// <summary>The length of a rolling window in months (12 for the yearly kinds).</summary>
    public int Months { get; }

    /// <summary>A rolling window of the last <paramref name="months"/> months.</summary>
    /// <param name="months">1 to 120.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1 to 120.</exception>
    public static QualificationWindow Rolling(int months) => new(WindowKind.Rolling, Guard.Against.OutOfRange(months, nameof(months), 1, 120));

    /// <summary>The first local date of the window that contains <paramref name="today"/> for a member who joined on <paramref name="joined"/>.</summary>
    /// <param name="today">The local date of evaluation.</param>
    /// <param name="joined">The local date the member joined.</param>
    /// <returns>The first date counted.</returns>
    public LocalDate StartFor(LocalDate today, LocalDate joined) => Kind switch
    {
        WindowKind.CalendarYear => new LocalDate(today.Year, 1, 1),
        WindowKind.Anniversary => LastAnniversary(today, joined),
        _ => today.PlusMonths(-Months).PlusDays(1),
    };

    /// <summary>The first review date after <paramref name="after"/>: the next 1 January, or the next anniversary of joining.</summary>
    /// <param name="after">The date after which to look.</param>
    /// <param name="joined">The local date the member joined.</param>
    /// <returns>The review date.</returns>
    public LocalDate NextReviewAfter(LocalDate after, LocalDate joined) => Kind == WindowKind.CalendarYear
        ? new LocalDate(after.Year + 1, 1, 1)
        : joined.PlusYears(YearsSince(joined, after) + 1);

    /// <summary>The last local date of the yearly window that contains <paramref name="today"/> (for the storefront's "by when").</summary>
    /// <param name="today">The local date of evaluation.</param>
    /// <param name="joined">The local date the member joined.</param>
    /// <returns>The window's last date for the yearly kinds; <see langword="null"/> for a rolling window, which never closes.</returns>
    public LocalDate? EndOf(LocalDate today, LocalDate joined) => Kind switch
    {
        WindowKind.CalendarYear => new LocalDate(today.Year, 12, 31),
        WindowKind.Anniversary => NextReviewAfter(today, joined).PlusDays(-1),
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals(QualificationWindow? other) => other is not null && Kind == other.Kind && Months == other.Months;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QualificationWindow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Months);

    /// <summary>"last 12 months", "calendar year" or "membership year".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        WindowKind.CalendarYear => "calendar year",
        WindowKind.Anniversary => "membership year",
        _ => $"last {Months} months",
    };

    // Anniversaries always count from the joining date, so 29 February falls on 28 February in
    // common years and on 29 February again in leap years.
    private static LocalDate LastAnniversary(LocalDate date, LocalDate joined) => joined.PlusYears(YearsSince(joined, date));

    private static int YearsSince(LocalDate joined, LocalDate date) =>
        date <= joined ? 0 : Period.Between(joined, date, PeriodUnits.Years).Years;
}
