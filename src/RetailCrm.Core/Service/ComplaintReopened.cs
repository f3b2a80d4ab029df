namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>The problem was opened again: new deadlines run from the reopening.</summary>
public sealed record ComplaintReopened : ComplaintMoved
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="transition">The transition recorded.</param>
    /// <param name="level">Who handles the complaint afterwards.</param>
    /// <param name="deadlines">The deadlines in force from now.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> or <paramref name="deadlines"/> is null.</exception>
    public ComplaintReopened(ComplaintId complaint, ComplaintTransition transition, HandlingLevel level, ComplaintDeadlines deadlines)
        : base(IdArgument.Require(complaint, nameof(complaint)), transition, level) => Deadlines = Guard.Against.Null(deadlines);

    /// <summary>The deadlines in force from now.</summary>
    public ComplaintDeadlines Deadlines { get; }
}
