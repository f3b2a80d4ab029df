namespace RetailCrm.Testing;

using FsCheck;
using FsCheck.Fluent;
using RetailCrm.Primitives;

/// <summary>
/// FsCheck arbitraries (generator and shrinker) for the primitives of RetailCrm: currencies,
/// rounded amounts of money, points, percentages and the strongly typed identifiers. Use as
/// <c>[Property(Arbitrary = new[] { typeof(PrimitiveArbitraries) })]</c>; FsCheck then generates
/// every parameter of these types with the generators below. The <c>...Gen</c> methods expose the
/// generators themselves for composing scenarios of your own.
/// </summary>
/// <remarks>
/// Generated values are valid by construction: amounts are rounded to their currency's minor unit,
/// percentages are not negative, identifiers pass validation. Magnitudes stay far enough from the
/// limits of <see cref="long"/> and <see cref="decimal"/> that sums, differences and negations of a
/// few generated values never overflow.
/// </remarks>
public static class PrimitiveArbitraries
{
    /// <summary>The bound on the magnitude of a generated amount in minor units or of generated points: 10^15, exclusive.</summary>
    public const long MaxMagnitude = 1_000_000_000_000_000L;

    private const string IdentifierStart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789会员订单张李é";
    private const string IdentifierRest = IdentifierStart + " -_:./#@+";

    /// <summary>The currencies the library knows (<see cref="Currency.All"/>), CNY first when shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Currency> Currencies() =>
        Arb.From(CurrencyGen(), c => c == Currency.CNY ? [] : [Currency.CNY]);

    /// <summary>Rounded amounts in a random known currency: negative, zero and positive, small and large.</summary>
    /// <returns>The arbitrary; shrinks the amount towards zero and the currency towards CNY.</returns>
    public static Arbitrary<Money> Amounts() => Arb.From(MoneyGen(), ShrinkMoney);

    /// <summary>Points: negative, zero and positive, small and large (at most <see cref="MaxMagnitude"/> in magnitude).</summary>
    /// <returns>The arbitrary; shrinks towards zero.</returns>
    public static Arbitrary<Points> PointAmounts() =>
        Arb.From(PointsGen(), p => ShrinkWhole(p.Value).Select(Points.Of));

    /// <summary>Percentages from 0% to 500%, mostly within 0% to 100%, with up to four decimals.</summary>
    /// <returns>The arbitrary; shrinks towards 0% and whole percentages.</returns>
    public static Arbitrary<Percentage> Percentages() => Arb.From(PercentageGen(), ShrinkPercentage);

    /// <summary>Valid customer identifiers.</summary>
    /// <returns>The arbitrary; shrinks towards shorter identifiers.</returns>
    public static Arbitrary<CustomerId> CustomerIds() =>
        Arb.From(IdentifierTextGen().Select(v => new CustomerId(v)), id => ShrinkIdentifier(id.Value).Select(v => new CustomerId(v)));

    /// <summary>Valid order identifiers.</summary>
    /// <returns>The arbitrary; shrinks towards shorter identifiers.</returns>
    public static Arbitrary<OrderId> OrderIds() =>
        Arb.From(IdentifierTextGen().Select(v => new OrderId(v)), id => ShrinkIdentifier(id.Value).Select(v => new OrderId(v)));

    /// <summary>Valid refund identifiers.</summary>
    /// <returns>The arbitrary; shrinks towards shorter identifiers.</returns>
    public static Arbitrary<RefundId> RefundIds() =>
        Arb.From(IdentifierTextGen().Select(v => new RefundId(v)), id => ShrinkIdentifier(id.Value).Select(v => new RefundId(v)));

    /// <summary>Valid category identifiers.</summary>
    /// <returns>The arbitrary; shrinks towards shorter identifiers.</returns>
    public static Arbitrary<CategoryId> CategoryIds() =>
        Arb.From(IdentifierTextGen().Select(v => new CategoryId(v)), id => ShrinkIdentifier(id.Value).Select(v => new CategoryId(v)));

    /// <summary>Valid SKUs.</summary>
    /// <returns>The arbitrary; shrinks towards shorter identifiers.</returns>
    public static Arbitrary<Sku> Skus() =>
        Arb.From(IdentifierTextGen().Select(v => new Sku(v)), id => ShrinkIdentifier(id.Value).Select(v => new Sku(v)));

    /// <summary>Valid idempotency keys.</summary>
    /// <returns>The arbitrary; shrinks towards shorter keys.</returns>
    public static Arbitrary<IdempotencyKey> IdempotencyKeys() =>
        Arb.From(IdentifierTextGen().Select(v => new IdempotencyKey(v)), k => ShrinkIdentifier(k.Value).Select(v => new IdempotencyKey(v)));

    /// <summary>The generator behind <see cref="Currencies"/>.</summary>
    /// <returns>A generator of the known currencies.</returns>
    public static Gen<Currency> CurrencyGen() => Gen.Elements(Currency.All.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray());

    /// <summary>The generator behind <see cref="Amounts"/>.</summary>
    /// <returns>A generator of rounded amounts, negative, zero or positive, in a random known currency.</returns>
    public static Gen<Money> MoneyGen() =>
        from currency in CurrencyGen()
        from amount in MoneyGen(currency)
        select amount;

    /// <summary>Rounded amounts in one currency, negative, zero or positive.</summary>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Gen<Money> MoneyGen(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return WholeGen().Select(units => Money.FromMinorUnits(units, currency));
    }

    /// <summary>Rounded amounts in one currency that are zero or positive, e.g. prices and order totals.</summary>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Gen<Money> NonNegativeMoneyGen(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return WholeGen().Select(units => Money.FromMinorUnits(Math.Abs(units), currency));
    }

    /// <summary>Rounded CNY amounts that are zero or positive, e.g. prices, line amounts and order totals.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Money> NonNegativeCnyMoneyGen() => NonNegativeMoneyGen(Currency.CNY);

    /// <summary>The generator behind <see cref="PointAmounts"/>.</summary>
    /// <returns>A generator of points, negative, zero or positive.</returns>
    public static Gen<Points> PointsGen() => WholeGen().Select(Points.Of);

    /// <summary>The generator behind <see cref="Percentages"/>.</summary>
    /// <returns>A generator of percentages.</returns>
    public static Gen<Percentage> PercentageGen() =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 100m)),
            (5, Gen.Choose(0, 10_000).Select(hundredths => hundredths / 100m)),
            (2, Gen.Choose(0, 1_000_000).Select(tenThousandths => tenThousandths / 10_000m)),
            (1, Gen.Choose(100, 500).Select(whole => (decimal)whole)))
        .Select(Percentage.FromPercent);

    /// <summary>The generator behind the identifier arbitraries: valid identifier text.</summary>
    /// <returns>
    /// A generator of 1 to 200 characters (mostly up to 24) of letters, digits, CJK characters,
    /// punctuation and inner spaces, never starting with a space.
    /// </returns>
    public static Gen<string> IdentifierTextGen() =>
        from length in Gen.Frequency((8, Gen.Choose(1, 24)), (1, Gen.Choose(25, 199)), (1, Gen.Constant(200)))
        from first in Gen.Elements(IdentifierStart.ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements(IdentifierRest.ToCharArray()), length - 1)
        select first + new string(rest);

    private static Gen<long> WholeGen() =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (3, Gen.Choose(-1_000, 1_000).Select(v => (long)v)),
            (3, Gen.Choose(-10_000_000, 10_000_000).Select(v => (long)v)),
            (2, from high in Gen.Choose(-999_999_999, 999_999_999)
                from low in Gen.Choose(0, 999_999)
                select (high * 1_000_000L) + (high < 0 ? -low : low)));

    private static IEnumerable<long> ShrinkWhole(long value)
    {
        if (value == 0)
        {
            yield break;
        }

        yield return 0;
        if (value < 0)
        {
            yield return -value;
        }

        // value - value/2, value - value/4, ..., value - 1: halves the distance to zero first.
        for (var distance = value / 2; distance != 0; distance /= 2)
        {
            yield return value - distance;
        }
    }

    private static IEnumerable<Money> ShrinkMoney(Money value)
    {
        if (value.Currency != Currency.CNY)
        {
            yield return Money.FromMinorUnits(value.ToMinorUnits(), Currency.CNY);
        }

        foreach (var units in ShrinkWhole(value.ToMinorUnits()))
        {
            yield return Money.FromMinorUnits(units, value.Currency);
        }
    }

    private static IEnumerable<Percentage> ShrinkPercentage(Percentage value)
    {
        if (value == Percentage.Zero)
        {
            yield break;
        }

        yield return Percentage.Zero;
        var whole = decimal.Truncate(value.Value);
        if (whole != value.Value)
        {
            yield return Percentage.FromPercent(whole);
        }
        else if (whole > 1m)
        {
            yield return Percentage.FromPercent(decimal.Truncate(whole / 2m));
        }
    }

    private static IEnumerable<string> ShrinkIdentifier(string value)
    {
        if (value.Length > 1)
        {
            yield return value[..1];
            if (value.Length > 3)
            {
                yield return value[..(value.Length / 2)];
            }

            if (value.Length > 2)
            {
                yield return value[..^1];
            }
        }
    }
}
