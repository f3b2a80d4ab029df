namespace RetailCrm.Primitives;

/// <summary>Identifies a sellable product variant (stock keeping unit).</summary>
/// <remarks>Holds the identifier as the shop's own systems write it; compared ordinally.</remarks>
public readonly record struct Sku : IIdentifier
{
    /// <summary>Wraps the shop's identifier.</summary>
    /// <param name="value">Not blank, at most 200 characters, no control, format or line-separator characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or has invisible characters.</exception>
    public Sku(string value) => Value = Identifier.Require(value, nameof(value));

    /// <summary>The identifier as text; empty for <c>default</c>, which is not a valid identifier.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>The identifier itself.</summary>
    /// <returns>The text of the identifier.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    bool IIdentifier.IsDefault => Value.Length == 0;
}
