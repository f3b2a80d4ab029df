namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>Holds during the same local hours every day, possibly across midnight: a late-night rush, a lunch flash sale.</summary>
public sealed class DailyHoursCondition : Condition
{
    internal DailyHoursCondition(LocalTime from, LocalTime to)
    {
        From = from;
        To = to != from ? to : throw new ArgumentException("The daily window must not be empty.", nameof(to));
    }

    /// <summary>The local time the window opens.</summary>
    public LocalTime From { get; }

    /// <summary>The local time it closes (exclusive); at or before <see cref="From"/> means the next day.</summary>
    public LocalTime To { get; }

    /// <summary>"daily 22:00-02:00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"daily {From:HH:mm}-{To:HH:mm}";

    internal override ConditionOutcome Evaluate(PricingRun run)
    {
        var time = run.LocalNow.TimeOfDay;
        var inside = From < To ? time >= From && time < To : time >= From || time < To;
        return ConditionOutcome.When(inside, PromotionReason.OutsideHours);
    }
}
