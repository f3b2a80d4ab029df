namespace RetailCrm.Segmentation;

using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>How many of a customer's orders came through one sales channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Orders">The orders through it.</param>
/// <param name="Share">Their share of the customer's orders, to a hundredth of a percent; the shares of a profile add up to exactly 100%.</param>
public sealed record ChannelUse(SalesChannel Channel, int Orders, Percentage Share)
{
    /// <summary>The channel.</summary>
    public SalesChannel Channel { get; init => field = IdArgument.Require(value, nameof(Channel)); } = IdArgument.Require(Channel, nameof(Channel));

    /// <summary>The channel and its share, e.g. "app 75% (3)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Channel} {Share} ({Orders})";
}
