namespace RetailCrm.Credit;

/// <summary>What one side of a trade says about the other: Taobao's positive, neutral or negative, worth +1, 0 and -1 points.</summary>
public enum RatingValue
{
    /// <summary>A negative rating (差评), -1 point.</summary>
    Negative = -1,

    /// <summary>A neutral rating (中评), 0 points.</summary>
    Neutral = 0,

    /// <summary>A positive rating (好评), +1 point.</summary>
    Positive = 1,
}
