namespace RetailCrm.Service;

using Ardalis.GuardClauses;

/// <summary>
/// What a store loads for one complaint command: the live state and exactly the keyed records the
/// command names (see <see cref="ComplaintKeys"/>), each <see langword="null"/> when there is none.
/// Never any history: its size does not grow with the complaints, transitions or commands stored.
/// </summary>
/// <param name="Keys">What was asked for.</param>
/// <param name="Live">The complaint's live state, or <see langword="null"/> when there is no complaint with that id.</param>
/// <param name="Command">The record under the command's key, or <see langword="null"/>.</param>
/// <param name="Compensation">The compensation of that name, or <see langword="null"/>.</param>
/// <param name="Openings">The customer's recent openings, or <see langword="null"/> when none are kept (or none were asked for).</param>
public sealed record LoadedComplaint(
    ComplaintKeys Keys,
    LiveComplaint? Live,
    ProcessedComplaintCommand? Command = null,
    ApprovedCompensation? Compensation = null,
    CustomerOpenings? Openings = null)
{
    /// <summary>What was asked for.</summary>
    public ComplaintKeys Keys { get; init => field = Guard.Against.Null(value); } = Guard.Against.Null(Keys);

    /// <summary>How many records were loaded: the live state and each keyed record found.</summary>
    public int RecordCount => (Live is null ? 0 : 1) + (Command is null ? 0 : 1) + (Compensation is null ? 0 : 1) + (Openings is null ? 0 : 1);
}
