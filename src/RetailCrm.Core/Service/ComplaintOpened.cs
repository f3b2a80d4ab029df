namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>A complaint came in and was graded.</summary>
public sealed record ComplaintOpened : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="customer">The customer complaining.</param>
    /// <param name="grade">Its grade.</param>
    /// <param name="deadlines">Its deadlines.</param>
    /// <param name="at">When it came in.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> or <paramref name="deadlines"/> is null.</exception>
    public ComplaintOpened(ComplaintId complaint, CustomerId customer, ComplaintGrade grade, ComplaintDeadlines deadlines, Instant at)
        : base(IdArgument.Require(complaint, nameof(complaint)), at)
    {
        Customer = IdArgument.Require(customer, nameof(customer));
        Grade = Guard.Against.Null(grade);
        Deadlines = Guard.Against.Null(deadlines);
    }

    /// <summary>The customer complaining.</summary>
    public CustomerId Customer { get; }

    /// <summary>Its grade.</summary>
    public ComplaintGrade Grade { get; }

    /// <summary>Its deadlines.</summary>
    public ComplaintDeadlines Deadlines { get; }
}
