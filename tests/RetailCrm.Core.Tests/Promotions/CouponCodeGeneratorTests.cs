namespace RetailCrm.Tests.Promotions;

using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;
using RetailCrm.Promotions;

[Properties(MaxTest = 300)]
public sealed class CouponCodeGeneratorTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // Low five bits: 7 20 2 27 31 0 1 13 21 10, i.e. "7M2VZ01DNA"; its Luhn mod 32 check character is M.
    private static readonly byte[] KnownBytes = [0xE7, 0x14, 0x62, 0x9B, 0x3F, 0x80, 0x21, 0xCD, 0x55, 0x0A];

    [Fact]
    public void Known_random_bytes_give_a_known_code()
    {
        using var random = new FixedBytes(KnownBytes);

        var code = new CouponCodeGenerator().Next(random);

        Assert.Equal("7M2V-Z01D-NAM", code.Text);
        Assert.Equal("7M2VZ01DNAM", code.Key);
        Assert.Equal(10, random.Drawn);
    }

    [Fact]
    public void Only_the_low_five_bits_of_each_byte_choose_a_character()
    {
        using var low = new FixedBytes([.. KnownBytes.Select(b => (byte)(b & 31))]);
        using var high = new FixedBytes([.. KnownBytes.Select(b => (byte)(b | 0xE0))]);
        var generator = new CouponCodeGenerator(10, 0);

        Assert.Equal("7M2VZ01DNAM", generator.Next(low).Text);
        Assert.Equal("7M2VZ01DNAM", generator.Next(high).Text);
    }

    [Theory]
    [InlineData(4, 0, "7M2VQ")]
    [InlineData(4, 2, "7M-2V-Q")]
    [InlineData(4, 4, "7M2V-Q")]
    [InlineData(10, 3, "7M2-VZ0-1DN-AM")]
    [InlineData(10, 10, "7M2VZ01DNA-M")]
    [InlineData(10, 0, "7M2VZ01DNAM")]
    public void The_text_groups_the_characters_and_the_check_character_from_the_left(int length, int groupSize, string expected)
    {
        using var random = new FixedBytes(KnownBytes);

        var code = new CouponCodeGenerator(length, groupSize).Next(random);

        Assert.Equal(expected, code.Text);
        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(code));
    }

    [Fact]
    public void A_batch_draws_one_code_after_another_from_the_random_bytes()
    {
        using var random = new FixedBytes([.. Enumerable.Range(0, 30).Select(i => (byte)(i * 9 % 256))]);

        var codes = new CouponCodeGenerator(10, 0).Next(3, random);

        Assert.Equal(["09JV4DPZ8H7", "T3CNY7GS2B2", "MX6FR1AKW5W"], codes.Select(c => c.Text));
        Assert.Equal(30, random.Drawn);
    }

    [Fact]
    public void A_batch_skips_a_code_already_drawn()
    {
        using var random = new FixedBytes(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);

        var codes = new CouponCodeGenerator(4, 0).Next(2, random);

        Assert.Equal(["00000", "1000Z"], codes.Select(c => c.Text));
        Assert.Equal(12, random.Drawn);
    }

    [Fact]
    public void A_batch_from_a_generator_that_keeps_repeating_itself_throws_rather_than_waiting_forever()
    {
        using var random = new FixedBytes(KnownBytes);
        var generator = new CouponCodeGenerator();

        Assert.Single(generator.Next(1, random));
        Assert.Throws<InvalidOperationException>(() => generator.Next(2, random));
    }

    [Fact]
    public void A_large_batch_of_short_codes_has_no_duplicates_although_the_draws_collide()
    {
        using var random = RandomNumberGenerator.Create();

        var codes = new CouponCodeGenerator(4, 0).Next(200_000, random);

        Assert.Equal(200_000, codes.Count);
        Assert.Equal(200_000, codes.Distinct().Count());
        Assert.Equal(200_000, codes.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Default_codes_have_ten_random_characters_and_a_check_character_in_groups_of_four()
    {
        using var random = RandomNumberGenerator.Create();
        var generator = new CouponCodeGenerator();

        var code = generator.Next(random);

        Assert.Equal(10, generator.Length);
        Assert.Equal(4, generator.GroupSize);
        Assert.Matches(new Regex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$", RegexOptions.None, TimeSpan.FromSeconds(1)), code.Text);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(33)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_length_outside_four_to_thirty_two_throws_naming_the_length(int length)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new CouponCodeGenerator(length, 0));

        Assert.Equal("length", exception.ParamName);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(10, -1)]
    [InlineData(10, 11)]
    [InlineData(4, 5)]
    [InlineData(32, 33)]
    [InlineData(10, int.MinValue)]
    public void A_group_size_other_than_zero_or_two_to_the_length_throws_naming_the_group_size(int length, int groupSize)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new CouponCodeGenerator(length, groupSize));

        Assert.Equal("groupSize", exception.ParamName);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(4, 2)]
    [InlineData(4, 4)]
    [InlineData(32, 2)]
    [InlineData(32, 32)]
    public void Lengths_and_group_sizes_at_the_limits_are_accepted(int length, int groupSize)
    {
        using var random = RandomNumberGenerator.Create();
        var generator = new CouponCodeGenerator(length, groupSize);

        var code = generator.Next(random);

        Assert.Equal(length, generator.Length);
        Assert.Equal(groupSize, generator.GroupSize);
        Assert.Equal(length + 1, code.Key.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    [InlineData(int.MaxValue)]
    public void A_batch_size_outside_one_to_a_million_throws_naming_the_count(int count)
    {
        using var random = RandomNumberGenerator.Create();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new CouponCodeGenerator().Next(count, random));

        Assert.Equal("count", exception.ParamName);
    }

    [Fact]
    public void A_missing_random_number_generator_throws_naming_it()
    {
        var generator = new CouponCodeGenerator();

        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => generator.Next(null!)).ParamName);
        Assert.Equal("random", Assert.Throws<ArgumentNullException>(() => generator.Next(5, null!)).ParamName);
    }

    [Theory]
    [InlineData("00", true)]
    [InlineData("1Y", true)]
    [InlineData("7M2V-Z01D-NAM", true)]
    [InlineData("7m2v z01d nam", true)]
    [InlineData("7M2V-ZOlD-NAM", true)]
    [InlineData("GOLD-50-G", true)]
    [InlineData("GOLD50", false)]
    [InlineData("7M2V-Z01D-NAN", false)]
    [InlineData("7M2V-Z01D-NA", false)]
    [InlineData("7M2V-Z01D-NAMM", false)]
    [InlineData("0", false)]
    [InlineData("Y", false)]
    [InlineData("U0", false)]
    [InlineData("0U", false)]
    [InlineData("7M2V_Z01D_NAM", false)]
    [InlineData("会员", false)]
    public void The_check_character_is_checked_on_the_key(string typed, bool valid)
    {
        Assert.Equal(valid, CouponCodeGenerator.HasValidCheckCharacter(new CouponCode(typed)));
    }

    [Fact]
    public void A_default_code_has_no_valid_check_character()
    {
        Assert.False(CouponCodeGenerator.HasValidCheckCharacter(default));
    }

    [Property]
    public void Every_generated_code_has_a_valid_check_character(NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes)
    {
        var code = Generate(length, groupSize, bytes);

        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(code), code.Text);
    }

    [Property]
    public void Generated_codes_use_only_the_crockford_alphabet_and_never_I_L_O_or_U(NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes)
    {
        var code = Generate(length, groupSize, bytes);

        Assert.All(code.Text, c => Assert.True(c == '-' || Alphabet.Contains(c, StringComparison.Ordinal), $"{c} in {code.Text}"));
        Assert.DoesNotContain(code.Text, c => c is 'I' or 'L' or 'O' or 'U' or 'i' or 'l' or 'o' or 'u');
        Assert.Equal(code.Key, code.Text.Replace("-", string.Empty, StringComparison.Ordinal));
    }

    [Property]
    public void A_mistyped_character_is_never_accepted(NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes)
    {
        var key = Generate(length, groupSize, bytes).Key;

        for (var at = 0; at < key.Length; at++)
        {
            foreach (var wrong in Alphabet.Where(c => c != key[at]))
            {
                var typed = new CouponCode(key.Remove(at, 1).Insert(at, wrong.ToString()));

                Assert.False(CouponCodeGenerator.HasValidCheckCharacter(typed), $"{typed} accepted for {key}");
            }
        }
    }

    [Property]
    public void Swapping_two_different_neighbours_is_caught_unless_they_are_0_and_Z(NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes)
    {
        var key = Generate(length, groupSize, bytes).Key;

        for (var at = 0; at + 1 < key.Length; at++)
        {
            if (key[at] != key[at + 1])
            {
                var typed = new CouponCode(Swap(key, at));
                var zeroAndZ = (key[at], key[at + 1]) is ('0', 'Z') or ('Z', '0');

                Assert.Equal(zeroAndZ, CouponCodeGenerator.HasValidCheckCharacter(typed));
            }
        }
    }

    [Fact]
    public void Of_all_swaps_of_two_different_neighbours_exactly_the_0_and_Z_swaps_go_unnoticed()
    {
        var generator = new CouponCodeGenerator(6, 0);
        var missed = new List<string>();
        var swaps = 0;

        // Every ordered pair of different characters at every neighbouring position, the check character included.
        for (var at = 0; at < generator.Length; at++)
        {
            for (var a = 0; a < 32; a++)
            {
                for (var b = 0; b < 32; b++)
                {
                    if (a == b)
                    {
                        continue;
                    }

                    var code = PlacePair(generator, at, a, b);
                    swaps++;
                    if (CouponCodeGenerator.HasValidCheckCharacter(new CouponCode(Swap(code.Key, at))))
                    {
                        missed.Add($"{code.Key[at]}{code.Key[at + 1]}");
                    }
                }
            }
        }

        Assert.Equal(6 * 32 * 31, swaps);
        // The true rate: 2 of the 992 ordered pairs (1 of 496 pairs), about 0.2%, wherever the pair sits.
        Assert.Equal(6 * 2, missed.Count);
        Assert.All(missed, pair => Assert.True(pair is "0Z" or "Z0", pair));
    }

    [Fact]
    public void Swapping_characters_one_apart_and_some_twin_errors_go_unnoticed()
    {
        // These are the limits of the Luhn mod 32 check the generator documents, not defects to fix.
        using var random = new FixedBytes(10, 11, 12, 0, 0, 5, 6, 7);
        var key = new CouponCodeGenerator(8, 0).Next(random).Key;

        Assert.StartsWith("ABC00", key, StringComparison.Ordinal);
        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(new CouponCode("CBA" + key[3..])));
        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(new CouponCode("ABCNN" + key[5..])));
    }

    [Property]
    public void A_code_typed_in_lower_case_with_other_grouping_and_confusable_letters_is_the_same_coupon(
        NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes, PositiveInt regroup, bool spaces, bool confusables)
    {
        var code = Generate(length, groupSize, bytes);
        var lower = code.Key.ToLowerInvariant();
        if (confusables)
        {
            lower = lower.Replace('0', 'o').Replace('1', 'l');
        }

        var separator = spaces ? " " : "-";
        var typed = new CouponCode(string.Join(separator, lower.Chunk(regroup.Get).Select(chunk => new string(chunk))));

        Assert.Equal(code, typed);
        Assert.Equal(code.GetHashCode(), typed.GetHashCode());
        Assert.True(CouponCodeGenerator.HasValidCheckCharacter(typed));
    }

    [Property(MaxTest = 50)]
    public void A_batch_never_holds_the_same_coupon_twice(PositiveInt count)
    {
        using var random = RandomNumberGenerator.Create();
        var size = 1 + (count.Get % 5_000);

        // Four random characters make collisions within a batch likely enough to be exercised.
        var codes = new CouponCodeGenerator(4, 2).Next(size, random);

        Assert.Equal(size, codes.Count);
        Assert.Equal(size, codes.Distinct().Count());
        Assert.All(codes, code => Assert.True(CouponCodeGenerator.HasValidCheckCharacter(code)));
    }

    private static CouponCode Generate(NonNegativeInt length, NonNegativeInt groupSize, NonEmptyArray<byte> bytes)
    {
        var characters = 4 + (length.Get % 29);
        var group = groupSize.Get % (characters + 1);
        using var random = new FixedBytes(bytes.Get);
        return new CouponCodeGenerator(characters, group == 1 ? 0 : group).Next(random);
    }

    // A generated code whose characters at and after the position are the alphabet characters a and b.
    private static CouponCode PlacePair(CouponCodeGenerator generator, int at, int a, int b)
    {
        var bytes = new byte[generator.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 7) + 3);
        }

        bytes[at] = (byte)a;
        if (at + 1 < bytes.Length)
        {
            bytes[at + 1] = (byte)b;
            using var random = new FixedBytes(bytes);
            return generator.Next(random);
        }

        // The pair ends in the check character: choose the character before it so that the check is b.
        for (var candidate = 0; candidate < 32; candidate++)
        {
            bytes[at - 1] = (byte)candidate;
            using var random = new FixedBytes(bytes);
            var code = generator.Next(random);
            if (code.Key[at + 1] == Alphabet[b])
            {
                return code;
            }
        }

        throw new InvalidOperationException("The check character can be any character.");
    }

    private static string Swap(string key, int at)
    {
        var characters = key.ToCharArray();
        (characters[at], characters[at + 1]) = (characters[at + 1], characters[at]);
        return new string(characters);
    }
}
