namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Who is buying, as the promotion conditions and limits see it: an identity to count usage
/// against, the membership tier, the segments, and how many orders the customer placed before.
/// </summary>
public sealed class Shopper
{
    /// <summary>Creates a shopper.</summary>
    /// <param name="customer">
    /// The identity per-customer limits are counted against: the customer's id, or for a guest any
    /// stable identity the shop supplies (e.g. a hashed phone number), so guests cannot reuse a
    /// once-per-customer offer by not signing in.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Shopper(CustomerId customer)
    {
        Customer = IdArgument.Require(customer, nameof(customer));
    }

    /// <summary>The identity usage limits are counted against.</summary>
    public CustomerId Customer { get; }

    /// <summary>The membership tier, or <see langword="null"/> for a shopper who is not a member.</summary>
    /// <exception cref="ArgumentException">The tier is a <c>default</c> identifier.</exception>
    public TierId? Tier { get; init => field = IdArgument.Require(value, nameof(Tier)); }

    /// <summary>The segments the shopper belongs to (e.g. from RFM scoring).</summary>
    /// <exception cref="ArgumentNullException">The set is null.</exception>
    /// <exception cref="ArgumentException">A segment is <c>default</c>.</exception>
    public IReadOnlySet<SegmentId> Segments
    {
        get => field ?? EmptySegments;
        init => field = Guard.Against.Null(IdArgument.RequireEach(value, nameof(Segments)), nameof(Segments)).ToHashSet();
    }

    /// <summary>How many orders the shopper placed before this one; 0 means this is the first order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int PreviousOrders
    {
        get;
        init => field = ArgumentRange.NotNegative(value, nameof(PreviousOrders));
    }

    /// <summary>Whether this is the shopper's first order.</summary>
    public bool IsFirstOrder => PreviousOrders == 0;

    private static readonly IReadOnlySet<SegmentId> EmptySegments = new HashSet<SegmentId>();
}
