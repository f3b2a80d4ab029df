namespace RetailCrm.Primitives;

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

        if (value.Length > MaxLength || value.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"An identifier has at most {MaxLength} characters and no control characters.", paramName);
        }

        return value;
    }
}
