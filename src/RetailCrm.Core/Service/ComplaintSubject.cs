namespace RetailCrm.Service;

/// <summary>What a complaint is about.</summary>
public enum ComplaintSubject
{
    /// <summary>An order (wrong items, billing, cancellation).</summary>
    Order = 0,

    /// <summary>A product (quality, defects, not as described).</summary>
    Product = 1,

    /// <summary>Delivery (late, damaged, lost).</summary>
    Delivery = 2,

    /// <summary>The service the customer received (staff, answers, waiting).</summary>
    Service = 3,
}
