namespace RetailCrm.Primitives;

using System.Globalization;

/// <summary>The one validation rule shared by every strongly typed identifier.</summary>
internal static class Identifier
{
    /// <summary>The longest identifier accepted, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>Returns <paramref name="value"/> when it is a usable identifier.</summary>
    /// <exception cref="ArgumentException">The value is null, blank, too long or holds control characters.</exception>
    public static string Require(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("An identifier must not be empty or blank.", paramName);
        }

        if (value.Length > MaxLength || value.Any(IsInvisible))
        {
            throw new ArgumentException(
                $"An identifier has at most {MaxLength} characters and no control, format or line-separator characters.", paramName);
        }

        return value;
    }

    // Invisible characters (controls, bidi overrides, zero-width joiners, line separators) make two
    // identifiers that print alike compare different, so none is accepted.
    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
