namespace RetailCrm.Segmentation;

using System.Runtime.CompilerServices;
using NodaTime;

/// <summary>One customer's running facts while profiling: counts, spend in minor units, first and last order, orders per hour.</summary>
internal struct ProfileTally
{
    public int Orders;
    public int Lines;
    public int PromotionLines;
    public long Spend;
    public long PromotionSpend;
    public LocalDateTime First;
    public LocalDateTime Last;
    public HourCounts Hours;

    /// <summary>Orders per local hour, inline: no allocation per customer.</summary>
    [InlineArray(24)]
    public struct HourCounts
    {
        private int count;
    }
}
