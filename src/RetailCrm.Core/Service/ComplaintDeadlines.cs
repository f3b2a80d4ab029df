namespace RetailCrm.Service;

using NodaTime;

/// <summary>When a complaint must be answered and solved, as instants.</summary>
/// <param name="ResponseDue">The first answer is due by then.</param>
/// <param name="ResolutionDue">The solution is due by then.</param>
public sealed record ComplaintDeadlines(Instant ResponseDue, Instant ResolutionDue);
