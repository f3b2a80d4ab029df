namespace RetailCrm.Service;

using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// When the service desk works: a time zone, a daily opening and closing time and the working
/// days. Deadlines counted in working time stop overnight and at weekends.
/// </summary>
/// <remarks>
/// Opening and closing times are read in the zone on each date; a time that a daylight-saving
/// change skips moves forward past the gap, and a repeated time takes its first occurrence, so a
/// working day on a change is shorter or longer by the change, as the clock on the wall says.
/// </remarks>
public sealed class BusinessHours
{
    private readonly bool[] working = new bool[8];

    /// <summary>Creates the hours.</summary>
    /// <param name="zone">The desk's time zone.</param>
    /// <param name="opens">The daily opening time.</param>
    /// <param name="closes">The daily closing time, after <paramref name="opens"/> on the same day.</param>
    /// <param name="workingDays">The days the desk works; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="closes"/> is not after <paramref name="opens"/>, or a day is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="workingDays"/> is empty.</exception>
    public BusinessHours(DateTimeZone zone, LocalTime opens, LocalTime closes, IEnumerable<IsoDayOfWeek> workingDays)
    {
        Zone = Guard.Against.Null(zone);
        Guard.Against.Null(workingDays);
        if (closes <= opens)
        {
            throw new ArgumentOutOfRangeException(nameof(closes), closes, "The desk closes after it opens, on the same day.");
        }

        foreach (var day in workingDays)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), day, "A working day is Monday to Sunday.");
            }

            working[(int)day] = true;
        }

        if (!working.Any(w => w))
        {
            throw new ArgumentException("The desk works on at least one day.", nameof(workingDays));
        }

        Opens = opens;
        Closes = closes;
        WorkingDays = [.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && working[(int)d])];
    }

    /// <summary>The desk's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The daily opening time.</summary>
    public LocalTime Opens { get; }

    /// <summary>The daily closing time.</summary>
    public LocalTime Closes { get; }

    /// <summary>The working days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WorkingDays { get; }

    /// <summary>Monday to Friday, 09:00 to 18:00, in <paramref name="zone"/>.</summary>
    /// <param name="zone">The desk's time zone.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessHours Weekdays(DateTimeZone zone) =>
        new(zone, new LocalTime(9, 0), new LocalTime(18, 0), [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]);

    /// <summary>Whether the desk is working at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> inside a working window.</returns>
    public bool IsOpenAt(Instant instant)
    {
        var (open, close) = WindowOn(instant.InZone(Zone).Date);
        return open <= instant && instant < close;
    }

    /// <summary>
    /// The instant at which <paramref name="work"/> of working time has passed from
    /// <paramref name="start"/>: only time inside the working windows counts. Never earlier than
    /// <paramref name="start"/> plus <paramref name="work"/>, and later for a later start or more work.
    /// </summary>
    /// <param name="start">When the clock starts (e.g. the complaint came in at night).</param>
    /// <param name="work">The working time to add; zero or more.</param>
    /// <returns>The instant; <paramref name="start"/> itself for zero work.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="work"/> is negative, more than 3,650 days, or does not fit in the working windows of 3,650 days.</exception>
    public Instant AddWorkingTime(Instant start, Duration work)
    {
        if (work < Duration.Zero || work > Duration.FromDays(3_650))
        {
            throw new ArgumentOutOfRangeException(nameof(work), work, "Working time is zero or more, at most 3,650 days.");
        }

        if (work == Duration.Zero)
        {
            return start;
        }

        var remaining = work;
        var first = start.InZone(Zone).Date;
        for (var date = first; ; date = date.PlusDays(1))
        {
            if (date > first.PlusDays(3_650))
            {
                throw new ArgumentOutOfRangeException(nameof(work), work, "The working time does not fit in 3,650 days of these hours.");
            }

            var (open, close) = WindowOn(date);
            var from = Instant.Max(open, start);
            if (from >= close)
            {
                continue;
            }

            var available = close - from;
            if (remaining <= available)
            {
                return from + remaining;
            }

            remaining -= available;
        }
    }

    /// <summary>The working time between two instants: the part of the interval inside working windows.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end, not before <paramref name="from"/>.</param>
    /// <returns>The working time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or more than 3,650 days after it.</exception>
    public Duration WorkingTimeBetween(Instant from, Instant to)
    {
        if (to < from || to - from > Duration.FromDays(3_650))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end is not before the start and at most 3,650 days after it.");
        }

        var total = Duration.Zero;
        for (var date = from.InZone(Zone).Date; date <= to.InZone(Zone).Date; date = date.PlusDays(1))
        {
            var (open, close) = WindowOn(date);
            var start = Instant.Max(open, from);
            var end = Instant.Min(close, to);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>The desk's hours as text, e.g. "Mon,Tue,Wed,Thu,Fri 09:00-18:00 Asia/Shanghai".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(',', WorkingDays.Select(d => d.ToString()[..3])) + " "
        + Opens.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + Closes.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + Zone.Id;

    // The working window of a date as instants; empty (open == close) on a day off.
    private (Instant Open, Instant Close) WindowOn(LocalDate date)
    {
        var open = date.At(Opens).InZoneLeniently(Zone).ToInstant();
        if (!working[(int)date.DayOfWeek])
        {
            return (open, open);
        }

        var close = date.At(Closes).InZoneLeniently(Zone).ToInstant();
        return (open, Instant.Max(open, close));
    }
}
