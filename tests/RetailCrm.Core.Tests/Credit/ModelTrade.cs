namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>One generated trade of the small market: the shop sells to one of three buyers, or buys from another seller.</summary>
public sealed record ModelTrade(int Index, int Buyer, bool ShopBuys, int Item, int CreatedHours, decimal Price)
{
    public static readonly PartyId OtherSeller = new("s-9");

    public static readonly Instant Start = At(2026, 3, 1, 0, 0);

    public CompletedTrade Trade(decimal? price = null)
    {
        var created = Start + Duration.FromHours(CreatedHours);
        var (buyer, seller) = ShopBuys ? (Shop, OtherSeller) : (new PartyId($"b-{Buyer}"), Shop);
        return new(new OrderId($"t-{Index}"), buyer, seller, new Sku($"item-{Item}"), Cny(price ?? Price), created, created + Duration.FromDays(3));
    }

    public override string ToString() => $"{Trade()}";
}
