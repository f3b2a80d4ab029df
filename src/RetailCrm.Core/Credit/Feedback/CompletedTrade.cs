namespace RetailCrm.Credit;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// A trade that completed successfully (Taobao's 交易成功) and may now be rated by both sides: one
/// item bought by one buyer from one seller. Where an order holds several items, record one trade
/// per item under the sub-order's id, as each is rated on its own.
/// </summary>
public sealed record CompletedTrade
{
    /// <summary>Creates a trade.</summary>
    /// <param name="id">The trade (order or sub-order) id.</param>
    /// <param name="buyer">Who bought.</param>
    /// <param name="seller">Who sold.</param>
    /// <param name="item">The item traded; trades of the same item between the same pair within the same-item window count once.</param>
    /// <param name="price">What the buyer paid; trades at or below the policy's minimum scored price are not scored.</param>
    /// <param name="createdAt">When the trade was created (ordered); it decides the calendar month and the same-item window.</param>
    /// <param name="completedAt">When it completed; the rating window opens then.</param>
    /// <exception cref="ArgumentException">An id is <c>default</c>, buyer and seller are the same party, or <paramref name="price"/> has no currency or is not rounded to the minor unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="price"/> is negative, or <paramref name="completedAt"/> is before <paramref name="createdAt"/>.</exception>
    public CompletedTrade(OrderId id, PartyId buyer, PartyId seller, Sku item, Money price, Instant createdAt, Instant completedAt)
    {
        Id = IdArgument.Require(id, nameof(id));
        Buyer = IdArgument.Require(buyer, nameof(buyer));
        Seller = IdArgument.Require(seller, nameof(seller));
        Item = IdArgument.Require(item, nameof(item));
        if (buyer == seller)
        {
            throw new ArgumentException("A party cannot trade with itself.", nameof(seller));
        }

        Price = MoneyArgument.RoundedNonNegative(price, nameof(price));
        CreatedAt = createdAt;
        CompletedAt = completedAt >= createdAt ? completedAt : throw new ArgumentOutOfRangeException(nameof(completedAt), completedAt, "A trade completes no earlier than it was created.");
    }

    /// <summary>The trade (order or sub-order) id.</summary>
    public OrderId Id { get; }

    /// <summary>Who bought.</summary>
    public PartyId Buyer { get; }

    /// <summary>Who sold.</summary>
    public PartyId Seller { get; }

    /// <summary>The item traded.</summary>
    public Sku Item { get; }

    /// <summary>What the buyer paid.</summary>
    public Money Price { get; }

    /// <summary>When the trade was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>When the trade completed and the rating window opened.</summary>
    public Instant CompletedAt { get; }

    /// <summary>The role <paramref name="party"/> played in the trade.</summary>
    /// <param name="party">A party to the trade.</param>
    /// <returns>Seller or buyer.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is neither the buyer nor the seller.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public FeedbackRole RoleOf(PartyId party)
    {
        IdArgument.Require(party, nameof(party));
        return party == Seller ? FeedbackRole.Seller
            : party == Buyer ? FeedbackRole.Buyer
            : throw new ArgumentException($"{party} is not a party to trade {Id}.", nameof(party));
    }

    /// <summary>The other party of the trade, seen from <paramref name="party"/>.</summary>
    /// <param name="party">A party to the trade.</param>
    /// <returns>The counterpart.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is neither the buyer nor the seller.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public PartyId CounterpartOf(PartyId party)
    {
        IdArgument.Require(party, nameof(party));
        return RoleOf(party) == FeedbackRole.Seller ? Buyer : Seller;
    }
}
