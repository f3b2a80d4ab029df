namespace RetailCrm.Membership;

using RetailCrm.Primitives;

/// <summary>The domain event a membership account raises when a member's tier changes: notify the member, refresh prices.</summary>
/// <param name="Customer">The member.</param>
/// <param name="Change">The change.</param>
/// <param name="IsUpgrade">Whether the new tier ranks above the old one.</param>
public sealed record TierChanged(CustomerId Customer, TierChange Change, bool IsUpgrade)
{
    /// <summary>The member.</summary>
    public CustomerId Customer { get; init => field = IdArgument.Require(value, nameof(Customer)); } = IdArgument.Require(Customer, nameof(Customer));
}
