namespace RetailCrm.Segmentation;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// What a customer's purchases say about their interests, for targeting promotions: preferred
/// categories, price sensitivity, usual shopping hour and usual channel. Built by <see cref="InterestProfiler"/>.
/// </summary>
public sealed class InterestProfile
{
    internal InterestProfile(CustomerId customer, in ProfileTally tally, Currency currency, IReadOnlyList<CategoryPreference> categories, IReadOnlyList<ChannelUse> channels)
    {
        Customer = customer;
        Orders = tally.Orders;
        Lines = tally.Lines;
        PromotionLines = tally.PromotionLines;
        Spend = Money.FromMinorUnits(tally.Spend, currency);
        PromotionSpend = Money.FromMinorUnits(tally.PromotionSpend, currency);
        PromotionSpendShare = Shares.Of(tally.PromotionSpend, tally.Spend);
        PromotionLineShare = Shares.Of(tally.PromotionLines, tally.Lines);
        FirstOrder = tally.First;
        LastOrder = tally.Last;
        var hours = new int[24];
        var usual = 0;
        for (var h = 0; h < hours.Length; h++)
        {
            hours[h] = tally.Hours[h];
            usual = hours[h] > hours[usual] ? h : usual;
        }

        Hours = hours;
        UsualHour = usual;
        Categories = categories;
        Channels = channels;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>How many orders the profile was read from.</summary>
    public int Orders { get; }

    /// <summary>How many lines those orders had.</summary>
    public int Lines { get; }

    /// <summary>The customer's spend over all their orders.</summary>
    public Money Spend { get; }

    /// <summary>The local date and time of the first order.</summary>
    public LocalDateTime FirstOrder { get; }

    /// <summary>The local date and time of the last order.</summary>
    public LocalDateTime LastOrder { get; }

    /// <summary>The categories the customer bought, by spend, the largest first (ties by category id, ordinal).</summary>
    public IReadOnlyList<CategoryPreference> Categories { get; }

    /// <summary>The category with the largest spend (ties to the first category id, ordinal).</summary>
    public CategoryId PreferredCategory => Categories[0].Category;

    /// <summary>The spend on lines bought on promotion.</summary>
    public Money PromotionSpend { get; }

    /// <summary>How many lines were bought on promotion.</summary>
    public int PromotionLines { get; }

    /// <summary>
    /// Price sensitivity by money: the share of spend bought on promotion, half away from zero to a
    /// hundredth of a percent (zero when nothing was spent). A deal hunter is near 100%.
    /// </summary>
    public Percentage PromotionSpendShare { get; }

    /// <summary>Price sensitivity by lines: the share of lines bought on promotion, half away from zero to a hundredth of a percent.</summary>
    public Percentage PromotionLineShare { get; }

    /// <summary>How many orders were placed in each local hour of the day: 24 counts, index 0 for 00:00-00:59.</summary>
    public IReadOnlyList<int> Hours { get; }

    /// <summary>The local hour (0 to 23) with the most orders; ties go to the earliest hour.</summary>
    public int UsualHour { get; }

    /// <summary>The channels the customer ordered through, by orders, the most used first (ties by channel id, ordinal).</summary>
    public IReadOnlyList<ChannelUse> Channels { get; }

    /// <summary>The channel with the most orders (ties to the first channel id, ordinal).</summary>
    public SalesChannel UsualChannel => Channels[0].Channel;

    /// <summary>A summary, e.g. "c-1: 4 orders, CNY 400.00; books 62.5% (CNY 250.00); promotion 25%; 20:00; app".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Customer}: {Orders} orders, {Spend}; {Categories[0]}; promotion {PromotionSpendShare}; {UsualHour:D2}:00; {UsualChannel}";
}
