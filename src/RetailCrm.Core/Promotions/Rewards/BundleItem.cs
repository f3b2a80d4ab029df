namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>One item of a bundle: a SKU and how many units of it one set holds.</summary>
public sealed record BundleItem
{
    /// <summary>Creates a bundle item.</summary>
    /// <param name="sku">The product variant.</param>
    /// <param name="quantity">Units per set, at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is below 1.</exception>
    public BundleItem(Sku sku, int quantity = 1)
    {
        Sku = sku.Value.Length > 0 ? sku : throw new ArgumentException("The SKU is required.", nameof(sku));
        Quantity = ArgumentRange.Positive(quantity);
    }

    /// <summary>The product variant.</summary>
    public Sku Sku { get; }

    /// <summary>Units per set.</summary>
    public int Quantity { get; }

    /// <summary>"2 x sku".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Quantity} x {Sku}";
}
