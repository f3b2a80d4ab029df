namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// One member's standing in a tier ladder: the tier earned by qualifying activity, a tier the
/// shop may have assigned by hand, the current tier (the higher of the two) and since when, the next
/// review date, the qualifying activity, and the full history of changes with reasons. Upgrades
/// happen at once; downgrades only at a review date after the grace period, a step at a time.
/// </summary>
/// <remarks>Pure: every method takes the instant it acts at. Commands are idempotent by their order, refund or key.</remarks>
public sealed partial class MembershipAccount
{
    private readonly List<QualifyingActivity> activities = [];
    private readonly Dictionary<string, QualifyingActivity> byReference = new(StringComparer.Ordinal);
    private readonly List<TierChange> history = [];
    private readonly List<TierChanged> events = [];

    // The activity that caused the last upgrade of the earned tier, and the earned tier before it,
    // so that a refund can undo exactly that upgrade.
    private (string Reference, TierId EarnedBefore)? lastUpgrade;

    private MembershipAccount(CustomerId customer, TierLadder ladder, Instant joinedAt)
    {
        Customer = customer;
        Ladder = ladder;
        JoinedAt = joinedAt;
        JoinedOn = joinedAt.InZone(ladder.Zone).Date;
        EarnedTier = ladder.Entry.Id;
        CurrentTier = ladder.Entry.Id;
        TierSince = joinedAt;
        NextReview = ladder.Window.NextReviewAfter(JoinedOn, JoinedOn);
    }

    /// <summary>The member.</summary>
    public CustomerId Customer { get; }

    /// <summary>The ladder the member climbs.</summary>
    public TierLadder Ladder { get; }

    /// <summary>When the member joined.</summary>
    public Instant JoinedAt { get; }

    /// <summary>The local date the member joined (anniversaries count from it).</summary>
    public LocalDate JoinedOn { get; }

    /// <summary>The tier the member's activity has earned.</summary>
    public TierId EarnedTier { get; private set; }

    /// <summary>The tier the shop assigned by hand, if any is in force or pending its end.</summary>
    public TierAssignment? Assignment { get; private set; }

    /// <summary>The member's tier: the higher of the earned and the assigned one.</summary>
    public TierId CurrentTier { get; private set; }

    /// <summary>The definition of <see cref="CurrentTier"/>, with its benefits.</summary>
    public TierDefinition Current => Ladder[CurrentTier];

    /// <summary>Since when the member is in <see cref="CurrentTier"/>.</summary>
    public Instant TierSince { get; private set; }

    /// <summary>The next review date: from it, after the grace period, a member who does not qualify may go down.</summary>
    public LocalDate NextReview { get; private set; }

    /// <summary>The highest lifetime tier the member has qualified for; reviews never go below it.</summary>
    public TierId? LifetimeTier { get; private set; }

    /// <summary>Increases with every change; the store rejects a save from a stale version.</summary>
    public long Version { get; private set; }

    /// <summary>Every tier change, oldest first, starting with joining.</summary>
    public IReadOnlyList<TierChange> History => history;

    /// <summary>The qualifying activity recorded, in the order recorded.</summary>
    public IReadOnlyList<QualifyingActivity> Activities => activities;

    /// <summary>The tier changes raised since the account was opened or loaded.</summary>
    public IReadOnlyList<TierChanged> Events => events;

    /// <summary>Opens the account of a member who joins at <paramref name="joinedAt"/>, in the entry tier.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="ladder">The ladder.</param>
    /// <param name="joinedAt">When the member joined.</param>
    /// <returns>The account, version 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    public static MembershipAccount Open(CustomerId customer, TierLadder ladder, Instant joinedAt)
    {
        var account = new MembershipAccount(
            customer.Value.Length > 0 ? customer : throw new ArgumentException("The customer is required.", nameof(customer)),
            Guard.Against.Null(ladder),
            joinedAt);
        account.history.Add(new TierChange(null, ladder.Entry.Id, joinedAt, TierChangeReason.Joined, null));
        return account;
    }

    private int Rank(TierId tier) => Ladder.RankOf(tier);

    private TierId TierAt(int rank) => Ladder.Tiers[rank].Id;

    private LocalDate DateOf(Instant instant) => instant.InZone(Ladder.Zone).Date;

    private Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Ladder.Zone).ToInstant();

    // Moves the current tier to the higher of earned and assigned, writing the change when there is one.
    private void Settle(Instant at, TierChangeReason reason, string? cause, List<TierChange> changes)
    {
        var assigned = Assignment is { } a ? Rank(a.Tier) : 0;
        var target = TierAt(Math.Max(Rank(EarnedTier), assigned));
        if (target == CurrentTier)
        {
            return;
        }

        var when = Instant.Max(at, history[^1].At);
        var change = new TierChange(CurrentTier, target, when, reason, cause);
        var isUpgrade = Rank(target) > Rank(CurrentTier);
        history.Add(change);
        events.Add(new TierChanged(Customer, change, isUpgrade));
        changes.Add(change);
        CurrentTier = target;
        TierSince = when;
    }
}
