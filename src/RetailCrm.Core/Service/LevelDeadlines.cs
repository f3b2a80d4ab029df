namespace RetailCrm.Service;

using NodaTime;

/// <summary>How soon a complaint at one handling level must be answered and solved.</summary>
/// <param name="Response">The time to the first answer to the customer.</param>
/// <param name="Resolution">The time to the solution, at least <paramref name="Response"/>.</param>
public sealed record LevelDeadlines(Duration Response, Duration Resolution);
