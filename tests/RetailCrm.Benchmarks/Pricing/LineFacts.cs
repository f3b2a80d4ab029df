namespace RetailCrm.Benchmarks.Pricing;

/// <summary>One cart line as RulesEngine's expressions see it.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Category">The category.</param>
/// <param name="Quantity">The units.</param>
/// <param name="Value">The line's current value in minor units.</param>
public sealed record LineFacts(string Sku, string Category, long Quantity, long Value);
