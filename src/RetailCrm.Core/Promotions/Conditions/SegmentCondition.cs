namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>Holds for shoppers in at least one of some segments.</summary>
public sealed class SegmentCondition : Condition
{
    internal SegmentCondition(IEnumerable<SegmentId> segments) => Segments = RequireSet(segments, nameof(segments));

    /// <summary>The segments.</summary>
    public IReadOnlySet<SegmentId> Segments { get; }

    /// <summary>"segment campus, enterprise".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "segment " + string.Join(", ", Segments.Select(s => s.Value).Order(StringComparer.Ordinal));

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.Shopper.Segments.Overlaps(Segments), PromotionReason.SegmentNotEligible);
}
