namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>A gift with purchase: a gift line at zero price once the eligible lines reach a threshold.</summary>
public sealed class GiftReward : GrantReward
{
    internal GiftReward(Sku gift, int quantity, Money threshold)
        : base(threshold)
    {
        GiftSku = gift.Value.Length > 0 ? gift : throw new ArgumentException("The gift SKU is required.", nameof(gift));
        Quantity = ArgumentRange.Positive(quantity);
    }

    /// <summary>The gift's SKU.</summary>
    public Sku GiftSku { get; }

    /// <summary>How many units.</summary>
    public int Quantity { get; }

    /// <summary>"gift 1 x sku over CNY 300.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"gift {Quantity} x {GiftSku} over {Threshold}";

    internal override void Grant(PricingRun run, Promotion promotion) =>
        run.Gifts.Add(new GiftLine(GiftSku, Quantity, promotion.Id));
}
