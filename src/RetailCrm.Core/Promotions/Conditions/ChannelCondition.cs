namespace RetailCrm.Promotions;

/// <summary>Holds for orders through one of some sales channels.</summary>
public sealed class ChannelCondition : Condition
{
    internal ChannelCondition(IEnumerable<SalesChannel> channels) => Channels = RequireSet(channels, nameof(channels));

    /// <summary>The channels.</summary>
    public IReadOnlySet<SalesChannel> Channels { get; }

    /// <summary>"channel app, mini-program".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "channel " + string.Join(", ", Channels.Select(c => c.Value).Order(StringComparer.Ordinal));

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.Cart.Channel is { } channel && Channels.Contains(channel), PromotionReason.ChannelNotEligible);
}
