namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;

public sealed class CouponCodeTests
{
    public static TheoryData<string?> InvalidTexts => new(
        null, string.Empty, " ", "\t", "\u00a0\u2003", new string('A', 201), "GOLD\n50", "GOLD\u200d50", "\u0001",
        "-", " - - ", "--", "\u2014", "\u00a0\u2011\u2013 ");

    public static TheoryData<string> SpellingsOfGold50 => new(
        "GOLD50", "gold50", "gold-50", "Gold 50", "G0LD50", "g0ld-5o", "GOID50", "go1d 50", " GOLD-50 ", "G-O-L-D-5-0",
        "GOLD\u201150", "GOLD\u201350", "GOLD\u201450", "GOLD\u00a050", "GOLD\u300050", "GOLD\uff0d50");

    [Theory]
    [MemberData(nameof(SpellingsOfGold50))]
    public void A_vanity_code_is_the_same_coupon_in_any_case_grouping_or_with_confusable_letters(string spelling)
    {
        var typed = new CouponCode(spelling);
        var printed = new CouponCode("GOLD-50");

        Assert.Equal("G01D50", typed.Key);
        Assert.Equal(printed, typed);
        Assert.True(printed == typed);
        Assert.False(printed != typed);
        Assert.True(printed.Equals((object)typed));
        Assert.Equal(printed.GetHashCode(), typed.GetHashCode());
    }

    [Theory]
    [InlineData("GOLD50", "GOLD51")]
    [InlineData("GOLD50", "GOLD5")]
    [InlineData("GOLD50", "GOLD500")]
    [InlineData("GOLD50", "GOLD_50")]
    [InlineData("GOLD50", "GOLD.50")]
    [InlineData("GOLD50", "COLD50")]
    [InlineData("SUMMER", "SUMMFR")]
    [InlineData("U2", "V2")]
    [InlineData("S5", "55")]
    [InlineData("B8", "88")]
    [InlineData("caf\u00e9", "cafe\u0301")]
    public void Codes_that_differ_in_any_other_character_are_different_coupons(string one, string other)
    {
        var a = new CouponCode(one);
        var b = new CouponCode(other);

        Assert.NotEqual(a, b);
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.False(a.Equals((object)b));
    }

    [Fact]
    public void The_text_is_kept_as_written_without_surrounding_spaces()
    {
        var code = new CouponCode("  gold-50\u00a0");

        Assert.Equal("gold-50", code.Text);
        Assert.Equal("gold-50", code.ToString());
        Assert.Equal("G01D50", code.Key);
    }

    [Fact]
    public void Letters_outside_the_latin_alphabet_are_kept_in_upper_case()
    {
        var code = new CouponCode("会员-vip-\u00e9t\u00e9");

        Assert.Equal("会员V1P\u00c9T\u00c9", code.Key);
        Assert.Equal(new CouponCode("会员 VIP \u00c9T\u00c9"), code);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Blank_invisible_too_long_or_separator_only_text_throws_naming_the_text(string? text)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new CouponCode(text!));

        Assert.Equal("text", exception.ParamName);
    }

    [Fact]
    public void A_code_of_exactly_two_hundred_characters_is_accepted()
    {
        var code = new CouponCode(new string('7', 200));

        Assert.Equal(200, code.Key.Length);
    }

    [Fact]
    public void A_default_code_has_empty_text_and_key_and_equals_only_another_default()
    {
        var none = default(CouponCode);

        Assert.Equal(string.Empty, none.Text);
        Assert.Equal(string.Empty, none.Key);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(default(CouponCode), none);
        Assert.NotEqual(new CouponCode("0"), none);
        Assert.False(none.Equals(null));
        Assert.False(new CouponCode("GOLD50").Equals("GOLD50"));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Canonicalising_twice_changes_nothing(CustomerId written)
    {
        var code = new CouponCode(written.Value);
        var again = new CouponCode(code.Key);

        Assert.Equal(code.Key, again.Key);
        Assert.Equal(code.Key, again.Text);
        Assert.Equal(code, again);
        Assert.DoesNotContain(code.Key, c => c is 'O' or 'I' or 'L' or '-' or ' ' || char.IsLower(c));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Case_spaces_and_hyphens_never_change_the_coupon(CustomerId written, bool[] upper, NonNegativeInt[] separators)
    {
        // Up to three separator characters before each character: stay within the 200-character limit.
        var text = written.Value.Length > 50 ? written.Value[..50] : written.Value;
        var original = new CouponCode(text);
        var retyped = Retype(text, upper, separators);

        var code = new CouponCode(retyped);

        Assert.Equal(original, code);
        Assert.Equal(original.Key, code.Key);
        Assert.Equal(original.GetHashCode(), code.GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Codes_are_the_same_coupon_exactly_when_their_keys_are_ordinally_equal(CustomerId a, CustomerId b)
    {
        var one = new CouponCode(a.Value);
        var other = new CouponCode(b.Value);

        Assert.Equal(string.Equals(one.Key, other.Key, StringComparison.Ordinal), one == other);
        Assert.Equal(one == other, one.Equals(other));
        Assert.Equal(one != other, !one.Equals((object)other));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Changing_one_character_to_another_that_is_not_its_confusable_makes_another_coupon(CustomerId written, NonNegativeInt position)
    {
        var original = new CouponCode(written.Value);
        var at = position.Get % original.Key.Length;
        var replacement = original.Key[at] == 'Q' ? "R" : "Q";
        var changed = new CouponCode(original.Key.Remove(at, 1).Insert(at, replacement));

        Assert.NotEqual(original, changed);
    }

    // Changes the case of the letters by the flags and inserts a run of spaces and hyphens before a
    // character where the separator numbers say so, cycling through both lists.
    private static string Retype(string text, bool[] upper, NonNegativeInt[] separators)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (separators.Length > 0)
            {
                builder.Append((separators[i % separators.Length].Get % 4) switch
                {
                    1 => "-",
                    2 => " ",
                    3 => " - ",
                    _ => string.Empty,
                });
            }

            var c = text[i];
            var toUpper = upper.Length > 0 && upper[i % upper.Length];
            builder.Append(toUpper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
