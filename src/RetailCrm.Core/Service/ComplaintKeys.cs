namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>
/// What one complaint command names, for <see cref="IComplaintStore.LoadAsync"/>: the complaint,
/// and the keyed records it needs (the record under its idempotency key, the compensation it names,
/// the customer's recent openings). The store loads exactly these and the complaint's live state.
/// </summary>
/// <param name="Complaint">The complaint.</param>
public sealed record ComplaintKeys(ComplaintId Complaint)
{
    /// <summary>The complaint.</summary>
    public ComplaintId Complaint { get; init => field = IdArgument.Require(value, nameof(Complaint)); } = IdArgument.Require(Complaint, nameof(Complaint));

    /// <summary>The command's idempotency key, or <see langword="null"/>.</summary>
    public IdempotencyKey? Command { get; init => field = IdArgument.Require(value, nameof(Command)); }

    /// <summary>The name of the compensation the command approves or issues, or <see langword="null"/>.</summary>
    public string? Compensation { get; init; }

    /// <summary>The customer whose recent openings an opening counts, or <see langword="null"/>.</summary>
    public CustomerId? Openings { get; init => field = IdArgument.Require(value, nameof(Openings)); }
}
