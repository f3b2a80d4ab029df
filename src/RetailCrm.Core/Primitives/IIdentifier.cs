namespace RetailCrm.Primitives;

/// <summary>
/// A strongly typed identifier: a readonly struct wrapping text that <see cref="Identifier.Require"/>
/// validated, whose <c>default</c> wraps nothing and so names nothing.
/// </summary>
/// <remarks>
/// Internal on purpose: it lets <see cref="IdArgument"/> check every identifier type with one
/// generic guard (a constrained call, no boxing) without adding a member to the public API.
/// </remarks>
internal interface IIdentifier
{
    /// <summary>Whether this is the <c>default</c> identifier, which no valid identifier equals.</summary>
    bool IsDefault { get; }
}
