namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>How a set of complaints was handled, at an instant; see <see cref="ServiceRecoveryMeasures.Measure"/>.</summary>
/// <param name="Count">The complaints measured.</param>
/// <param name="Responded">How many got an answer.</param>
/// <param name="MeanResponseTime">The mean time from opening to the first answer, or <see langword="null"/> when none was answered.</param>
/// <param name="MedianResponseTime">The median of it, or <see langword="null"/>.</param>
/// <param name="Resolved">How many were resolved.</param>
/// <param name="MeanResolutionTime">The mean time from opening to the first resolution, or <see langword="null"/>.</param>
/// <param name="MedianResolutionTime">The median of it, or <see langword="null"/>.</param>
/// <param name="Response">How the first answers kept the response deadlines set at opening.</param>
/// <param name="Resolution">How the first resolutions kept the resolution deadlines set at opening.</param>
/// <param name="Reopened">How many of the resolved complaints were reopened.</param>
/// <param name="ReopenRate">The share of the resolved complaints that were reopened (0% of none).</param>
public sealed record ComplaintMeasures(
    long Count,
    long Responded,
    Duration? MeanResponseTime,
    Duration? MedianResponseTime,
    long Resolved,
    Duration? MeanResolutionTime,
    Duration? MedianResolutionTime,
    DeadlineRecord Response,
    DeadlineRecord Resolution,
    long Reopened,
    Percentage ReopenRate);
