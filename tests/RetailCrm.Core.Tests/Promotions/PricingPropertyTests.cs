namespace RetailCrm.Tests.Promotions;

using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;
using Xunit.Sdk;

/// <summary>Invariants of the pricing engine over generated carts, shoppers and sets of promotions of every kind.</summary>
[Properties(Arbitrary = [typeof(PromotionArbitraries), typeof(PricingPropertyTests.Offers)], MaxTest = 200)]
public sealed class PricingPropertyTests
{
    private static readonly Sku AbsentSku = new("absent-sku");

    [Property]
    public void Totals_are_never_negative_and_every_line_ends_between_zero_and_its_list_price(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            Assert.False(priced.Total.IsNegative, $"total {priced.Total}");
            Assert.False(priced.Merchandise.IsNegative, $"merchandise {priced.Merchandise}");
            Assert.False(priced.ItemDiscount.IsNegative, $"item discount {priced.ItemDiscount}");
            Assert.False(priced.OrderDiscount.IsNegative, $"order discount {priced.OrderDiscount}");
            Assert.Equal(cart.Shipping, priced.Shipping);
            Assert.False(priced.ShippingDiscount.IsNegative, $"shipping discount {priced.ShippingDiscount}");
            Assert.True(priced.ShippingDiscount <= priced.Shipping, $"shipping discount {priced.ShippingDiscount} above shipping {priced.Shipping}");
            for (var i = 0; i < cart.Lines.Count; i++)
            {
                var line = priced.Lines[i];
                Assert.Same(cart.Lines[i], line.Line);
                Assert.Equal(Fen(line.Line.UnitPrice) * line.Line.Quantity, Fen(line.ListPrice));
                Assert.False(line.FinalPrice.IsNegative, $"{line} ends below zero");
                Assert.True(line.FinalPrice <= line.ListPrice, $"{line} ends above its list price");
                Assert.All(line.Adjustments, adjustment => Assert.True(adjustment.Amount.IsPositive, $"{line} has the adjustment {adjustment}"));
            }
        });

    [Property]
    public void Every_cent_of_discount_is_accounted_for_by_the_adjustments_and_the_decisions(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            foreach (var line in priced.Lines)
            {
                Assert.Equal(Fen(line.ListPrice) - Fen(line.FinalPrice), line.Adjustments.Sum(a => Fen(a.Amount)));
            }

            var onLines = LineShares(priced);
            var decisions = priced.Decisions.ToDictionary(d => d.Promotion);
            Assert.All(priced.Lines.SelectMany(l => l.Adjustments), adjustment =>
            {
                Assert.True(decisions[adjustment.Promotion].Applied, $"{adjustment.Promotion} adjusts a line without applying");
                Assert.Equal(decisions[adjustment.Promotion].Class, adjustment.Class);
            });

            var shipping = 0L;
            foreach (var decision in priced.Decisions)
            {
                var lineShare = onLines.GetValueOrDefault(decision.Promotion);
                var shippingShare = Fen(decision.Discount) - lineShare;
                Assert.True(shippingShare >= 0, $"{decision.Promotion} took {decision.Discount} but its lines show {lineShare} fen");
                if (decision.Class == PromotionClass.Shipping)
                {
                    Assert.Equal(0, lineShare);
                }
                else
                {
                    Assert.Equal(0, shippingShare);
                }

                shipping += shippingShare;
            }

            Assert.Equal(Fen(priced.ShippingDiscount), shipping);
            Assert.Equal(Fen(priced.Discount), priced.Decisions.Sum(d => Fen(d.Discount)));
            Assert.Equal(Fen(priced.Subtotal) - Fen(priced.Discount) + Fen(priced.Shipping), Fen(priced.Total));
        });

    [Property]
    public void Order_discounts_are_spread_over_the_lines_exactly_and_never_over_stored_value(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            var onLines = LineShares(priced);
            foreach (var decision in priced.Decisions.Where(d => d.Class == PromotionClass.Order))
            {
                Assert.Equal(Fen(decision.Discount), onLines.GetValueOrDefault(decision.Promotion));
            }

            Assert.Equal(Fen(priced.OrderDiscount), priced.Decisions.Where(d => d.Class == PromotionClass.Order).Sum(d => Fen(d.Discount)));
            Assert.Equal(Fen(priced.ItemDiscount), priced.Decisions.Where(d => d.Class == PromotionClass.Item).Sum(d => Fen(d.Discount)));
            foreach (var line in priced.Lines.Where(l => l.Line.Kind == LineKind.StoredValue))
            {
                Assert.All(line.Adjustments, adjustment => Assert.True(adjustment.Class == PromotionClass.Item, $"stored value {line} has the order adjustment {adjustment}"));
            }
        });

    [Property]
    public void Pricing_the_same_cart_twice_gives_identical_results(Cart cart, Promotion[] promotions, Shopper shopper)
    {
        var engine = Engine(promotions);

        var first = engine.Price(cart, shopper, Shop.Now);
        var second = engine.Price(cart, shopper, Shop.Now);
        var fresh = Price(cart, promotions, shopper);

        Assert.Equal(Snapshot(first), Snapshot(second));
        Assert.Equal(Snapshot(first), Snapshot(fresh));
    }

    [Property]
    public void Pricing_does_not_depend_on_the_order_of_the_cart_lines(Cart cart, Promotion[] promotions, Shopper shopper, int seed)
    {
        var lines = cart.Lines.ToArray();
        new Random(seed).Shuffle(lines);
        var shuffled = new Cart(cart.Currency, lines) { Shipping = cart.Shipping };

        var original = Price(cart, promotions, shopper);
        var reordered = Price(shuffled, promotions, shopper);

        Assert.Equal(Totals(original), Totals(reordered));
        Assert.Equal(DecisionTexts(original), DecisionTexts(reordered));
        Assert.Equal(original.Lines.Select(LineText).Order(StringComparer.Ordinal), reordered.Lines.Select(LineText).Order(StringComparer.Ordinal));
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Same(lines[i], reordered.Lines[i].Line);
        }
    }

    [Property]
    public void Pricing_does_not_depend_on_the_order_the_promotions_are_declared_in(Cart cart, Promotion[] promotions, Shopper shopper, int seed)
    {
        var declared = promotions.ToArray();
        new Random(seed).Shuffle(declared);

        Assert.Equal(Snapshot(Price(cart, promotions, shopper)), Snapshot(Price(cart, declared, shopper)));
    }

    [Property]
    public void An_exclusive_promotion_that_applied_is_the_only_one_applied(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            var byId = promotions.ToDictionary(p => p.Id);
            var exclusive = priced.Applied.Where(d => byId[d.Promotion].Stacking == Stacking.Exclusive).ToArray();
            if (exclusive.Length > 0)
            {
                Assert.Equal([exclusive[0].Promotion], priced.Applied.Select(d => d.Promotion));
                Assert.All(priced.Lines.SelectMany(l => l.Adjustments), a => Assert.Equal(exclusive[0].Promotion, a.Promotion));
            }
        });

    [Property]
    public void No_promotion_takes_more_than_its_cap_per_order_or_its_budget(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            var byId = promotions.ToDictionary(p => p.Id);
            foreach (var decision in priced.Decisions)
            {
                var promotion = byId[decision.Promotion];
                if (promotion.MaxDiscountPerOrder is { } cap)
                {
                    Assert.True(decision.Discount <= cap, $"{decision.Promotion} took {decision.Discount}, capped at {cap}");
                }

                if (promotion.Limits.Budget is { } budget)
                {
                    Assert.True(decision.Discount <= budget, $"{decision.Promotion} took {decision.Discount}, with a budget of {budget}");
                }
            }
        });

    [Property]
    public void A_promotion_for_a_sku_no_cart_holds_changes_nothing_but_adds_its_own_decision(Cart cart, Promotion[] promotions, Shopper shopper)
    {
        // One such promotion considered before every other, and a copy of each generated promotion
        // aimed at the absent SKU, considered right after its original.
        var first = new Promotion(new PromotionId("absent-first"), "Absent SKU first", Reward.PercentOff(Percentage.FromPercent(50)))
        {
            Target = ProductSelector.Skus(AbsentSku),
            Priority = 100,
        };
        var copies = promotions.Select(template => new Promotion(new PromotionId(template.Id.Value + "-absent"), "Absent SKU copy of " + template.Name, template.Reward)
        {
            Target = ProductSelector.Skus(AbsentSku),
            Condition = template.Condition,
            Priority = template.Priority,
            Stacking = template.Stacking,
            CombinesWith = template.CombinesWith,
            PercentBase = template.PercentBase,
            MaxDiscountPerOrder = template.MaxDiscountPerOrder,
            Limits = template.Limits,
        }).ToArray();
        var added = copies.Append(first).Select(p => p.Id).ToHashSet();

        var without = Price(cart, promotions, shopper);
        Check(cart, [.. promotions, first, .. copies], shopper, with =>
        {
            Assert.Equal(Totals(without), Totals(with));
            Assert.Equal(without.Lines.Select(LineText), with.Lines.Select(LineText));
            Assert.Equal(DecisionTexts(without), DecisionTexts(with).Where((_, i) => !added.Contains(with.Decisions[i].Promotion)));

            var firstDecision = with.Decisions.Single(d => d.Promotion == first.Id);
            Assert.Equal(PromotionOutcome.NotApplied, firstDecision.Outcome);
            Assert.Equal(PromotionReason.NoMatchingItems, firstDecision.Reason);
            Assert.True(firstDecision.Discount.IsZero);

            // Exclusivity and combination are judged before the lines are looked at; past them, nothing matches.
            foreach (var copy in with.Decisions.Where(d => added.Contains(d.Promotion)))
            {
                Assert.Equal(PromotionOutcome.NotApplied, copy.Outcome);
                Assert.True(copy.Discount.IsZero);
                Assert.Contains(
                    copy.Reason,
                    new[] { PromotionReason.NoMatchingItems, PromotionReason.ExclusivePromotionApplied, PromotionReason.OtherPromotionsApplied, PromotionReason.DoesNotCombine });
            }
        });
    }

    [Property]
    public void Two_percentages_compound_on_the_reduced_price_and_never_make_a_line_free(Cart cart, PercentPair pair)
    {
        var first = new Promotion(new PromotionId("pct-a"), $"{pair.First} off", Reward.PercentOff(pair.First)) { Priority = pair.FirstPriority };
        var second = new Promotion(new PromotionId("pct-b"), $"{pair.Second} off", Reward.PercentOff(pair.Second)) { Priority = pair.SecondPriority };
        var shopper = new Shopper(new CustomerId("c-prop"));

        Check(cart, [first, second], shopper, priced =>
        {
            foreach (var line in priced.Lines)
            {
                var list = Fen(line.ListPrice);
                var final = Fen(line.FinalPrice);
                if (line.Line.Kind == LineKind.StoredValue)
                {
                    Assert.Equal(list, final);
                    continue;
                }

                var exact = list * (1m - pair.First.Fraction) * (1m - pair.Second.Fraction);
                Assert.True(Math.Abs(final - exact) <= 2m, $"{line} ends at {final} fen, compounding gives {exact}");
                Assert.True(exact < 1m || final > 0, $"{line} was made free, compounding gives {exact} fen");
            }
        });
    }

    [Property]
    public void Buy_x_get_y_discounts_at_most_the_cheapest_y_units_of_each_complete_group(Cart cart, BuyGetOffer offer)
    {
        var target = offer.Skus.Length == 0 ? ProductSelector.All : ProductSelector.Skus(offer.Skus);
        var promotion = new Promotion(new PromotionId("bxgy"), offer.ToString(), Reward.BuyXGetY(offer.Buy, offer.Get, offer.Off, offer.MaxApplications))
        {
            Target = target,
        };
        var shopper = new Shopper(new CustomerId("c-prop"));

        Check(cart, [promotion], shopper, priced =>
        {
            var units = cart.Lines.Where(target.Matches).SelectMany(l => Enumerable.Repeat(Fen(l.UnitPrice), l.Quantity)).Order().ToArray();
            var groupSize = offer.Buy + offer.Get;
            var decision = Assert.Single(priced.Decisions);
            var discount = Fen(decision.Discount);
            if (units.Length == 0)
            {
                Assert.Equal(PromotionReason.NoMatchingItems, decision.Reason);
                Assert.Equal(0, discount);
                return;
            }

            if (units.Length < groupSize)
            {
                Assert.Equal(PromotionOutcome.NotApplied, decision.Outcome);
                Assert.Equal(PromotionReason.BelowMinimumQuantity, decision.Reason);
                Assert.Equal(groupSize - units.Length, decision.MissingQuantity);
                Assert.Equal(0, discount);
                return;
            }

            var groups = Math.Min(units.Length / groupSize, offer.MaxApplications ?? int.MaxValue);
            var free = groups * offer.Get;
            var cheapest = units.Take(free).Sum();
            Assert.True(discount <= cheapest, $"took {discount} fen off, the {free} cheapest units are worth {cheapest}");
            if (offer.Off == Percentage.Hundred)
            {
                Assert.Equal(cheapest, discount);
                var given = 0L;
                foreach (var line in priced.Lines.Where(l => l.Line.UnitPrice.IsPositive))
                {
                    var off = line.Adjustments.Sum(a => Fen(a.Amount));
                    Assert.Equal(0, off % Fen(line.Line.UnitPrice));
                    given += off / Fen(line.Line.UnitPrice);
                }

                Assert.True(given <= free, $"gave {given} units away, at most {free}");
            }
        });
    }

    [Property]
    public void A_promotion_that_stops_further_ones_keeps_every_later_promotion_off_what_it_discounted(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            var byId = promotions.ToDictionary(p => p.Id);
            var position = priced.Decisions.Select((d, i) => (d.Promotion, i)).ToDictionary(x => x.Promotion, x => x.i);
            var onLines = LineShares(priced);
            foreach (var stopper in priced.Applied.Where(d => byId[d.Promotion].Stacking == Stacking.StopsFurther))
            {
                foreach (var line in priced.Lines.Where(l => l.Adjustments.Any(a => a.Promotion == stopper.Promotion)))
                {
                    Assert.All(line.Adjustments, a => Assert.True(
                        position[a.Promotion] <= position[stopper.Promotion],
                        $"{a.Promotion} adjusts {line} after {stopper.Promotion} stopped further promotions on it"));
                }

                if (Fen(stopper.Discount) > onLines.GetValueOrDefault(stopper.Promotion))
                {
                    Assert.All(
                        priced.Decisions.Where(d => d.Class == PromotionClass.Shipping && position[d.Promotion] > position[stopper.Promotion]),
                        d => Assert.True(d.Discount.IsZero, $"{d.Promotion} discounts shipping after {stopper.Promotion} stopped further promotions on it"));
                }
            }
        });

    [Property]
    public void Every_decision_explains_itself(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            Assert.Equal(promotions.Select(p => p.Id.Value).Order(StringComparer.Ordinal), priced.Decisions.Select(d => d.Promotion.Value).Order(StringComparer.Ordinal));
            foreach (var decision in priced.Decisions)
            {
                Assert.False(string.IsNullOrWhiteSpace(decision.Message), $"{decision.Promotion} has no message");
                Assert.False(decision.Discount.IsNegative);
                if (decision.Applied)
                {
                    Assert.Equal(PromotionReason.Applied, decision.Reason);
                }
                else
                {
                    Assert.NotEqual(PromotionReason.Applied, decision.Reason);
                    Assert.True(decision.Discount.IsZero, $"{decision.Promotion} did not apply but took {decision.Discount}");
                }

                if (decision.Hint is not null)
                {
                    Assert.True(decision.Shortfall is { IsPositive: true } || decision.MissingQuantity > 0, $"{decision.Promotion} hints '{decision.Hint}' with nothing missing");
                }

                Assert.True(decision.Shortfall is null or { IsPositive: true }, $"{decision.Promotion} is short of {decision.Shortfall}");
                Assert.True(decision.MissingQuantity is null or > 0, $"{decision.Promotion} misses {decision.MissingQuantity} units");
                if (!decision.Applied && decision.Reason == PromotionReason.BelowMinimumSpend)
                {
                    Assert.True(decision.Shortfall is { IsPositive: true }, $"{decision.Promotion} is below the minimum spend without a shortfall");
                }

                if (!decision.Applied && decision.Reason is PromotionReason.BelowMinimumQuantity or PromotionReason.BundleIncomplete)
                {
                    Assert.True(decision.MissingQuantity > 0, $"{decision.Promotion} is {decision.Reason} without missing units");
                }
            }
        });

    [Property]
    public void A_promotion_that_only_lowers_prices_applies_only_when_it_takes_something_off(Cart cart, Promotion[] promotions, Shopper shopper) =>
        Check(cart, promotions, shopper, priced =>
        {
            var byId = promotions.ToDictionary(p => p.Id);
            foreach (var decision in priced.Applied)
            {
                var reward = byId[decision.Promotion].Reward;
                if (reward is not (GiftReward or EarnCouponReward or BonusPointsReward))
                {
                    Assert.True(decision.Discount.IsPositive, $"{decision.Promotion} applied and took nothing off");
                }
            }
        });

    private static PricingEngine Engine(IEnumerable<Promotion> promotions) =>
        new(new PromotionCatalog(PromotionArbitraries.Options, promotions));

    private static PricedCart Price(Cart cart, IEnumerable<Promotion> promotions, Shopper shopper) =>
        Engine(promotions).Price(cart, shopper, Shop.Now);

    private static long Fen(Money amount) => amount.ToMinorUnits();

    /// <summary>Prices the cart and runs <paramref name="check"/>; a failure names the cart, the shopper, the promotions and the result.</summary>
    private static void Check(Cart cart, Promotion[] promotions, Shopper shopper, Action<PricedCart> check)
    {
        var priced = Price(cart, promotions, shopper);
        try
        {
            check(priced);
        }
        catch (XunitException failure)
        {
            throw new XunitException(Explain(cart, promotions, shopper, priced) + failure.Message, failure);
        }
    }

    private static Dictionary<PromotionId, long> LineShares(PricedCart priced) =>
        priced.Lines.SelectMany(l => l.Adjustments).GroupBy(a => a.Promotion).ToDictionary(g => g.Key, g => g.Sum(a => Fen(a.Amount)));

    private static string Snapshot(PricedCart priced) =>
        string.Join(Environment.NewLine, [Totals(priced), .. priced.Lines.Select(LineText), .. DecisionTexts(priced)]);

    private static string Totals(PricedCart priced) =>
        $"{priced} items -{priced.ItemDiscount} order -{priced.OrderDiscount} shipping -{priced.ShippingDiscount} {priced.BonusPoints} "
        + $"gifts [{string.Join("; ", priced.Gifts)}] coupons [{string.Join("; ", priced.EarnedCoupons)}]";

    private static string LineText(PricedLine line) =>
        $"{line} {line.Line.Kind} [{string.Join(",", line.Line.Categories)}]: {string.Join("; ", line.Adjustments.Select(a => $"{a.Promotion} {a.Class} {a.Amount}"))}";

    private static string[] DecisionTexts(PricedCart priced) =>
        priced.Decisions.Select(d => $"{d.Promotion} {d.Outcome} {d.Reason} {d.Discount} short {d.Shortfall} missing {d.MissingQuantity}: {d.Message} / {d.Hint}").ToArray();

    private static string Explain(Cart cart, Promotion[] promotions, Shopper shopper, PricedCart priced)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Shopper with {shopper.PreviousOrders} earlier orders; cart with shipping {cart.Shipping}:");
        foreach (var line in cart.Lines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line} {line.Kind} [{string.Join(",", line.Categories)}]");
        }

        text.AppendLine("Promotions:");
        foreach (var promotion in promotions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {promotion.Id}: {promotion.Name}");
        }

        text.AppendLine("Priced:");
        text.AppendLine(Snapshot(priced));
        return text.ToString();
    }

    /// <summary>Two percentages off every line, at priorities that may tie.</summary>
    /// <param name="First">The first percentage.</param>
    /// <param name="Second">The second percentage.</param>
    /// <param name="FirstPriority">The first promotion's priority.</param>
    /// <param name="SecondPriority">The second promotion's priority.</param>
    public sealed record PercentPair(Percentage First, Percentage Second, int FirstPriority, int SecondPriority);

    /// <summary>A buy X get Y offer on some SKUs, or on every line when <paramref name="Skus"/> is empty.</summary>
    /// <param name="Buy">Units paid for per group.</param>
    /// <param name="Get">Units discounted per group.</param>
    /// <param name="Off">The discount on those units.</param>
    /// <param name="MaxApplications">How many groups at most.</param>
    /// <param name="Skus">The SKUs targeted.</param>
    public sealed record BuyGetOffer(int Buy, int Get, Percentage Off, int? MaxApplications, Sku[] Skus)
    {
        public override string ToString() =>
            $"buy {Buy} get {Get} at {Off} off, at most {MaxApplications?.ToString(CultureInfo.InvariantCulture) ?? "any"} times, on [{string.Join(",", Skus)}]";
    }

    public static class Offers
    {
        public static Arbitrary<PercentPair> PercentPairs() =>
            (from first in PercentGen()
             from second in PercentGen()
             from firstPriority in Gen.Choose(0, 2)
             from secondPriority in Gen.Choose(0, 2)
             select new PercentPair(first, second, firstPriority, secondPriority)).ToArbitrary();

        public static Arbitrary<BuyGetOffer> BuyGetOffers() =>
            (from buy in Gen.Choose(1, 4)
             from get in Gen.Choose(1, 3)
             from off in Gen.Frequency((3, Gen.Constant(Percentage.Hundred)), (2, Gen.Choose(1, 99).Select(p => Percentage.FromPercent(p))))
             from max in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 3).Select(m => (int?)m)))
             from count in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
             from skus in Gen.Shuffle(PromotionArbitraries.SkuPool.ToArray())
             select new BuyGetOffer(buy, get, off, max, [.. skus.Take(count)])).ToArbitrary();

        private static Gen<Percentage> PercentGen() =>
            Gen.Frequency(
                (1, Gen.Constant(60m)),
                (3, Gen.Choose(1, 99).Select(p => (decimal)p)),
                (1, Gen.Choose(1, 9_999).Select(hundredths => hundredths / 100m)))
            .Select(Percentage.FromPercent);
    }
}
