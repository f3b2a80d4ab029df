namespace RetailCrm;

using Ardalis.GuardClauses;

/// <summary>
/// Why an operation did not do what was asked, as an expected business outcome: a
/// machine-readable <see cref="Reason"/> for code and a <see cref="Message"/> for people.
/// </summary>
/// <typeparam name="TReason">The enumeration of reasons of the operation's domain.</typeparam>
public sealed record Rejection<TReason>
    where TReason : struct, Enum
{
    /// <summary>Creates a rejection.</summary>
    /// <param name="reason">The machine-readable reason.</param>
    /// <param name="message">A sentence for the customer or the support agent.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    public Rejection(TReason reason, string message)
    {
        Reason = reason;
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The machine-readable reason.</summary>
    public TReason Reason { get; }

    /// <summary>A sentence that explains the outcome, e.g. "You have 300 points; 500 are needed."</summary>
    public string Message { get; }

    /// <summary>The reason and the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Reason}: {Message}";
}
