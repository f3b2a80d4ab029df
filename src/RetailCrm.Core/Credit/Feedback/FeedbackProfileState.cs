namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// The live state of a party's feedback profile, loaded by every command: the credit counters per
/// role, how many trades were recorded (the next entry's sequence is one more) and the version the
/// store checks on commit. Its size does not depend on the party's history.
/// </summary>
/// <param name="Party">The party.</param>
/// <param name="AsSeller">The seller credit: the ratings buyers gave the party.</param>
/// <param name="AsBuyer">The buyer credit: the ratings sellers gave the party.</param>
/// <param name="EntryCount">How many trades are recorded in the profile (the last entry's sequence).</param>
/// <param name="Version">Increases with every commit; 0 for a party without a profile.</param>
public sealed record FeedbackProfileState(PartyId Party, FeedbackCreditTotals AsSeller, FeedbackCreditTotals AsBuyer, long EntryCount, long Version)
{
    /// <summary>The party.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The party's credit in <paramref name="role"/>.</summary>
    /// <param name="role">Seller or buyer.</param>
    /// <returns>The counters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public FeedbackCreditTotals CreditAs(FeedbackRole role) => ArgumentRange.Defined(role) == FeedbackRole.Seller ? AsSeller : AsBuyer;

    /// <summary>The state of a party without a profile under <paramref name="policy"/>: no score, version 0.</summary>
    /// <param name="party">The party.</param>
    /// <param name="policy">The rules (the ladder gives the level of score 0).</param>
    /// <returns>The empty state.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static FeedbackProfileState Empty(PartyId party, FeedbackPolicy policy)
    {
        IdArgument.Require(party, nameof(party));
        ArgumentNullException.ThrowIfNull(policy);
        var level = policy.Ladder.LevelFor(0);
        return new(party, new(FeedbackRole.Seller, 0, level, 0, 0, 0), new(FeedbackRole.Buyer, 0, level, 0, 0, 0), 0, 0);
    }
}
