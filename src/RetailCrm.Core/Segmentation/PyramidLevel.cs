namespace RetailCrm.Segmentation;

using Ardalis.GuardClauses;

/// <summary>One level of a loyalty pyramid: a stable id and the name a report shows.</summary>
public sealed record PyramidLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="id">A stable id, e.g. "committed".</param>
    /// <param name="name">The name shown, e.g. "Committed".</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public PyramidLevel(string id, string name)
    {
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>The name shown.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
