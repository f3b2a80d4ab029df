namespace RetailCrm.Persistence;

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Primitives;

/// <summary>
/// The canonical text of a command kept under an idempotency key: its name and every field, in a
/// fixed order, strings quoted and escaped, so that two commands have the same text exactly when
/// every field is equal (the instant a command is handled at is not part of it).
/// </summary>
internal static class KeyedCommandText
{
    /// <summary>"Escalate(actor: \"agent:li\", note: null)".</summary>
    public static string Of(string name, params ReadOnlySpan<(string Field, object? Value)> fields)
    {
        var text = new StringBuilder(name).Append('(');
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(fields[i].Field).Append(": ");
            Append(text, fields[i].Value);
        }

        return text.Append(')').ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case Money money:
                // Equal amounts give equal text: trailing zeros are dropped, every digit kept.
                text.Append(money.Currency.Code).Append(' ').Append((money.Amount / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
                break;
            case Instant instant:
                text.Append(InstantPattern.ExtendedIso.Format(instant));
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case Enum name:
                text.Append(name.ToString());
                break;
            case IFormattable formattable:
                // Numbers and the like: invariant text, unquoted (only strings are quoted, so no value can pass for another field).
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Append(text, value.ToString());
                break;
        }
    }
}
