namespace RetailCrm.Persistence;

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Primitives;

/// <summary>
/// The canonical text of what a command asks, field by field, to tell a replay from a key (or a
/// natural key) reused for another command: equal for commands that ask the same, different as
/// soon as any field differs, and readable enough to name both in an
/// <see cref="IdempotencyKeyReusedException"/>.
/// </summary>
/// <remarks>
/// <para>
/// Shaped like <c>earn(order="o-1", lines=[(sku="a", amountPaid=CNY 200.00)], tierMultiplier=1.5)</c>:
/// fields in a fixed order, texts quoted with <c>\</c> and <c>"</c> escaped (so no text can forge a
/// field boundary), numbers in the invariant culture with trailing zeros dropped (1.5 and 1.50 are
/// one multiplier), amounts with their currency and its minor digits (CNY 200 and CNY 200.00 are one
/// amount), instants in extended ISO form to the nanosecond.
/// </para>
/// <para>
/// The text is what stores keep and compare, so its shape is part of the stored format: change it
/// only with a migration of the kept records.
/// </para>
/// </remarks>
internal sealed class CanonicalContent
{
    private readonly StringBuilder text = new();
    private bool first = true;

    private CanonicalContent(string? kind) => text.Append(kind).Append('(');

    /// <summary>Starts the content of a command of <paramref name="kind"/>, e.g. "earn".</summary>
    public static CanonicalContent Of(string kind) => new(kind);

    /// <summary>Starts the content of a nested value with no kind of its own, e.g. an order line.</summary>
    public static CanonicalContent Nested() => new(null);

    public CanonicalContent Add(string name, string? value)
    {
        var field = Field(name);
        if (value is null)
        {
            field.Append("null");
            return this;
        }

        field.Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                field.Append('\\');
            }

            field.Append(c);
        }

        field.Append('"');
        return this;
    }

    public CanonicalContent Add(string name, long value)
    {
        Field(name).Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public CanonicalContent Add(string name, long? value) => value is { } v ? Add(name, v) : Null(name);

    public CanonicalContent Add(string name, Points value) => Add(name, value.Value);

    public CanonicalContent Add(string name, decimal value)
    {
        Field(name).Append(Number(value));
        return this;
    }

    public CanonicalContent Add(string name, Money value)
    {
        var field = Field(name);
        if (value.Equals(default(Money)))
        {
            field.Append(value.ToString());
        }
        else
        {
            // A rounded amount prints with exactly its currency's minor digits, any other with all its
            // significant digits and no trailing zeros: either way one text per amount.
            field.Append(value.IsRounded ? value.ToString() : $"{value.Currency.Code} {Number(value.Amount)}");
        }

        return this;
    }

    public CanonicalContent Add(string name, Money? value) => value is { } v ? Add(name, v) : Null(name);

    public CanonicalContent Add(string name, Instant value)
    {
        Field(name).Append(InstantPattern.ExtendedIso.Format(value));
        return this;
    }

    public CanonicalContent Add(string name, Instant? value) => value is { } v ? Add(name, v) : Null(name);

    public CanonicalContent Add<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum
    {
        Field(name).Append(value.ToString());
        return this;
    }

    /// <summary>Adds a list of nested values, in the order given (the order is part of the content).</summary>
    public CanonicalContent Add(string name, IEnumerable<CanonicalContent> values)
    {
        var field = Field(name).Append('[');
        var firstValue = true;
        foreach (var value in values)
        {
            if (!firstValue)
            {
                field.Append(", ");
            }

            field.Append(value.ToString());
            firstValue = false;
        }

        field.Append(']');
        return this;
    }

    public override string ToString() => text.ToString() + ")";

    // The invariant text of a decimal without trailing zeros: 1.5m and 1.50m read alike.
    private static string Number(decimal value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        if (digits.Contains('.', StringComparison.Ordinal))
        {
            digits = digits.TrimEnd('0').TrimEnd('.');
        }

        return digits is "-0" ? "0" : digits;
    }

    private CanonicalContent Null(string name)
    {
        Field(name).Append("null");
        return this;
    }

    private StringBuilder Field(string name)
    {
        if (!first)
        {
            text.Append(", ");
        }

        first = false;
        return text.Append(name).Append('=');
    }
}
