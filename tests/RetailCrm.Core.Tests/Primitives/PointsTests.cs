namespace RetailCrm.Tests.Primitives;

using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Testing;

public sealed class PointsTests
{
    [Fact]
    public void Adding_past_the_largest_long_throws_overflow()
    {
        Assert.Throws<OverflowException>(() => Points.Of(long.MaxValue) + Points.Of(1));
        Assert.Throws<OverflowException>(() => Points.Of(long.MaxValue).Add(Points.Of(1)));
    }

    [Fact]
    public void Subtracting_past_the_smallest_long_throws_overflow()
    {
        Assert.Throws<OverflowException>(() => Points.Of(long.MinValue) - Points.Of(1));
        Assert.Throws<OverflowException>(() => Points.Of(long.MinValue).Subtract(Points.Of(1)));
        Assert.Throws<OverflowException>(() => Points.Of(0) - Points.Of(long.MinValue));
    }

    [Fact]
    public void Negating_the_smallest_long_throws_overflow()
    {
        Assert.Throws<OverflowException>(() => -Points.Of(long.MinValue));
        Assert.Throws<OverflowException>(() => Points.Of(long.MinValue).Negate());
    }

    [Fact]
    public void Arithmetic_right_at_the_limits_does_not_throw()
    {
        Assert.Equal(long.MaxValue, (Points.Of(long.MaxValue - 1) + Points.Of(1)).Value);
        Assert.Equal(long.MinValue, (Points.Of(long.MinValue + 1) - Points.Of(1)).Value);
        Assert.Equal(-long.MaxValue, (-Points.Of(long.MaxValue)).Value);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Adding_and_subtracting_follow_the_values(Points a, Points b)
    {
        Assert.Equal(a.Value + b.Value, (a + b).Value);
        Assert.Equal(a.Value - b.Value, (a - b).Value);
        Assert.Equal(-a.Value, (-a).Value);
        Assert.Equal(a + b, b + a);
        Assert.Equal(a, a + b - b);
        Assert.Equal(a - b, a + (-b));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Addition_is_associative_with_zero_as_identity(Points a, Points b, Points c)
    {
        Assert.Equal((a + b) + c, a + (b + c));
        Assert.Equal(a, a + Points.Zero);
        Assert.True((a + (-a)).IsZero);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Ordering_is_consistent_with_the_value(Points a, Points b)
    {
        Assert.Equal(a.Value < b.Value, a < b);
        Assert.Equal(a.Value > b.Value, a > b);
        Assert.Equal(a.Value <= b.Value, a <= b);
        Assert.Equal(a.Value >= b.Value, a >= b);
        Assert.Equal(Math.Sign(a.Value.CompareTo(b.Value)), Math.Sign(a.CompareTo(b)));
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Equality_and_hash_code_are_consistent_with_the_value(Points a, Points b)
    {
        Assert.Equal(a.Value == b.Value, a == b);
        Assert.Equal(a.Value != b.Value, a != b);
        Assert.Equal(a.Value == b.Value, a.Equals((object)b));
        Assert.Equal(a, Points.Of(a.Value));
        Assert.Equal(a.GetHashCode(), Points.Of(a.Value).GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Min_and_max_pick_the_smaller_and_the_larger(Points a, Points b)
    {
        var min = Points.Min(a, b);
        var max = Points.Max(a, b);

        Assert.Equal(Math.Min(a.Value, b.Value), min.Value);
        Assert.Equal(Math.Max(a.Value, b.Value), max.Value);
        Assert.Equal(a + b, min + max);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Sign_properties_follow_the_value(Points points)
    {
        Assert.Equal(points.Value == 0, points.IsZero);
        Assert.Equal(points.Value > 0, points.IsPositive);
        Assert.Equal(points.Value < 0, points.IsNegative);
    }

    [Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]
    public void Generated_points_stay_below_the_documented_magnitude(Points points)
    {
        Assert.True(Math.Abs(points.Value) < PrimitiveArbitraries.MaxMagnitude);
    }

    [Fact]
    public void Zero_is_zero_points()
    {
        Assert.Equal(0, Points.Zero.Value);
        Assert.True(Points.Zero.IsZero);
        Assert.False(Points.Zero.IsPositive);
        Assert.False(Points.Zero.IsNegative);
        Assert.Equal(Points.Of(0), default(Points));
    }

    [Fact]
    public void Of_keeps_the_value_including_negative_balances()
    {
        Assert.Equal(1200, Points.Of(1200).Value);
        Assert.Equal(-300, Points.Of(-300).Value);
        Assert.True(Points.Of(-300).IsNegative);
    }

    [Theory]
    [InlineData(0, "0 pts")]
    [InlineData(1, "1 pt")]
    [InlineData(-1, "-1 pt")]
    [InlineData(2, "2 pts")]
    [InlineData(999, "999 pts")]
    [InlineData(1200, "1,200 pts")]
    [InlineData(-1200, "-1,200 pts")]
    [InlineData(1234567, "1,234,567 pts")]
    public void To_string_shows_the_number_with_group_separators_and_the_unit_singular_for_one(long value, string expected)
    {
        Assert.Equal(expected, Points.Of(value).ToString());
    }

    [Fact]
    public void Min_and_max_of_worked_values()
    {
        Assert.Equal(Points.Of(-5), Points.Min(Points.Of(3), Points.Of(-5)));
        Assert.Equal(Points.Of(3), Points.Max(Points.Of(3), Points.Of(-5)));
    }
}
