namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>One rung of a tier ladder: its id and name, what it takes to reach it, and what it gives.</summary>
public sealed class TierDefinition
{
    /// <summary>Creates a tier.</summary>
    /// <param name="id">The tier's id, e.g. "gold".</param>
    /// <param name="name">Its display name, e.g. "Gold".</param>
    /// <param name="requirement">What it takes to reach and keep it; <see cref="TierRequirement.None"/> for the entry tier.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    public TierDefinition(TierId id, string name, TierRequirement requirement)
    {
        Id = id.Value.Length > 0 ? id : throw new ArgumentException("The tier id is required.", nameof(id));
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Requirement = Guard.Against.Null(requirement);
    }

    /// <summary>The tier's id.</summary>
    public TierId Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>What it takes to reach and keep the tier.</summary>
    public TierRequirement Requirement { get; }

    /// <summary>What the tier gives.</summary>
    /// <exception cref="ArgumentNullException">The benefits are null.</exception>
    public TierBenefits Benefits
    {
        get => field ?? TierBenefits.None;
        init => field = Guard.Against.Null(value, nameof(Benefits));
    }

    /// <summary>Whether a member who reaches the tier keeps it for life (never downgraded below it).</summary>
    public bool Lifetime { get; init; }

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
