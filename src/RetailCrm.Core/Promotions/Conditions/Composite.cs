namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>The validation shared by the composite conditions.</summary>
internal static class Composite
{
    public static Condition[] Require(IEnumerable<Condition> conditions, string paramName)
    {
        var list = Guard.Against.Null(conditions, paramName).ToArray();
        if (list.Any(c => c is null))
        {
            throw new ArgumentNullException(paramName, "A condition is null.");
        }

        return list.Length > 0 ? list : throw new ArgumentException("At least one condition is needed.", paramName);
    }
}
