namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Segmentation;

/// <summary>Pure figures over a set of complaints: handling times, deadlines kept, reopen rate, and the follow-up answers for the loyalty pyramid.</summary>
public static class ServiceRecoveryMeasures
{
    /// <summary>Measures how <paramref name="complaints"/> were handled, as known at <paramref name="at"/> (what happened later is not counted).</summary>
    /// <param name="complaints">The complaints.</param>
    /// <param name="at">The instant of the measure: deadlines not yet passed count as pending.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaints"/> or one of them is null.</exception>
    public static ComplaintMeasures Measure(IEnumerable<Complaint> complaints, Instant at)
    {
        Guard.Against.Null(complaints);
        var responseTimes = new List<Duration>();
        var resolutionTimes = new List<Duration>();
        Span<long> response = stackalloc long[3];
        Span<long> resolution = stackalloc long[3];
        long count = 0, reopened = 0;
        foreach (var complaint in complaints)
        {
            Guard.Against.Null(complaint, nameof(complaints));
            count++;
            var responded = complaint.RespondedAt is { } r && r <= at ? r : (Instant?)null;
            var resolved = complaint.ResolvedAt is { } s && s <= at ? s : (Instant?)null;
            if (responded is { } answer)
            {
                responseTimes.Add(answer - complaint.OpenedAt);
            }

            if (resolved is { } solution)
            {
                resolutionTimes.Add(solution - complaint.OpenedAt);
                if (complaint.ReopenedAt is { } reopening && reopening <= at)
                {
                    reopened++;
                }
            }

            response[Outcome(responded, complaint.Deadlines.ResponseDue, at)]++;
            resolution[Outcome(resolved, complaint.Deadlines.ResolutionDue, at)]++;
        }

        return new ComplaintMeasures(
            count,
            responseTimes.Count,
            Mean(responseTimes),
            Median(responseTimes),
            resolutionTimes.Count,
            Mean(resolutionTimes),
            Median(resolutionTimes),
            Record(response),
            Record(resolution),
            reopened,
            Shares.Of(reopened, resolutionTimes.Count));
    }

    /// <summary>The follow-up answers of the complaints that have one, to pass to <see cref="LoyaltyPyramid.Report"/>.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>The answers, in the order of the complaints.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaints"/> is null.</exception>
    public static IEnumerable<Satisfaction> FollowUpAnswers(IEnumerable<Complaint> complaints)
    {
        Guard.Against.Null(complaints);
        return complaints.Where(c => c?.FollowUpAnswer is not null).Select(c => c.FollowUpAnswer!.Value);
    }

    // 0 on time, 1 late, 2 pending.
    private static int Outcome(Instant? done, Instant due, Instant at) =>
        done is { } d ? (d <= due ? 0 : 1) : (at > due ? 1 : 2);

    private static DeadlineRecord Record(ReadOnlySpan<long> counts)
    {
        var shares = Shares.Split(counts);
        return new DeadlineRecord(counts[0], counts[1], counts[2], shares[0], shares[1], shares[2]);
    }

    private static Duration? Mean(List<Duration> times)
    {
        if (times.Count == 0)
        {
            return null;
        }

        var total = times.Aggregate(0m, (sum, t) => sum + t.BclCompatibleTicks);
        return Duration.FromTicks((long)decimal.Round(total / times.Count, MidpointRounding.AwayFromZero));
    }

    private static Duration? Median(List<Duration> times)
    {
        if (times.Count == 0)
        {
            return null;
        }

        times.Sort();
        var middle = times.Count / 2;
        return times.Count % 2 == 1 ? times[middle] : Duration.FromTicks((times[middle - 1].BclCompatibleTicks + times[middle].BclCompatibleTicks) / 2);
    }
}
