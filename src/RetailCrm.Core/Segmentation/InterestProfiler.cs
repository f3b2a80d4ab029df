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
public static class InterestProfiler
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
        var customers = new Dictionary<CustomerId, ProfileTally>();
        var categories = new Dictionary<(CustomerId Customer, CategoryId Category), (long Spend, int Lines)>();
        var channels = new Dictionary<(CustomerId Customer, SalesChannel Channel), int>();
        foreach (var order in orders)
        {
            Require(order, currency, nameof(orders));
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(customers, order.Customer, out var seen);
            if (!seen || order.At < tally.First)
            {
                tally.First = order.At;
            }

            if (!seen || order.At > tally.Last)
            {
                tally.Last = order.At;
            }

            tally.Orders++;
            tally.Hours[order.At.Hour]++;
            CollectionsMarshal.GetValueRefOrAddDefault(channels, (order.Customer, order.Channel), out _)++;
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

                ref var category = ref CollectionsMarshal.GetValueRefOrAddDefault(categories, (order.Customer, line.Category), out _);
                category = (checked(category.Spend + minor), category.Lines + 1);
            }
        }

        return Build(customers, categories, channels, currency);
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

    private static InterestProfile[] Build(
        Dictionary<CustomerId, ProfileTally> customers,
        Dictionary<(CustomerId Customer, CategoryId Category), (long Spend, int Lines)> categories,
        Dictionary<(CustomerId Customer, SalesChannel Channel), int> channels,
        Currency currency)
    {
        var (ids, tallies) = CustomerIdOrdinal.Sorted(customers);
        var categoryRows = categories.ToArray();
        Array.Sort(categoryRows, (a, b) => Compare(a.Key.Customer, b.Key.Customer, b.Value.Spend.CompareTo(a.Value.Spend), a.Key.Category.Value, b.Key.Category.Value));
        var channelRows = channels.ToArray();
        Array.Sort(channelRows, (a, b) => Compare(a.Key.Customer, b.Key.Customer, b.Value.CompareTo(a.Value), a.Key.Channel.Value, b.Key.Channel.Value));
        var profiles = new InterestProfile[ids.Length];
        int c = 0, h = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var categoryStart = c;
            while (c < categoryRows.Length && categoryRows[c].Key.Customer == ids[i])
            {
                c++;
            }

            var channelStart = h;
            while (h < channelRows.Length && channelRows[h].Key.Customer == ids[i])
            {
                h++;
            }

            profiles[i] = new InterestProfile(
                ids[i],
                tallies[i],
                currency,
                Preferences(categoryRows.AsSpan(categoryStart, c - categoryStart), currency),
                Uses(channelRows.AsSpan(channelStart, h - channelStart)));
        }

        return profiles;
    }

    // Rows of one customer together, then the larger weight first, then by id.
    private static int Compare(CustomerId a, CustomerId b, int byWeight, string idA, string idB)
    {
        var byCustomer = CustomerIdOrdinal.Instance.Compare(a, b);
        return byCustomer != 0 ? byCustomer : byWeight != 0 ? byWeight : string.CompareOrdinal(idA, idB);
    }

    private static CategoryPreference[] Preferences(ReadOnlySpan<KeyValuePair<(CustomerId Customer, CategoryId Category), (long Spend, int Lines)>> rows, Currency currency)
    {
        var spend = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            spend[i] = rows[i].Value.Spend;
        }

        var shares = Shares.Split(spend);
        var result = new CategoryPreference[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new CategoryPreference(rows[i].Key.Category, Money.FromMinorUnits(spend[i], currency), shares[i], rows[i].Value.Lines);
        }

        return result;
    }

    private static ChannelUse[] Uses(ReadOnlySpan<KeyValuePair<(CustomerId Customer, SalesChannel Channel), int>> rows)
    {
        var orders = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            orders[i] = rows[i].Value;
        }

        var shares = Shares.Split(orders);
        var result = new ChannelUse[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = new ChannelUse(rows[i].Key.Channel, rows[i].Value, shares[i]);
        }

        return result;
    }
}
