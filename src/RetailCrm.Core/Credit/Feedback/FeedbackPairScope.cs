namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The counting records of one pair from a month on: the entries of the party's trades in
/// <paramref name="Role"/> with <paramref name="Counterpart"/> whose pair-cap month is
/// <paramref name="From"/> or later. Recording a trade loads its pair from the month its
/// same-item window reaches back to, which is every record the trade can re-form.
/// </summary>
/// <param name="Role">The owner's role in the pair's trades.</param>
/// <param name="Counterpart">The other party.</param>
/// <param name="From">The first month loaded.</param>
public sealed record FeedbackPairScope(FeedbackRole Role, PartyId Counterpart, YearMonth From)
{
    /// <summary>The other party.</summary>
    public PartyId Counterpart { get; init => field = IdArgument.Require(value, nameof(Counterpart)); } = IdArgument.Require(Counterpart, nameof(Counterpart));
}
