namespace RetailCrm;

/// <summary>
/// The root of the exceptions this library throws when an invariant of the domain would break:
/// amounts in different currencies combined, a stale write, an idempotency key reused for another
/// command, a snapshot that does not describe a valid aggregate. Bad arguments throw the standard
/// <see cref="ArgumentException"/> family instead, and expected business outcomes (too few points,
/// a coupon that does not apply) are result values, never exceptions.
/// </summary>
public abstract class RetailCrmException : Exception
{
    /// <summary>Creates the exception with a message that explains what broke.</summary>
    /// <param name="message">What invariant would have broken, in plain words.</param>
    protected RetailCrmException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What invariant would have broken, in plain words.</param>
    /// <param name="innerException">The cause.</param>
    protected RetailCrmException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
