namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>What a complaint is graded on.</summary>
/// <param name="Intensity">What the customer says the problem is to them: their stated severity.</param>
/// <param name="Repeats">How many earlier complaints the customer made within the scale's repeat window; zero or more.</param>
/// <param name="OrderValue">The value of the order complained about, or <see langword="null"/> when there is no order.</param>
/// <param name="ValueRank">
/// The customer's value level from segmentation as a rank, 0 for the least valuable level (see
/// <see cref="GradingScale.ValueRankOf"/> to read it from a value pyramid's level).
/// </param>
public sealed record GradingInput(EmotionalIntensity Intensity, int Repeats = 0, Money? OrderValue = null, int ValueRank = 0);
