namespace RetailCrm.Promotions;

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class PaymentTerms
{
    // Shows every significant decimal of a percentage (a decimal has at most 28), and no trailing zeros.
    private const string ExactDecimal = "0.############################";

    private const string NumberTooLarge = "a number is too large.";

    /// <summary>
    /// Reads payment terms as they are written on invoices and in B2B price lists: "2/10, net 30",
    /// "2/10 net 30", "2/10 n/30", "2/10 N30", "1.5/15 net 45", "net 30" or "n/30". Letters may be
    /// in any case and spaces may be added around the parts; the discount uses a decimal point.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not payment terms in one of these spellings, or its numbers are not valid terms (e.g. "2/40 net 30").</exception>
    public static PaymentTerms Parse(string text)
    {
        Guard.Against.Null(text);
        return TryRead(text, out var terms, out var problem)
            ? terms
            : throw new FormatException($"\"{text}\" is not payment terms such as \"2/10, net 30\" or \"net 30\": {problem}");
    }

    /// <summary>Reads payment terms like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The text; null is not terms.</param>
    /// <param name="terms">The terms when the text is valid; otherwise null.</param>
    /// <returns><c>true</c> when the text is valid payment terms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PaymentTerms? terms)
    {
        if (text is null)
        {
            terms = null;
            return false;
        }

        return TryRead(text, out terms, out _);
    }

    private static bool TryRead(string text, [NotNullWhen(true)] out PaymentTerms? terms, [NotNullWhen(false)] out string? problem)
    {
        terms = null;
        var match = Spelling().Match(text);
        if (!match.Success)
        {
            problem = "the spelling is not recognised.";
            return false;
        }

        var discount = Percentage.Zero;
        var discountDays = 0;
        if (match.Groups["discount"].Success)
        {
            if (!decimal.TryParse(match.Groups["discount"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
                || !int.TryParse(match.Groups["discountDays"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out discountDays))
            {
                problem = NumberTooLarge;
                return false;
            }

            discount = Percentage.FromPercent(percent);
        }

        if (!int.TryParse(match.Groups["netDays"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var netDays))
        {
            problem = NumberTooLarge;
            return false;
        }

        problem = DiscountProblem(discount) ?? NetDaysProblem(netDays) ?? DiscountDaysProblem(discountDays, netDays);
        if (problem is not null)
        {
            return false;
        }

        terms = new PaymentTerms(discount, discountDays, netDays);
        return true;
    }

    // "<discount>/<days>" then a comma or a space, then "net" or "n", an optional slash and the net days.
    // ASCII digits only, so that every matched number is one the invariant culture parses.
    [GeneratedRegex(
        @"^\s*(?:(?<discount>[0-9]+(?:\.[0-9]+)?)\s*/\s*(?<discountDays>[0-9]+)(?:\s*,\s*|\s+))?n(?:et)?\s*/?\s*(?<netDays>[0-9]+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Spelling();
}
