namespace RetailCrm.Promotions;

using System.Collections.Frozen;
using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// Which cart lines a promotion is about: all lines, some SKUs, some categories or a mix of them,
/// minus exclusions. Exclusions always win.
/// </summary>
/// <remarks>
/// Stored-value lines (gift cards, top-ups) are matched only by naming their SKU: "all lines" and
/// category targets never discount money.
/// </remarks>
public sealed class ProductSelector
{
    private ProductSelector(bool all, IEnumerable<Sku> skus, IEnumerable<CategoryId> categories, IEnumerable<Sku> excludedSkus, IEnumerable<CategoryId> excludedCategories)
    {
        IncludesAll = all;
        IncludedSkus = Validated(skus, nameof(skus));
        IncludedCategories = Validated(categories, nameof(categories));
        ExcludedSkus = Validated(excludedSkus, nameof(excludedSkus));
        ExcludedCategories = Validated(excludedCategories, nameof(excludedCategories));
    }

    /// <summary>Every merchandise line.</summary>
    public static ProductSelector All { get; } = new(true, [], [], [], []);

    /// <summary>Whether every merchandise line is included before exclusions.</summary>
    public bool IncludesAll { get; }

    /// <summary>The SKUs included.</summary>
    public IReadOnlySet<Sku> IncludedSkus { get; }

    /// <summary>The categories included.</summary>
    public IReadOnlySet<CategoryId> IncludedCategories { get; }

    /// <summary>The SKUs excluded, whatever else includes them.</summary>
    public IReadOnlySet<Sku> ExcludedSkus { get; }

    /// <summary>The categories excluded, whatever else includes them.</summary>
    public IReadOnlySet<CategoryId> ExcludedCategories { get; }

    /// <summary>The lines of these SKUs.</summary>
    /// <param name="skus">At least one SKU.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException">No SKU is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="skus"/> is null.</exception>
    public static ProductSelector Skus(params IEnumerable<Sku> skus) => Of(skus, []);

    /// <summary>The lines in any of these categories.</summary>
    /// <param name="categories">At least one category.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException">No category is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public static ProductSelector Categories(params IEnumerable<CategoryId> categories) => Of([], categories);

    /// <summary>The lines of any of these SKUs or in any of these categories.</summary>
    /// <param name="skus">SKUs to include.</param>
    /// <param name="categories">Categories to include.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException">Neither a SKU nor a category is given, or one is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ProductSelector Of(IEnumerable<Sku> skus, IEnumerable<CategoryId> categories)
    {
        var included = IdArgument.RequireEach(skus, nameof(skus));
        var includedCategories = IdArgument.RequireEach(categories, nameof(categories));
        var selector = new ProductSelector(false, Guard.Against.Null(included, nameof(skus)), Guard.Against.Null(includedCategories, nameof(categories)), [], []);
        return selector.IncludedSkus.Count + selector.IncludedCategories.Count > 0
            ? selector
            : throw new ArgumentException("Select at least one SKU or category; use ProductSelector.All for every line.", nameof(skus));
    }

    /// <summary>This selection without these SKUs.</summary>
    /// <param name="skus">The SKUs to exclude.</param>
    /// <returns>A new selector.</returns>
    /// <exception cref="ArgumentException">A SKU is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="skus"/> is null.</exception>
    public ProductSelector Except(params IEnumerable<Sku> skus)
    {
        var excluded = IdArgument.RequireEach(skus, nameof(skus));
        return new(IncludesAll, IncludedSkus, IncludedCategories, ExcludedSkus.Concat(Guard.Against.Null(excluded, nameof(skus))), ExcludedCategories);
    }

    /// <summary>This selection without the lines in these categories.</summary>
    /// <param name="categories">The categories to exclude.</param>
    /// <returns>A new selector.</returns>
    /// <exception cref="ArgumentException">A category is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    public ProductSelector ExceptCategories(params IEnumerable<CategoryId> categories)
    {
        var excluded = IdArgument.RequireEach(categories, nameof(categories));
        return new(IncludesAll, IncludedSkus, IncludedCategories, ExcludedSkus, ExcludedCategories.Concat(Guard.Against.Null(excluded, nameof(categories))));
    }

    /// <summary>Whether the selector picks <paramref name="line"/>.</summary>
    /// <param name="line">A cart line.</param>
    /// <returns><see langword="true"/> when the line is selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public bool Matches(CartLine line)
    {
        Guard.Against.Null(line);
        if (ExcludedSkus.Contains(line.Sku) || AnyCategoryIn(line, ExcludedCategories))
        {
            return false;
        }

        if (IncludedSkus.Contains(line.Sku))
        {
            return true;
        }

        return line.Kind != LineKind.StoredValue && (IncludesAll || AnyCategoryIn(line, IncludedCategories));
    }

    /// <summary>The selection in words, e.g. "categories phones, tablets except SKU p-1".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (IncludesAll)
        {
            parts.Add("all lines");
        }

        if (IncludedSkus.Count > 0)
        {
            parts.Add("SKU " + string.Join(", ", IncludedSkus.Select(s => s.Value).Order(StringComparer.Ordinal)));
        }

        if (IncludedCategories.Count > 0)
        {
            parts.Add("categories " + string.Join(", ", IncludedCategories.Select(c => c.Value).Order(StringComparer.Ordinal)));
        }

        var text = string.Join(" or ", parts);
        if (ExcludedSkus.Count + ExcludedCategories.Count > 0)
        {
            text += " except " + string.Join(", ", ExcludedSkus.Select(s => s.Value).Concat(ExcludedCategories.Select(c => c.Value)).Order(StringComparer.Ordinal));
        }

        return text;
    }

    private static bool AnyCategoryIn(CartLine line, IReadOnlySet<CategoryId> set)
    {
        if (set.Count == 0)
        {
            return false;
        }

        foreach (var category in line.Categories)
        {
            if (set.Contains(category))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<T> Validated<T>(IEnumerable<T> values, string paramName)
        where T : struct, IIdentifier =>
        IdArgument.RequireEach(values, paramName).ToFrozenSet();
}
