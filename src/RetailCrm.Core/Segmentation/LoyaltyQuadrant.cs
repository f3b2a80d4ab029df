namespace RetailCrm.Segmentation;

/// <summary>The attitude x behaviour matrix of loyalty (Dick and Basu).</summary>
public enum LoyaltyQuadrant
{
    /// <summary>Low attitude, low repeat purchase: no loyalty.</summary>
    NoLoyalty = 0,

    /// <summary>Low attitude, high repeat purchase: buys out of habit or convenience, and leaves for a better offer.</summary>
    Spurious = 1,

    /// <summary>High attitude, low repeat purchase: likes the shop but buys rarely; an opportunity.</summary>
    Latent = 2,

    /// <summary>High attitude, high repeat purchase: true loyalty.</summary>
    True = 3,
}
