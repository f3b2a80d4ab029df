namespace RetailCrm.Service;

/// <summary>Where a complaint came in; every channel is recorded the same way.</summary>
public enum ComplaintChannel
{
    /// <summary>The shop's online chat.</summary>
    OnlineChat = 0,

    /// <summary>A phone call.</summary>
    Phone = 1,

    /// <summary>An e-mail.</summary>
    Email = 2,

    /// <summary>A social-media post or message.</summary>
    Social = 3,

    /// <summary>A dispute opened on a marketplace.</summary>
    MarketplaceDispute = 4,
}
