namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Service;

public sealed class BusinessHoursTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Around the 2026 DST changes in Berlin (29 March, 25 October) and across weekends.
    private static readonly Gen<Instant> Starts = Gen.Choose(0, 400 * 24 * 4).Select(q => Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(15L * q));
    // Up to 5 days of work: even 45 minutes a week, the thinnest generated desk, gives it in under 3,650 days.
    private static readonly Gen<Duration> Work = Gen.Choose(0, 60 * 24 * 5).Select(m => Duration.FromMinutes(m));

    private static readonly Gen<BusinessHours> Hours =
        Gen.Choose(0, 22).Zip(Gen.Choose(1, 23)).Zip(Gen.Choose(1, 127))
            .Where(t => t.Item1.Item1 < t.Item1.Item2)
            .Select(t => new BusinessHours(
                Berlin,
                new LocalTime(t.Item1.Item1, 30),
                new LocalTime(t.Item1.Item2, 15),
                Enumerable.Range(1, 7).Where(d => (t.Item2 & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d)));

    [Fact]
    public void A_deadline_is_never_earlier_than_elapsed_time_would_give_and_counts_exactly_the_work()
    {
        Prop.ForAll(Hours.ToArbitrary(), Starts.ToArbitrary(), Work.ToArbitrary(), (hours, start, work) =>
        {
            var deadline = hours.AddWorkingTime(start, work);

            Assert.True(deadline >= start + work, $"{hours}: {start} + {work} gave {deadline}");
            Assert.Equal(work, hours.WorkingTimeBetween(start, deadline));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Working_time_that_does_not_fit_in_ten_years_of_the_hours_is_refused_by_name()
    {
        var thin = new BusinessHours(Berlin, new LocalTime(9, 30), new LocalTime(10, 15), [IsoDayOfWeek.Monday]);
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);

        Assert.Equal("work", Assert.Throws<ArgumentOutOfRangeException>(() => thin.AddWorkingTime(start, Duration.FromDays(20))).ParamName);
        var deadline = thin.AddWorkingTime(start, Duration.FromDays(5));
        Assert.Equal(Duration.FromDays(5), thin.WorkingTimeBetween(start, deadline));
    }

    [Fact]
    public void Adding_working_time_is_monotone_in_the_start_and_in_the_work()
    {
        Prop.ForAll(Hours.ToArbitrary(), Starts.ToArbitrary(), Work.Two().ToArbitrary(), (hours, start, pair) =>
        {
            var (work, more) = pair;
            Assert.True(hours.AddWorkingTime(start, work) <= hours.AddWorkingTime(start, work + more));
            Assert.True(hours.AddWorkingTime(start, work) <= hours.AddWorkingTime(start + more, work));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_complaint_on_friday_evening_is_answered_by_monday_morning()
    {
        var hours = BusinessHours.Weekdays(Desk.Shanghai);
        var friday = Desk.At(2026, 3, 6, 17, 0);

        Assert.Equal(Desk.At(2026, 3, 9, 16, 0), hours.AddWorkingTime(friday, Duration.FromHours(8)));
        Assert.Equal(Desk.At(2026, 3, 9, 9, 0) + Duration.FromHours(1), hours.AddWorkingTime(Desk.At(2026, 3, 7, 11, 0), Duration.FromHours(1)));
        Assert.False(hours.IsOpenAt(Desk.At(2026, 3, 7, 11, 0)));
        Assert.True(hours.IsOpenAt(friday));
    }

    [Fact]
    public void Working_time_across_the_spring_change_counts_the_shorter_day()
    {
        // Berlin, Sunday 29 March 2026: 02:00 becomes 03:00. A desk open every day 00:30-05:15 works 3 h 45 min that day.
        var hours = new BusinessHours(Berlin, new LocalTime(0, 30), new LocalTime(5, 15), Enum.GetValues<IsoDayOfWeek>().Skip(1));
        var start = new LocalDateTime(2026, 3, 29, 0, 30).InZoneStrictly(Berlin).ToInstant();

        var deadline = hours.AddWorkingTime(start, Duration.FromHours(4));

        Assert.Equal(new LocalDateTime(2026, 3, 30, 0, 45).InZoneStrictly(Berlin).ToInstant(), deadline);
        Assert.Equal(Duration.FromMinutes(225), hours.WorkingTimeBetween(start, new LocalDateTime(2026, 3, 29, 12, 0).InZoneStrictly(Berlin).ToInstant()));
    }

    [Fact]
    public void Without_business_hours_deadlines_are_elapsed_time()
    {
        var complaint = Desk.Open(EmotionalIntensity.Upset, orderValue: Desk.Cny(899m), at: Desk.At(2026, 3, 6, 17, 0));

        Assert.Equal(Desk.At(2026, 3, 7, 1, 0), complaint.Deadlines.ResponseDue);
        Assert.Equal(Desk.At(2026, 3, 8, 17, 0), complaint.Deadlines.ResolutionDue);
    }

    [Fact]
    public void With_business_hours_deadlines_skip_nights_and_weekends()
    {
        var policy = new ServiceRecoveryPolicy(Desk.Policy.Scale, Desk.Policy.Compensation, Duration.FromDays(3), BusinessHours.Weekdays(Desk.Shanghai));

        var complaint = Desk.Open(EmotionalIntensity.Upset, orderValue: Desk.Cny(899m), policy: policy, at: Desk.At(2026, 3, 6, 17, 0));

        Assert.Equal(Desk.At(2026, 3, 9, 16, 0), complaint.Deadlines.ResponseDue);
        // 48 working hours of 9 a day: 1 on Friday, 45 in the next week, 2 on the Monday after.
        Assert.Equal(Desk.At(2026, 3, 16, 11, 0), complaint.Deadlines.ResolutionDue);
    }

    [Fact]
    public void Bad_hours_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BusinessHours(Berlin, new LocalTime(18, 0), new LocalTime(9, 0), [IsoDayOfWeek.Monday]));
        Assert.Throws<ArgumentException>(() => new BusinessHours(Berlin, new LocalTime(9, 0), new LocalTime(18, 0), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessHours.Weekdays(Berlin).AddWorkingTime(Desk.Monday, Duration.FromHours(-1)));
    }
}
