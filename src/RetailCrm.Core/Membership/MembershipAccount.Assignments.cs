namespace RetailCrm.Membership;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class MembershipAccount
{
    private readonly List<ProcessedAssignment> assignments = [];
    private readonly Dictionary<IdempotencyKey, ProcessedAssignment> assignmentsByKey = [];

    /// <summary>The assignments handled under an idempotency key, oldest first, with their first outcome.</summary>
    public IReadOnlyList<ProcessedAssignment> Assignments => assignments;

    private static string Describe(TierId tier, Instant? until, string reason) =>
        CanonicalContent.Of("Assign").Add("tier", tier.Value).Add("until", until).Add("reason", reason).ToString();

    // The replay of the assignment under key, null when the key is new; throws when it was used for another assignment.
    private MembershipResult? ReplayAssignment(IdempotencyKey key, TierId tier, Instant? until, string reason)
    {
        if (!assignmentsByKey.TryGetValue(key, out var first))
        {
            return null;
        }

        var (was, now) = (Describe(first.Tier, first.Until, first.Reason), Describe(tier, until, reason));
        return was == now
            ? new MembershipResult(MembershipOutcome.Replayed, first.TierAfter, first.Changes)
            : throw new IdempotencyKeyReusedException(key, was, now);
    }

    private void RememberAssignment(ProcessedAssignment processed)
    {
        assignmentsByKey.Add(processed.Key, processed);
        assignments.Add(processed);
    }
}
