namespace RetailCrm.Points;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class PointsPolicy
{
    /// <summary>
    /// Computes what a paid order earns: points on the goods paid in money (the part paid with
    /// points is spread over the lines penny-exact and, by default, earns nothing), times each
    /// line's category multiplier, plus shipping if the policy says so, times the tier multiplier
    /// and the day's best campaign multiplier, rounded down to whole points once, then capped.
    /// </summary>
    /// <param name="order">The paid order, in the policy's currency.</param>
    /// <param name="tierMultiplier">The customer's membership multiplier; above zero.</param>
    /// <returns>The points and how they came about.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    /// <exception cref="ArgumentException">The order is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tierMultiplier"/> is not positive.</exception>
    public EarningQuote QuoteEarning(PaidOrder order, decimal tierMultiplier = 1m)
    {
        Guard.Against.Null(order);
        ArgumentRange.Positive(tierMultiplier);
        RequireCurrency(order.Currency, nameof(order));

        var lines = order.Lines;
        Span<decimal> paidInMoney = lines.Count <= 64 ? stackalloc decimal[lines.Count] : new decimal[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            paidInMoney[i] = lines[i].AmountPaid.Amount;
        }

        if (!Earning.EarnOnPointsPaidPart && order.PaidWithPoints.IsPositive)
        {
            var pointsShares = order.PaidWithPoints.Allocate(paidInMoney);
            for (var i = 0; i < lines.Count; i++)
            {
                paidInMoney[i] -= pointsShares[i].Amount;
            }
        }

        var weighted = 0m;
        var earningBase = 0m;
        for (var i = 0; i < lines.Count; i++)
        {
            weighted += paidInMoney[i] * Earning.MultiplierFor(lines[i].Category);
            earningBase += paidInMoney[i];
        }

        if (Earning.EarnOnShipping)
        {
            weighted += order.Shipping.Amount;
            earningBase += order.Shipping.Amount;
        }

        var paidOn = order.PaidAt.InZone(TimeZone).Date;
        BonusCampaign? campaign = null;
        foreach (var candidate in Earning.Campaigns)
        {
            if (candidate.Covers(paidOn) && (campaign is null || candidate.Multiplier > campaign.Multiplier))
            {
                campaign = candidate;
            }
        }

        var exact = weighted * Earning.Rate.PointsPerUnit * tierMultiplier * (campaign?.Multiplier ?? 1m);
        var points = Points.Of((long)decimal.Floor(exact));
        var capped = Earning.MaxPointsPerOrder is { } cap && points > cap;
        return new EarningQuote(capped ? Earning.MaxPointsPerOrder!.Value : points, Money.Of(earningBase, Currency), campaign, capped);
    }

    /// <summary>Throws unless <paramref name="currency"/> is the programme's currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    internal void RequireCurrency(Currency currency, string paramName)
    {
        if (currency != Currency)
        {
            throw new ArgumentException($"The points programme runs in {Currency}; the amount is in {currency}.", paramName);
        }
    }
}
