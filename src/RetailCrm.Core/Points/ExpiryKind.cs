namespace RetailCrm.Points;

/// <summary>The kinds of expiry rule.</summary>
public enum ExpiryKind
{
    /// <summary>Points never expire.</summary>
    Never,

    /// <summary>Points expire a fixed calendar period after earning.</summary>
    AfterPeriod,

    /// <summary>Points expire at the end of a calendar year after the year of earning.</summary>
    EndOfCalendarYear,
}
