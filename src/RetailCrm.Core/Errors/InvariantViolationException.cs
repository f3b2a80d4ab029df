namespace RetailCrm;

/// <summary>
/// Thrown when data handed to the domain would break one of its invariants, for example a stored
/// snapshot whose ledger entries do not add up to its lots, so that the aggregate is never
/// rebuilt in a state its own behaviour could not have produced.
/// </summary>
public sealed class InvariantViolationException : RetailCrmException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which invariant is broken and where.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }
}
