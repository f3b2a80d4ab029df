namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>Holds inside a local date-time window of the shop's zone: a festival day, a season, a sale session.</summary>
public sealed class LocalWindowCondition : Condition
{
    internal LocalWindowCondition(LocalDateTime start, LocalDateTime end)
    {
        Start = start;
        End = end > start ? end : throw new ArgumentException("The window must end after it starts.", nameof(end));
    }

    /// <summary>The first local date-time inside the window.</summary>
    public LocalDateTime Start { get; }

    /// <summary>The local date-time the window closes (exclusive).</summary>
    public LocalDateTime End { get; }

    /// <summary>"between ... and ...".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"between {Start:uuuu-MM-dd HH:mm} and {End:uuuu-MM-dd HH:mm}";

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.LocalNow >= Start && run.LocalNow < End, PromotionReason.OutsideWindow);
}
