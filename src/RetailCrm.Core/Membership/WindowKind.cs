namespace RetailCrm.Membership;

/// <summary>Which activity counts towards a tier: a rolling period, the calendar year, or the membership year.</summary>
public enum WindowKind
{
    /// <summary>The last N months up to the day of evaluation (e.g. the last 12 months).</summary>
    Rolling = 0,

    /// <summary>The calendar year so far, in the shop's time zone; reviews fall on 1 January.</summary>
    CalendarYear = 1,

    /// <summary>The membership year so far, from the last anniversary of joining; reviews fall on anniversaries.</summary>
    Anniversary = 2,
}
