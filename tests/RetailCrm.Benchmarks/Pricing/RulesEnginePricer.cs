namespace RetailCrm.Benchmarks.Pricing;

using System.Globalization;
using RetailCrm.Promotions;
using RulesEngine.Models;
using MsRulesEngine = RulesEngine.RulesEngine;

/// <summary>
/// The same rules in Microsoft RulesEngine, written as its README writes discount rules: workflows of
/// rules with lambda <c>Expression</c> strings over an input (<see cref="CartFacts"/>, named
/// <c>cart</c>), constant amounts as success events and computed ones (the tier reached, the free
/// units) as <c>OutputExpression</c> actions, run with <c>ExecuteAllRulesAsync</c>; plus the plain C#
/// a team writes around it to apply the results and split order discounts over lines (largest
/// remainder). Three workflows, because later rules read the prices the earlier ones left: item
/// rules on the cart as it comes, order rules on the cart after item discounts (the first success
/// wins), shipping rules on the cart after the order discount.
/// </summary>
public sealed class RulesEnginePricer
{
    private const string Items = "Items";
    private const string Order = "Order";
    private const string Shipping = "Shipping";

    private readonly MsRulesEngine engine;
    private readonly Dictionary<string, PricingRule> byName;

    /// <summary>Builds the workflows from the rules.</summary>
    /// <param name="rules">The rules in evaluation order.</param>
    public RulesEnginePricer(IReadOnlyList<PricingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        byName = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Workflow Flow(string name, Func<PricingRule, bool> which) => new() { WorkflowName = name, Rules = [.. rules.Where(which).Select(ToRule)] };
        Workflows =
        [
            Flow(Items, r => r.IsItem),
            Flow(Order, r => r.Kind is PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold),
            Flow(Shipping, r => r.Kind == PricingRuleKind.FreeShipping),
        ];
        engine = new MsRulesEngine([.. Workflows], new ReSettings());
    }

    /// <summary>The workflows, as they would be stored in JSON.</summary>
    public IReadOnlyList<Workflow> Workflows { get; }

    /// <summary>Prices a cart (RulesEngine's asynchronous calls awaited synchronously, as a benchmark does).</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="shopper">Who is buying.</param>
    /// <returns>The amounts.</returns>
    public PricingResult Price(Cart cart, Shopper shopper) => PriceAsync(cart, shopper).GetAwaiter().GetResult();

    /// <summary>Prices a cart.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="shopper">Who is buying.</param>
    /// <returns>The amounts.</returns>
    public async Task<PricingResult> PriceAsync(Cart cart, Shopper shopper)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(shopper);
        var state = new CartState(cart);
        var tier = shopper.Tier?.Value ?? string.Empty;
        var coupon = cart.Coupons.Count > 0 ? cart.Coupons[0].Key : string.Empty;
        foreach (var result in await Run(Items, state, tier, coupon).ConfigureAwait(false))
        {
            var rule = byName[result.Rule.RuleName];
            state.Select(rule);
            switch (rule.Kind)
            {
                case PricingRuleKind.BuyTwoGetOne:
                    state.FreeCheapest(Convert.ToInt64(result.ActionResult.Output, CultureInfo.InvariantCulture));
                    break;
                case PricingRuleKind.SkuTiers:
                    state.Percent(Convert.ToDecimal(result.ActionResult.Output, CultureInfo.InvariantCulture));
                    break;
                case PricingRuleKind.Bundle:
                    state.Bundle(rule.Skus, long.Parse(result.Rule.SuccessEvent, CultureInfo.InvariantCulture));
                    break;
                case PricingRuleKind.AmountOffCategory:
                    state.AmountOffEach(long.Parse(result.Rule.SuccessEvent, CultureInfo.InvariantCulture));
                    break;
                default:
                    state.Percent(decimal.Parse(result.Rule.SuccessEvent, CultureInfo.InvariantCulture));
                    break;
            }
        }

        var order = await Run(Order, state, tier, coupon).ConfigureAwait(false);
        if (order.Count > 0)
        {
            state.Select(byName[order[0].Rule.RuleName]);
            state.OrderOff(Convert.ToInt64(order[0].ActionResult.Output, CultureInfo.InvariantCulture));
        }

        if ((await Run(Shipping, state, tier, coupon).ConfigureAwait(false)).Count > 0 && state.Shipping > 0)
        {
            state.WaiveShipping();
        }

        return state.Result();
    }

    private static Rule ToRule(PricingRule rule)
    {
        string Quantity(string field, string value) => $"cart.Lines.Where(l => l.{field} == \"{value}\").Sum(l => l.Quantity)";
        string Any(string field, string value) => $"cart.Lines.Any(l => l.{field} == \"{value}\")";
        string Coupon() => $"cart.Coupon == \"{new CouponCode(rule.Coupon!).Key}\"";
        string Tiers(string measure, IEnumerable<(long At, string Value)> tiers) =>
            tiers.Aggregate("0", (otherwise, t) => $"iif({measure} >= {t.At}, {t.Value}, {otherwise})");
        var spend = rule.Categories.Count > 0 ? $"cart.Lines.Where(l => l.Category == \"{rule.Categories[0]}\").Sum(l => l.Value)" : "cart.Subtotal";
        (string Expression, string? Success, string? Output) spec = rule.Kind switch
        {
            PricingRuleKind.CategoryPercent => ($"{Quantity("Category", rule.Categories[0])} >= {rule.MinQuantity}", Percent(rule.Percent), null),
            PricingRuleKind.SkuTiers => ($"{Quantity("Sku", rule.Skus[0])} >= {rule.QuantityTiers[0].MinUnits}", null,
                Tiers(Quantity("Sku", rule.Skus[0]), rule.QuantityTiers.Select(t => ((long)t.MinUnits, Percent(t.Percent))))),
            PricingRuleKind.BuyTwoGetOne => ($"{Quantity("Category", rule.Categories[0])} >= 3", null, $"{Quantity("Category", rule.Categories[0])} / 3"),
            PricingRuleKind.Bundle => (string.Join(" AND ", rule.Skus.Select(s => Any("Sku", s))), Amount(rule.Amount), null),
            PricingRuleKind.AmountOffCategory => (Any("Category", rule.Categories[0]), Amount(rule.Amount), null),
            PricingRuleKind.ItemCoupon => ($"{Coupon()} AND {Any("Category", rule.Categories[0])}", Percent(rule.Percent), null),
            PricingRuleKind.MemberPercent => ($"cart.Tier == \"{rule.Tier}\" AND ({string.Join(" OR ", rule.Categories.Select(c => Any("Category", c)))})", Percent(rule.Percent), null),
            PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold => (
                (rule.Coupon is null ? string.Empty : $"{Coupon()} AND ") + $"{spend} >= {rule.SpendTiers[0].Threshold}",
                null,
                Tiers(spend, rule.SpendTiers.Select(t => (t.Threshold, Amount(t.Off))))),
            PricingRuleKind.FreeShipping => ($"cart.Subtotal >= {rule.Amount}", "free-shipping", null),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown kind."),
        };
        return new Rule
        {
            RuleName = rule.Id,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = spec.Expression,
            SuccessEvent = spec.Success,
            Actions = spec.Output is null ? null : new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = spec.Output } },
            },
        };
    }

    private static string Percent(decimal percent) => percent.ToString(CultureInfo.InvariantCulture);

    private static string Amount(long minorUnits) => minorUnits.ToString(CultureInfo.InvariantCulture);

    private async Task<List<RuleResultTree>> Run(string workflow, CartState state, string tier, string coupon)
    {
        var facts = new CartFacts { Tier = tier, Coupon = coupon };
        for (var k = 0; k < state.Skus.Length; k++)
        {
            facts.Lines.Add(new LineFacts(state.Skus[k], state.Categories[k], state.Quantity[k], state.Current[k]));
            facts.Subtotal += state.Current[k];
        }

        var results = await engine.ExecuteAllRulesAsync(workflow, new RuleParameter("cart", facts)).ConfigureAwait(false);
        var succeeded = new List<RuleResultTree>();
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage) || !string.IsNullOrEmpty(result.ActionResult?.Exception?.Message))
            {
                throw new InvalidOperationException($"Rule {result.Rule.RuleName} failed: {result.ExceptionMessage}{result.ActionResult?.Exception?.Message}");
            }

            if (result.IsSuccess)
            {
                succeeded.Add(result);
            }
        }

        return succeeded;
    }
}
