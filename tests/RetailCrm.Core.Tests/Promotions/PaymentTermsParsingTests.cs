namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Payment terms as text, and equality.</summary>
public sealed class PaymentTermsParsingTests
{
    public static TheoryData<string, decimal, int, int> Spellings => new()
    {
        { "2/10, net 30", 2m, 10, 30 },
        { "2/10 net 30", 2m, 10, 30 },
        { "2/10 n/30", 2m, 10, 30 },
        { "2/10 N30", 2m, 10, 30 },
        { "1.5/15 net 45", 1.5m, 15, 45 },
        { "net 30", 0m, 0, 30 },
        { "n/30", 0m, 0, 30 },
        { "NET 30", 0m, 0, 30 },
        { "N/30", 0m, 0, 30 },
        { "Net30", 0m, 0, 30 },
        { "2/10 NET 30", 2m, 10, 30 },
        { "  2 / 10 ,   net   30  ", 2m, 10, 30 },
        { "2/10,net 30", 2m, 10, 30 },
        { "2/10 n / 30", 2m, 10, 30 },
        { "2/0 net 1", 2m, 0, 1 },
        { "3/30 net 30", 3m, 30, 30 },
        { "0.25/7, net 60", 0.25m, 7, 60 },
        { "0/10, net 30", 0m, 10, 30 },
        { "99.99/1 net 2", 99.99m, 1, 2 },
        { "net 3660", 0m, 0, 3660 },
    };

    public static TheoryData<string> BadTexts => new(
        "",
        "   ",
        "2/10",
        "net",
        "net thirty",
        "2/10 30",
        "2/10net 30",
        "2/10, net 30 days",
        "2%/10 net 30",
        "2,5/10 net 30",
        ".5/10 net 30",
        "-2/10 net 30",
        "2/-10 net 30",
        "net -30",
        "2/10, net 30, net 60",
        "2/10 x/30",
        "2/10 net 30.5",
        "net ３０",
        "net 0",
        "net 3661",
        "2/40 net 30",
        "100/10 net 30",
        "150/10 net 30",
        "2/10 net 99999999999",
        "2/99999999999 net 30",
        "99999999999999999999999999999999/10 net 30");

    public static TheoryData<PaymentTerms, string> CanonicalTexts => new()
    {
        { new PaymentTerms(Percentage.FromPercent(2m), 10, 30), "2/10, net 30" },
        { new PaymentTerms(Percentage.FromPercent(2.00m), 10, 30), "2/10, net 30" },
        { new PaymentTerms(Percentage.FromPercent(1.5m), 15, 45), "1.5/15, net 45" },
        { new PaymentTerms(Percentage.FromPercent(0.125m), 0, 7), "0.125/0, net 7" },
        { new PaymentTerms(Percentage.FromPercent(0m), 10, 30), "0/10, net 30" },
        { PaymentTerms.Net(30), "net 30" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Parse_reads_every_common_spelling(string text, decimal percent, int discountDays, int netDays)
    {
        var parsed = PaymentTerms.Parse(text);
        var tried = PaymentTerms.TryParse(text, out var terms);

        Assert.Equal(new PaymentTerms(Percentage.FromPercent(percent), discountDays, netDays), parsed);
        Assert.Equal(Percentage.FromPercent(percent), parsed.Discount);
        Assert.Equal(discountDays, parsed.DiscountDays);
        Assert.Equal(netDays, parsed.NetDays);
        Assert.True(tried);
        Assert.Equal(parsed, terms);
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Parse_of_anything_else_throws_a_format_exception_quoting_the_text(string text)
    {
        var exception = Assert.Throws<FormatException>(() => PaymentTerms.Parse(text));

        Assert.Contains($"\"{text}\"", exception.Message, StringComparison.Ordinal);
        Assert.False(PaymentTerms.TryParse(text, out var terms));
        Assert.Null(terms);
    }

    [Fact]
    public void Parse_of_valid_spelling_with_impossible_numbers_says_why()
    {
        var exception = Assert.Throws<FormatException>(() => PaymentTerms.Parse("2/40 net 30"));

        Assert.Contains("discount days", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_null_throws_naming_the_text_and_try_parse_returns_false()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => PaymentTerms.Parse(null!));

        Assert.Equal("text", exception.ParamName);
        Assert.False(PaymentTerms.TryParse(null, out var terms));
        Assert.Null(terms);
    }

    [Theory]
    [MemberData(nameof(CanonicalTexts))]
    public void To_string_renders_the_canonical_spelling(PaymentTerms terms, string expected)
    {
        Assert.Equal(expected, terms.ToString());
        Assert.Equal(terms, PaymentTerms.Parse(expected));
    }

    [Fact]
    public void Any_spelling_renders_back_canonically()
    {
        Assert.Equal("2/10, net 30", PaymentTerms.Parse("2/10 N30").ToString());
        Assert.Equal("net 30", PaymentTerms.Parse("n/30").ToString());
    }

    [Fact]
    public void Equal_terms_are_equal_by_value_with_equal_hash_codes()
    {
        var a = new PaymentTerms(Percentage.FromPercent(2m), 10, 30);
        var b = PaymentTerms.Parse("2.00/10 net 30");

        Assert.NotSame(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(PaymentTerms.Net(30), new PaymentTerms(Percentage.Zero, 0, 30));
    }

    [Fact]
    public void Terms_differing_in_any_part_are_not_equal()
    {
        var terms = new PaymentTerms(Percentage.FromPercent(2m), 10, 30);

        Assert.NotEqual(terms, new PaymentTerms(Percentage.FromPercent(1m), 10, 30));
        Assert.NotEqual(terms, new PaymentTerms(Percentage.FromPercent(2m), 15, 30));
        Assert.NotEqual(terms, new PaymentTerms(Percentage.FromPercent(2m), 10, 45));
        Assert.NotEqual(PaymentTerms.Net(30), new PaymentTerms(Percentage.Zero, 10, 30));
        Assert.True(terms != new PaymentTerms(Percentage.FromPercent(2m), 10, 45));
        Assert.False(terms.Equals(null));
        Assert.False(terms.Equals("2/10, net 30"));
        Assert.False(terms == null);
        Assert.False(null == terms);
        Assert.True(terms != null);
        Assert.True((PaymentTerms?)null == null);
    }
}
