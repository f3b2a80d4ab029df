namespace RetailCrm.Tests.Primitives;

using FsCheck;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class IdentifierTests
{
    private static readonly char[] ControlCharacters =
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)];

    /// <summary>Every strongly typed identifier, by name, with its constructor and its value.</summary>
    private static readonly Dictionary<string, (Func<string, object> Create, Func<object, string> Value)> Kinds = new(StringComparer.Ordinal)
    {
        ["CustomerId"] = (v => new CustomerId(v), id => ((CustomerId)id).Value),
        ["OrderId"] = (v => new OrderId(v), id => ((OrderId)id).Value),
        ["RefundId"] = (v => new RefundId(v), id => ((RefundId)id).Value),
        ["CategoryId"] = (v => new CategoryId(v), id => ((CategoryId)id).Value),
        ["Sku"] = (v => new Sku(v), id => ((Sku)id).Value),
        ["IdempotencyKey"] = (v => new IdempotencyKey(v), id => ((IdempotencyKey)id).Value),
    };

    public static TheoryData<string> KindNames => new(Kinds.Keys);

    public static TheoryData<string, string?> InvalidValues
    {
        get
        {
            var data = new TheoryData<string, string?>();
            string?[] values =
            [
                null, string.Empty, " ", "   ", "\t", "\r\n", "\u00a0\u2003",
                new string('x', 201), new string('订', 300),
                "order\n1", "a\0b", "\u001bcustomer", "sku\u007f", "key\u0085", "\u0001",
                "c-1\u202e", "o\u200d1", "line\u2028break", "para\u2029graph",
            ];
            foreach (var kind in Kinds.Keys)
            {
                foreach (var value in values)
                {
                    data.Add(kind, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Blank_too_long_or_control_character_values_throw_naming_the_value(string kind, string? value)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => Kinds[kind].Create(value!));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Values_of_exactly_two_hundred_characters_are_accepted(string kind)
    {
        var value = new string('7', 200);

        Assert.Equal(value, Kinds[kind].Value(Kinds[kind].Create(value)));
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Values_with_inner_spaces_punctuation_and_cjk_characters_are_kept_as_written(string kind)
    {
        const string value = " 会员 order-1001:earn/2026 ";

        Assert.Equal(value, Kinds[kind].Value(Kinds[kind].Create(value)));
        Assert.Equal(value, Kinds[kind].Create(value).ToString());
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Equality_is_ordinal_and_case_sensitive(string kind)
    {
        var create = Kinds[kind].Create;

        Assert.Equal(create("order-1"), create("order-1"));
        Assert.NotEqual(create("ORDER-1"), create("order-1"));
        Assert.NotEqual(create("order-1 "), create("order-1"));
        Assert.NotEqual(create("caf\u00e9"), create("cafe\u0301"));
        Assert.Equal(create("order-1").GetHashCode(), create(new string("order-1".ToCharArray())).GetHashCode());
    }

    [Fact]
    public void Typed_identifiers_compare_with_operators()
    {
        Assert.True(new CustomerId("c-1") == new CustomerId("c-1"));
        Assert.True(new CustomerId("c-1") != new CustomerId("C-1"));
        Assert.True(new OrderId("o-1") == new OrderId("o-1"));
        Assert.True(new IdempotencyKey("k") != new IdempotencyKey("K"));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Customer_ids_equal_exactly_when_their_values_are_ordinally_equal(CustomerId a, CustomerId b)
    {
        Assert.Equal(string.Equals(a.Value, b.Value, StringComparison.Ordinal), a == b);
        Assert.Equal(a, new CustomerId(a.Value));
        Assert.Equal(a.GetHashCode(), new CustomerId(a.Value).GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Order_ids_equal_exactly_when_their_values_are_ordinally_equal(OrderId a, OrderId b)
    {
        Assert.Equal(string.Equals(a.Value, b.Value, StringComparison.Ordinal), a == b);
        Assert.Equal(a, new OrderId(a.Value));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Idempotency_keys_equal_exactly_when_their_values_are_ordinally_equal(IdempotencyKey a, IdempotencyKey b)
    {
        Assert.Equal(string.Equals(a.Value, b.Value, StringComparison.Ordinal), a == b);
        Assert.Equal(a, new IdempotencyKey(a.Value));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void To_string_is_the_value(CustomerId customer, OrderId order, RefundId refund, CategoryId category, Sku sku, IdempotencyKey key)
    {
        Assert.Equal(customer.Value, customer.ToString());
        Assert.Equal(order.Value, order.ToString());
        Assert.Equal(refund.Value, refund.ToString());
        Assert.Equal(category.Value, category.ToString());
        Assert.Equal(sku.Value, sku.ToString());
        Assert.Equal(key.Value, key.ToString());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Every_generated_value_is_a_valid_identifier_of_every_kind(CustomerId generated)
    {
        Assert.InRange(generated.Value.Length, 1, 200);
        foreach (var kind in Kinds.Values)
        {
            Assert.Equal(generated.Value, kind.Value(kind.Create(generated.Value)));
        }
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void A_control_character_anywhere_makes_a_value_invalid(OrderId valid, NonNegativeInt position, NonNegativeInt which)
    {
        var at = position.Get % (valid.Value.Length + 1);
        var control = ControlCharacters[which.Get % ControlCharacters.Length];
        var value = valid.Value.Insert(at, new string(control, 1));

        foreach (var kind in Kinds.Values)
        {
            var exception = Assert.ThrowsAny<ArgumentException>(() => kind.Create(value));
            Assert.Equal("value", exception.ParamName);
        }
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void A_value_longer_than_two_hundred_characters_is_invalid(IdempotencyKey valid, NonNegativeInt extra)
    {
        var value = valid.Value + new string('x', 201 - valid.Value.Length + (extra.Get % 50));

        foreach (var kind in Kinds.Values)
        {
            var exception = Assert.ThrowsAny<ArgumentException>(() => kind.Create(value));
            Assert.Equal("value", exception.ParamName);
        }
    }

    [Fact]
    public void A_default_identifier_has_an_empty_value_rather_than_null()
    {
        Assert.Equal(string.Empty, default(CustomerId).Value);
        Assert.Equal(string.Empty, default(OrderId).ToString());
    }
}
