namespace RetailCrm.Tests.Persistence;

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Persistence.Cultures;

/// <summary>
/// The canonical content every idempotent command is compared by: equal exactly when every field
/// is, whatever the texts hold, whatever scale the numbers are written at, in every culture.
/// </summary>
[Properties(Arbitrary = [typeof(CanonicalContentTests.FieldArbitraries)], MaxTest = 1000)]
public sealed class CanonicalContentTests
{
    private static readonly string[] Cultures = ["de-DE", "fr-FR", "ar-SA", "th-TH", "fa-IR", "hi-IN", "zh-CN"];

    [Property]
    public void Two_contents_read_alike_exactly_when_every_field_is_equal(FieldsPair pair) =>
        Assert.Equal(Same(pair.A, pair.B), Content(pair.A) == Content(pair.B));

    [Property]
    public void A_content_reads_the_same_in_every_culture(Fields fields, byte culture)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, () => Content(fields));

        var local = InCulture(CultureInfo.GetCultureInfo(Cultures[culture % Cultures.Length]), () => Content(fields));

        Assert.Equal(invariant, local);
    }

    [Fact]
    public void Amounts_and_numbers_at_another_scale_read_alike()
    {
        var at = Instant.FromUtc(2026, 3, 3, 6, 0);
        var plain = CanonicalContent.Of("x").Add("m", Money.Of(200m, Currency.CNY)).Add("d", 1.5m).Add("t", at).ToString();

        var scaled = CanonicalContent.Of("x").Add("m", Money.Of(200.000m, Currency.CNY)).Add("d", 1.500m).Add("t", at).ToString();

        Assert.Equal(plain, scaled);
        Assert.Equal("x(m=CNY 200.00, d=1.5, t=2026-03-03T06:00:00Z)", plain);
    }

    // The reference: texts ordinally, numbers and amounts by value, instants exactly, nulls alike.
    private static bool Same(Fields a, Fields b) =>
        a.First == b.First && a.Second == b.Second && a.Number == b.Number && a.Amount == b.Amount && a.At == b.At && a.Count == b.Count
        && a.Nested.Length == b.Nested.Length && a.Nested.Zip(b.Nested).All(p => p.First == p.Second);

    private static string Content(Fields f) =>
        CanonicalContent.Of("command")
            .Add("first", f.First)
            .Add("second", f.Second)
            .Add("number", f.Number)
            .Add("amount", f.Amount)
            .Add("at", f.At)
            .Add("count", f.Count)
            .Add("nested", f.Nested.Select(n => CanonicalContent.Nested().Add("text", n)))
            .ToString();

    /// <summary>Fields of a command drawn from small domains, so equal values (often written at another scale) are frequent.</summary>
    public sealed record Fields(string? First, string? Second, decimal Number, Money? Amount, Instant? At, long? Count, string[] Nested)
    {
        public override string ToString() =>
            $"[{First ?? "null"}] [{Second ?? "null"}] {Number} {Amount?.Amount.ToString(CultureInfo.InvariantCulture) ?? "null"} {At?.ToString() ?? "null"} {Count?.ToString(CultureInfo.InvariantCulture) ?? "null"} [{string.Join("|", Nested)}]";
    }

    public sealed record FieldsPair(Fields A, Fields B);

    public static class FieldArbitraries
    {
        private const string FieldBoundary = "\", second=\"";
        private const string ItemBoundary = "\"), (text=\"";

        public static Arbitrary<Fields> Fields() => FieldsGen().ToArbitrary();

        // The second of a pair is often the first itself, one field of it redrawn, or its texts cut
        // again at another place where a field or an item boundary would read alike if unescaped.
        public static Arbitrary<FieldsPair> Pairs() =>
            (from a in FieldsGen()
             from b in Gen.Frequency(
                 (1, FieldsGen()),
                 (1, Gen.Constant(a)),
                 (2, Text().Select(t => a with { First = t })),
                 (2, Text().Select(t => a with { Second = t })),
                 (1, FieldsGen().Select(f => a with { Number = f.Number, Amount = f.Amount })),
                 (1, FieldsGen().Select(f => a with { At = f.At, Count = f.Count })),
                 (3, Resplit(a)),
                 (3, Regroup(a)))
             select new FieldsPair(a, b))
            .ToArbitrary();

        private static Gen<Fields> FieldsGen() =>
            from first in Text()
            from second in Text()
            from number in Gen.Elements(0m, 0.0m, 1.5m, 1.50m, -1.5m, 10m, 1E1m, 0.1m, 1m, 1.0m)
            from amount in Gen.Elements<Money?>(null, Money.Of(200m, Currency.CNY), Money.Of(200.00m, Currency.CNY), Money.Of(200.001m, Currency.CNY), Money.Of(200m, Currency.USD), Money.Of(0.3m, Currency.CNY))
            from at in Gen.Elements<Instant?>(null, Instant.FromUtc(2026, 3, 3, 6, 0), Instant.FromUtc(2026, 3, 3, 6, 0) + Duration.FromNanoseconds(1), Instant.FromUtc(2026, 3, 3, 6, 0) + Duration.FromMilliseconds(500))
            from count in Gen.Elements<long?>(null, 0, 1, -1, long.MaxValue)
            from nested in Gen.Elements("a", "b", "a" + ItemBoundary + "b", ItemBoundary).ArrayOf().Where(n => n.Length <= 3)
            select new Fields(first, second, number, amount, at, count, nested);

        // The same two texts joined by the field boundary, cut at another boundary.
        private static Gen<Fields> Resplit(Fields a)
        {
            if (a.First is null || a.Second is null)
            {
                return Gen.Constant(a);
            }

            var joined = a.First + FieldBoundary + a.Second;
            var cuts = Occurrences(joined, FieldBoundary);
            return Gen.Elements(cuts).Select(i => a with { First = joined[..i], Second = joined[(i + FieldBoundary.Length)..] });
        }

        // The same items joined by the item boundary, cut at any of the boundaries.
        private static Gen<Fields> Regroup(Fields a)
        {
            if (a.Nested.Length == 0)
            {
                return Gen.Constant(a);
            }

            var joined = string.Join(ItemBoundary, a.Nested);
            var cuts = Occurrences(joined, ItemBoundary);
            return Gen.Elements(true, false).ArrayOf(cuts.Length).Select(keep =>
            {
                var items = new List<string>();
                var start = 0;
                for (var i = 0; i < cuts.Length; i++)
                {
                    if (keep[i])
                    {
                        items.Add(joined[start..cuts[i]]);
                        start = cuts[i] + ItemBoundary.Length;
                    }
                }

                items.Add(joined[start..]);
                return a with { Nested = [.. items] };
            });
        }

        private static int[] Occurrences(string text, string part)
        {
            var found = new List<int>();
            for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            {
                found.Add(i);
            }

            return [.. found];
        }

        // Texts that would forge a field boundary if quotes and backslashes were not escaped.
        private static Gen<string?> Text() =>
            Gen.Elements<string?>(null, string.Empty, "a", "a\"", "a\\", FieldBoundary + "a", "a" + FieldBoundary, FieldBoundary, "null", "\\\"", " a", "a ");
    }
}
