namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// When a promotion applies, as data: a date-time window or daily hours in the shop's zone, a
/// minimum spend or quantity over the targeted lines, the shopper's tier, segment or order
/// history, an access token, the sales channel or the payment method, combined with
/// <see cref="All(IEnumerable{Condition})"/>, <see cref="Any(IEnumerable{Condition})"/> and <see cref="Not"/>.
/// </summary>
/// <remarks>
/// The set of conditions is closed (build them with the factory methods); each kind is a public
/// sealed type whose properties an adapter can read to store it.
/// </remarks>
public abstract class Condition
{
    private protected Condition()
    {
    }

    /// <summary>Always holds.</summary>
    public static Condition Always { get; } = new AlwaysCondition();

    /// <summary>Holds when every one of <paramref name="conditions"/> holds; the first that does not gives the reason.</summary>
    /// <param name="conditions">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No condition is given.</exception>
    public static Condition All(params IEnumerable<Condition> conditions) => new AllCondition(conditions);

    /// <summary>Holds when at least one of <paramref name="conditions"/> holds; when none does, the first one's reason is given.</summary>
    /// <param name="conditions">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No condition is given.</exception>
    public static Condition Any(params IEnumerable<Condition> conditions) => new AnyCondition(conditions);

    /// <summary>Holds when <paramref name="condition"/> does not.</summary>
    /// <param name="condition">The condition to negate.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public static Condition Not(Condition condition) => new NotCondition(condition);

    /// <summary>Holds from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), read in the shop's time zone: a festival day, a season.</summary>
    /// <param name="start">The first local date-time.</param>
    /// <param name="end">The local date-time the window closes.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static Condition Between(LocalDateTime start, LocalDateTime end) => new LocalWindowCondition(start, end);

    /// <summary>
    /// Holds every day from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive),
    /// shop time; a window that ends at or before it starts runs past midnight (22:00 to 02:00 is a late-night rush).
    /// </summary>
    /// <param name="from">The local time the daily window opens.</param>
    /// <param name="to">The local time it closes.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The two times are equal.</exception>
    public static Condition DailyBetween(LocalTime from, LocalTime to) => new DailyHoursCondition(from, to);

    /// <summary>Holds when the targeted lines' current value reaches <paramref name="minimum"/>.</summary>
    /// <param name="minimum">The minimum spend, rounded, positive.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is not rounded or not positive.</exception>
    public static Condition MinimumSpend(Money minimum) => new MinimumSpendCondition(minimum);

    /// <summary>Holds when the targeted lines hold at least <paramref name="units"/> units.</summary>
    /// <param name="units">The minimum quantity, at least 1.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is below 1.</exception>
    public static Condition MinimumQuantity(int units) => new MinimumQuantityCondition(units);

    /// <summary>Holds for shoppers in one of <paramref name="tiers"/> (member-only sessions, tier discounts).</summary>
    /// <param name="tiers">At least one tier.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No tier is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="tiers"/> is null.</exception>
    public static Condition InTier(params IEnumerable<TierId> tiers) => new TierCondition(tiers);

    /// <summary>
    /// Holds for members whose tier opens member-only promotions (<c>TierBenefits.MemberOnlyAccess</c>,
    /// listed in <see cref="PricingOptions.MemberOnlyTiers"/>): not for the entry tier unless its
    /// benefits say so, and never for a shopper who is not a member.
    /// </summary>
    public static Condition Member { get; } = new TierCondition([], anyMember: true);

    /// <summary>Holds for shoppers in one of <paramref name="segments"/> (campus, enterprise, champions...).</summary>
    /// <param name="segments">At least one segment.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No segment is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is null.</exception>
    public static Condition InSegment(params IEnumerable<SegmentId> segments) => new SegmentCondition(segments);

    /// <summary>Holds on the shopper's first order.</summary>
    public static Condition FirstOrder { get; } = new OrderHistoryCondition(firstOrder: true);

    /// <summary>Holds for returning customers (at least one earlier order).</summary>
    public static Condition ReturningCustomer { get; } = new OrderHistoryCondition(firstOrder: false);

    /// <summary>Holds when the session holds <paramref name="token"/> (a member-only link, campus or enterprise access, a token-gated sale).</summary>
    /// <param name="token">The token, compared ordinally.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="token"/> is blank.</exception>
    public static Condition AccessToken(string token) => new AccessTokenCondition(token);

    /// <summary>Holds for orders through one of <paramref name="channels"/>.</summary>
    /// <param name="channels">At least one channel.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No channel is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    public static Condition Channel(params IEnumerable<SalesChannel> channels) => new ChannelCondition(channels);

    /// <summary>Holds when the cart is paid with one of <paramref name="methods"/>.</summary>
    /// <param name="methods">At least one payment method.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">No method is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="methods"/> is null.</exception>
    public static Condition PaidWith(params IEnumerable<PaymentMethod> methods) => new PaymentMethodCondition(methods);

    /// <summary>Whether the condition asks for member-only access, so a catalog can check that its options say who has it.</summary>
    internal virtual bool AsksForMemberAccess => false;

    /// <summary>Every money amount in the condition, so a catalog can check currencies.</summary>
    internal virtual IEnumerable<Money> Amounts => [];

    /// <summary>Evaluates the condition for the promotion being considered.</summary>
    internal abstract ConditionOutcome Evaluate(PricingRun run);

    /// <summary>Validates a non-empty set of identifiers.</summary>
    private protected static IReadOnlySet<T> RequireSet<T>(IEnumerable<T> values, string paramName, bool allowEmpty = false)
        where T : struct
    {
        Guard.Against.Null(values, paramName);
        var set = values.ToHashSet();
        if (set.Contains(default))
        {
            throw new ArgumentException("An identifier must not be default.", paramName);
        }

        return set.Count > 0 || allowEmpty ? set : throw new ArgumentException("At least one value is needed.", paramName);
    }
}
