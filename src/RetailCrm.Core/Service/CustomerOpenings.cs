namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The instants a customer's recent complaints were opened: the keyed record (one per customer)
/// the repeat count at opening is read from, so opening never lists the customer's complaints.
/// Bounded: it keeps only the openings within two repeat windows of the latest, whatever the
/// customer's history.
/// </summary>
/// <remarks>
/// Exact, not bucketed: the count is the same as counting every complaint of the customer opened in
/// the window, so grades do not change. Two windows rather than one leave room for a clock a little
/// behind another server's (an opening counted from an earlier instant still finds every opening in
/// its own window).
/// </remarks>
public sealed record CustomerOpenings
{
    /// <summary>Creates the record.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="openedAt">The instants kept, in any order.</param>
    /// <param name="version">How often it was written; 0 for a customer with none.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="openedAt"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public CustomerOpenings(CustomerId customer, IEnumerable<Instant> openedAt, long version)
    {
        Customer = IdArgument.Require(customer, nameof(customer));
        OpenedAt = [.. Guard.Against.Null(openedAt).Order()];
        Version = ArgumentRange.NotNegative(version);
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>The instants kept, oldest first.</summary>
    public IReadOnlyList<Instant> OpenedAt { get; }

    /// <summary>How often it was written; a write expects the one before (0 for a new record).</summary>
    public long Version { get; }

    /// <summary>An empty record for a customer with no complaint kept.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The record, version 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public static CustomerOpenings None(CustomerId customer) => new(IdArgument.Require(customer, nameof(customer)), [], 0);

    /// <summary>How many complaints were opened within <paramref name="window"/> before <paramref name="at"/>: after <c>at - window</c>, not after <paramref name="at"/>.</summary>
    /// <param name="at">The instant of the new opening.</param>
    /// <param name="window">The repeat window.</param>
    /// <returns>The count.</returns>
    public int CountWithin(Instant at, Duration window) => OpenedAt.Count(o => o <= at && o > at - window);

    /// <summary>The record with an opening at <paramref name="at"/> added and those older than two windows before it dropped; one version on.</summary>
    /// <param name="at">The instant of the new opening.</param>
    /// <param name="window">The repeat window; positive.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not positive.</exception>
    public CustomerOpenings With(Instant at, Duration window)
    {
        if (window <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The repeat window is positive.");
        }

        var horizon = at - window - window;
        return new CustomerOpenings(Customer, [.. OpenedAt.Where(o => o > horizon), at], Version + 1);
    }
}
