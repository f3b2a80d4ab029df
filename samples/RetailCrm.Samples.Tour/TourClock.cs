namespace RetailCrm.Samples.Tour;

using NodaTime;

/// <summary>
/// A clock the tour sets by hand, in the shop's time zone, so that a year passes in a second.
/// Registered as the <see cref="IClock"/> before AddRetailCrm, which then keeps it.
/// </summary>
internal sealed class TourClock(DateTimeZone zone) : IClock
{
    private Instant now;

    /// <summary>Today's date in the shop's zone.</summary>
    public LocalDate Today => now.InZone(zone).Date;

    /// <summary>Moves the clock to a local date and time in the shop's zone.</summary>
    /// <param name="local">The shop's local time.</param>
    public void SetTo(LocalDateTime local) => now = local.InZoneStrictly(zone).ToInstant();

    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
