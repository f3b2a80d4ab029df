namespace RetailCrm.Tests.Membership;

using NodaTime;
using RetailCrm.Membership;
using static RetailCrm.Tests.Membership.Club;

public sealed class QualificationWindowTests
{
    private static readonly LocalDate Joined = new(2026, 4, 15);

    [Theory]
    [InlineData(2026, 6, 1, 2025, 6, 2)]
    [InlineData(2026, 3, 31, 2025, 4, 1)]
    [InlineData(2028, 2, 29, 2027, 3, 1)]
    public void A_rolling_window_starts_the_day_after_the_same_date_twelve_months_before(int y, int m, int d, int sy, int sm, int sd)
    {
        Assert.Equal(new LocalDate(sy, sm, sd), QualificationWindow.Last12Months.StartFor(new LocalDate(y, m, d), Joined));
    }

    [Fact]
    public void A_rolling_window_of_n_months_counts_the_last_n_months()
    {
        var window = QualificationWindow.Rolling(3);

        Assert.Equal(new LocalDate(2026, 3, 2), window.StartFor(new LocalDate(2026, 6, 1), Joined));
        Assert.Equal((WindowKind.Rolling, 3, "last 3 months"), (window.Kind, window.Months, window.ToString()));
        Assert.Equal(QualificationWindow.Last12Months, QualificationWindow.Rolling(12));
        Assert.Equal(QualificationWindow.Last12Months.GetHashCode(), QualificationWindow.Rolling(12).GetHashCode());
        Assert.NotEqual(QualificationWindow.CalendarYear, QualificationWindow.MembershipYear);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void A_rolling_window_outside_one_to_120_months_is_refused(int months)
    {
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => QualificationWindow.Rolling(months)).ParamName);
    }

    [Fact]
    public void A_calendar_year_runs_from_1_January_to_31_December_and_is_reviewed_on_1_January()
    {
        var window = QualificationWindow.CalendarYear;

        Assert.Equal(new LocalDate(2026, 1, 1), window.StartFor(new LocalDate(2026, 12, 31), Joined));
        Assert.Equal(new LocalDate(2027, 1, 1), window.NextReviewAfter(new LocalDate(2026, 4, 15), Joined));
        Assert.Equal(new LocalDate(2027, 1, 1), window.NextReviewAfter(new LocalDate(2026, 12, 31), Joined));
        Assert.Equal(new LocalDate(2028, 1, 1), window.NextReviewAfter(new LocalDate(2027, 1, 1), Joined));
        Assert.Equal(new LocalDate(2026, 12, 31), window.EndOf(new LocalDate(2026, 1, 1), Joined));
        Assert.Equal("calendar year", window.ToString());
    }

    [Fact]
    public void A_membership_year_runs_from_each_anniversary_and_is_reviewed_on_the_next()
    {
        var window = QualificationWindow.MembershipYear;

        Assert.Equal(Joined, window.StartFor(Joined, Joined));
        Assert.Equal(Joined, window.StartFor(new LocalDate(2027, 4, 14), Joined));
        Assert.Equal(new LocalDate(2027, 4, 15), window.StartFor(new LocalDate(2027, 4, 15), Joined));
        Assert.Equal(new LocalDate(2027, 4, 15), window.NextReviewAfter(Joined, Joined));
        Assert.Equal(new LocalDate(2028, 4, 15), window.NextReviewAfter(new LocalDate(2027, 4, 15), Joined));
        Assert.Equal(new LocalDate(2027, 4, 14), window.EndOf(Joined, Joined));
        Assert.Equal(new LocalDate(2028, 4, 14), window.EndOf(new LocalDate(2027, 4, 15), Joined));
        Assert.Equal("membership year", window.ToString());
    }

    [Fact]
    public void A_rolling_window_is_reviewed_on_anniversaries_and_never_closes()
    {
        var window = QualificationWindow.Last12Months;

        Assert.Equal(new LocalDate(2027, 4, 15), window.NextReviewAfter(Joined, Joined));
        Assert.Equal(new LocalDate(2028, 4, 15), window.NextReviewAfter(new LocalDate(2027, 4, 15), Joined));
        Assert.Null(window.EndOf(new LocalDate(2026, 6, 1), Joined));
    }

    [Fact]
    public void Before_joining_a_membership_year_starts_on_the_joining_date()
    {
        Assert.Equal(Joined, QualificationWindow.MembershipYear.StartFor(new LocalDate(2026, 4, 14), Joined));
    }

    [Fact]
    public void A_member_who_joined_on_29_February_starts_a_membership_year_on_28_February_in_common_years()
    {
        var joined = new LocalDate(2024, 2, 29);
        var window = QualificationWindow.MembershipYear;

        Assert.Equal(joined, window.StartFor(new LocalDate(2025, 2, 27), joined));
        Assert.Equal(new LocalDate(2025, 2, 28), window.StartFor(new LocalDate(2025, 2, 28), joined));
        Assert.Equal(new LocalDate(2025, 2, 28), window.NextReviewAfter(joined, joined));
        Assert.Equal(new LocalDate(2028, 2, 29), window.StartFor(new LocalDate(2028, 2, 29), joined));
    }

    [Fact]
    public void Review_dates_of_a_member_who_joined_on_29_February_always_move_forward()
    {
        var joined = new LocalDate(2024, 2, 29);

        foreach (var window in new[] { QualificationWindow.MembershipYear, QualificationWindow.Last12Months })
        {
            var reviews = new List<LocalDate>();
            var review = joined;
            for (var i = 0; i < 8; i++)
            {
                var next = window.NextReviewAfter(review, joined);
                Assert.True(next > review, $"{window}: the review after {review} is {next}");
                reviews.Add(review = next);
            }

            Assert.Equal(
                [Date(2025, 2, 28), Date(2026, 2, 28), Date(2027, 2, 28), Date(2028, 2, 29), Date(2029, 2, 28), Date(2030, 2, 28), Date(2031, 2, 28), Date(2032, 2, 29)],
                reviews);
        }
    }
}
