namespace RetailCrm.Segmentation;

/// <summary>
/// Where a customer stands in their relationship with the shop, the stages the studies name:
/// acquisition, growth, maturity, decline, then lost. <see cref="LifecycleModel"/> says which
/// stage a customer's orders put them in.
/// </summary>
public enum LifecycleStage
{
    /// <summary>A new customer: the first order is recent. The job is a second order.</summary>
    Acquisition = 0,

    /// <summary>Spend is rising: recent spend is up by more than the trend threshold. The job is to grow the basket.</summary>
    Growth = 1,

    /// <summary>A steady customer: spend is level, within the trend threshold. The job is to keep and reward them.</summary>
    Maturity = 2,

    /// <summary>Spend is falling by more than the trend threshold, or the customer has gone quiet. The job is to win them back before they are lost.</summary>
    Decline = 3,

    /// <summary>No order for a long time (a year by default): the customer has left.</summary>
    Lost = 4,
}
