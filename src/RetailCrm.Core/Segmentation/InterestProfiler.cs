namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// Builds customers' interest profiles from their purchases: preferred categories by spend, price
/// sensitivity (what share was bought on promotion), usual shopping hour and usual channel.
/// </summary>
/// <remarks>
/// Profiles read every order they are given: pass the window that matters (e.g. the last year's
/// orders). One pass over the orders, grouped by customer, with nothing allocated per order.
/// </remarks>
public static partial class InterestProfiler
{
    /// <summary>The profile of one customer.</summary>
    /// <param name="orders">The customer's orders, in any order; all of the same customer, at least one.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There is no order, orders of more than one customer, or an order is not valid (see <see cref="ProfileAll"/>).</exception>
    public static InterestProfile Profile(IEnumerable<ProfiledOrder> orders, Currency currency)
    {
        var profiles = ProfileAll(orders, currency);
        return profiles.Count == 1 ? profiles[0] : throw new ArgumentException("A profile is read from the orders of exactly one customer.", nameof(orders));
    }

    /// <summary>The profile of every customer with an order, in one pass over the orders.</summary>
    /// <param name="orders">The orders of any number of customers, in any order.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <returns>One profile per customer, ordered by customer id (ordinal).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// An order has no customer, no channel or no lines, or a line has no category or an amount that
    /// is negative, not rounded or in another currency.
    /// </exception>
    public static IReadOnlyList<InterestProfile> ProfileAll(IEnumerable<ProfiledOrder> orders, Currency currency)
    {
        Guard.Against.Null(orders);
        Guard.Against.Null(currency);
        var pass = new Pass();
        foreach (var order in orders)
        {
            Require(order, currency, nameof(orders));
            ref var tally = ref pass.Customers.Of(order.Customer, out var slot, out var added);
            if (added || order.At < tally.First)
            {
                tally.First = order.At;
            }

            if (added || order.At > tally.Last)
            {
                tally.Last = order.At;
            }

            tally.Orders++;
            tally.Hours[order.At.Hour]++;
            var channel = IndexOf(pass.ChannelIds, order.Channel);
            pass.Orders.Add((slot, channel));
            for (var i = 0; i < order.Lines.Count; i++)
            {
                var line = order.Lines[i];
                var minor = line.Amount.ToMinorUnits();
                tally.Lines++;
                tally.Spend = checked(tally.Spend + minor);
                if (line.OnPromotion)
                {
                    tally.PromotionLines++;
                    tally.PromotionSpend = checked(tally.PromotionSpend + minor);
                }

                pass.Lines.Add((slot, IndexOf(pass.CategoryIds, line.Category), minor));
            }
        }

        return Build(pass, currency);
    }

    private static void Require(in ProfiledOrder order, Currency currency, string paramName)
    {
        if (order.Customer.Value.Length == 0 || order.Channel.Value.Length == 0 || order.Lines is null || order.Lines.Count == 0)
        {
            throw new ArgumentException("Every order needs a customer, a channel and at least one line.", paramName);
        }

        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            if (line.Category.Value.Length == 0 || line.Amount == default || line.Amount.Currency != currency || !line.Amount.IsRounded || line.Amount.IsNegative)
            {
                throw new ArgumentException($"Every line needs a category and a rounded amount in {currency}, not negative.", paramName);
            }
        }
    }

    // A dense index per distinct category or channel, in order of first sight.
    private static int IndexOf<TId>(Dictionary<TId, int> indexes, TId id)
        where TId : notnull
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexes, id, out var exists);
        if (!exists)
        {
            index = indexes.Count - 1;
        }

        return index;
    }

    // What one pass gathers: each customer's tally, every line's category and amount and every order's
    // channel by customer slot (appended in input order, grouped by customer afterwards in linear time).
    private sealed class Pass
    {
        public CustomerTallies<ProfileTally> Customers { get; } = new();

        public Dictionary<CategoryId, int> CategoryIds { get; } = [];

        public Dictionary<SalesChannel, int> ChannelIds { get; } = [];

        public List<(int Slot, int Category, long Minor)> Lines { get; } = [];

        public List<(int Slot, int Channel)> Orders { get; } = [];
    }
}
