namespace RetailCrm.Primitives;

/// <summary>Identifies a customer (a shop account holder).</summary>
/// <remarks>
/// Holds the identifier as the shop's own systems write it; compared ordinally. The hash code is
/// computed once, when the identifier is made, so keying a table by customer (segmentation reads
/// millions of orders) never reads the text again unless two hash codes match.
/// </remarks>
public readonly record struct CustomerId : IIdentifier
{
    private readonly int hash;

    /// <summary>Wraps the shop's identifier.</summary>
    /// <param name="value">Not blank, at most 200 characters, no control, format or line-separator characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or has invisible characters.</exception>
    public CustomerId(string value)
    {
        Value = Identifier.Require(value, nameof(value));
        hash = StringComparer.Ordinal.GetHashCode(Value);
    }

    /// <summary>The identifier as text; empty for <c>default</c>, which is not a valid identifier.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Whether two identifiers are the same text, ordinally.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CustomerId other) => hash == other.hash && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <summary>The hash code of the text, computed once.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => hash;

    /// <summary>The identifier itself.</summary>
    /// <returns>The text of the identifier.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    bool IIdentifier.IsDefault => Value.Length == 0;
}
