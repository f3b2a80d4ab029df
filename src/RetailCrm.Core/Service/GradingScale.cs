namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>
/// How complaints are graded: each factor adds points to a score, and the score picks the handling
/// level, whose deadlines the complaint gets. Every factor adds at least as many points for a
/// stronger input, and a higher level never has a later deadline, so a more serious complaint is
/// never handled lower or later than a milder one.
/// </summary>
/// <remarks>
/// Defaults (<see cref="CreateDefault"/>): intensity Calm 0, Concerned 1, Upset 2, Angry 3,
/// Outraged 4 points; 1 point per earlier complaint in 30 days, at most 2; 1 point for an order of
/// 500 or more and another for 2,000 or more (in the scale's currency); 1 point per customer value
/// rank above the lowest, at most 2. A score of 3 goes to a senior agent, 5 to a manager. Answer and
/// solve within 24 h / 72 h at the front line, 8 h / 48 h for a senior agent, 2 h / 24 h for a manager.
/// </remarks>
public sealed class GradingScale
{
    private readonly int[] intensityPoints;
    private readonly Money[] orderValueSteps;
    private readonly LevelDeadlines[] deadlines;

    /// <summary>Creates a scale.</summary>
    /// <param name="currency">The currency of the order value steps.</param>
    /// <param name="intensityPoints">The points of the five intensities, Calm first; zero or more, never fewer for a stronger one.</param>
    /// <param name="repeatWindow">How far back earlier complaints count as repeats; positive.</param>
    /// <param name="pointsPerRepeat">The points per earlier complaint; zero or more.</param>
    /// <param name="maxRepeatPoints">The most points repeats add; zero or more.</param>
    /// <param name="orderValueSteps">Order values from which one more point is added, ascending, positive, in <paramref name="currency"/>.</param>
    /// <param name="pointsPerValueRank">The points per customer value rank above the lowest; zero or more.</param>
    /// <param name="maxValuePoints">The most points customer value adds; zero or more.</param>
    /// <param name="seniorFrom">The score from which a senior agent handles the complaint; positive.</param>
    /// <param name="managerFrom">The score from which a manager handles it; above <paramref name="seniorFrom"/>.</param>
    /// <param name="frontLine">The deadlines at the front line.</param>
    /// <param name="senior">The deadlines for a senior agent, none later than the front line's.</param>
    /// <param name="manager">The deadlines for a manager, none later than a senior agent's.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list has the wrong length or order, a step is in another currency, or deadlines get later for a higher level.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number or a duration is out of range.</exception>
    public GradingScale(
        Currency currency,
        IReadOnlyList<int> intensityPoints,
        Duration repeatWindow,
        int pointsPerRepeat,
        int maxRepeatPoints,
        IReadOnlyList<Money> orderValueSteps,
        int pointsPerValueRank,
        int maxValuePoints,
        int seniorFrom,
        int managerFrom,
        LevelDeadlines frontLine,
        LevelDeadlines senior,
        LevelDeadlines manager)
    {
        Currency = Guard.Against.Null(currency);
        Guard.Against.Null(intensityPoints);
        Guard.Against.Null(orderValueSteps);
        if (intensityPoints.Count != 5 || intensityPoints[0] < 0 || intensityPoints.Zip(intensityPoints.Skip(1)).Any(p => p.Second < p.First))
        {
            throw new ArgumentException("Five intensity points, Calm first, zero or more, never fewer for a stronger intensity.", nameof(intensityPoints));
        }

        if (orderValueSteps.Any(s => !s.IsPositive || s.Currency != currency) || orderValueSteps.Zip(orderValueSteps.Skip(1)).Any(p => p.Second <= p.First))
        {
            throw new ArgumentException("Order value steps are positive, ascending and in the scale's currency.", nameof(orderValueSteps));
        }

        RepeatWindow = repeatWindow > Duration.Zero ? repeatWindow : throw new ArgumentOutOfRangeException(nameof(repeatWindow), repeatWindow, "The repeat window is positive.");
        PointsPerRepeat = ArgumentRange.NotNegative(pointsPerRepeat);
        MaxRepeatPoints = ArgumentRange.NotNegative(maxRepeatPoints);
        PointsPerValueRank = ArgumentRange.NotNegative(pointsPerValueRank);
        MaxValuePoints = ArgumentRange.NotNegative(maxValuePoints);
        SeniorFrom = ArgumentRange.Positive(seniorFrom);
        ManagerFrom = managerFrom > seniorFrom ? managerFrom : throw new ArgumentOutOfRangeException(nameof(managerFrom), managerFrom, "A manager takes over at a higher score than a senior agent.");
        deadlines = [Check(frontLine, null, nameof(frontLine)), Check(senior, frontLine, nameof(senior)), Check(manager, senior, nameof(manager))];
        this.intensityPoints = [.. intensityPoints];
        this.orderValueSteps = [.. orderValueSteps];
    }

    /// <summary>The currency of the order value steps.</summary>
    public Currency Currency { get; }

    /// <summary>The points of the five intensities, Calm first.</summary>
    public IReadOnlyList<int> IntensityPoints => intensityPoints;

    /// <summary>How far back earlier complaints count as repeats.</summary>
    public Duration RepeatWindow { get; }

    /// <summary>The points per earlier complaint.</summary>
    public int PointsPerRepeat { get; }

    /// <summary>The most points repeats add.</summary>
    public int MaxRepeatPoints { get; }

    /// <summary>Order values from which one more point is added, ascending.</summary>
    public IReadOnlyList<Money> OrderValueSteps => orderValueSteps;

    /// <summary>The points per customer value rank above the lowest.</summary>
    public int PointsPerValueRank { get; }

    /// <summary>The most points customer value adds.</summary>
    public int MaxValuePoints { get; }

    /// <summary>The score from which a senior agent handles the complaint.</summary>
    public int SeniorFrom { get; }

    /// <summary>The score from which a manager handles it.</summary>
    public int ManagerFrom { get; }

    /// <summary>The default scale in <paramref name="currency"/>; see the remarks of <see cref="GradingScale"/>.</summary>
    /// <param name="currency">The shop's currency.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static GradingScale CreateDefault(Currency currency)
    {
        Guard.Against.Null(currency);
        return new GradingScale(
            currency,
            [0, 1, 2, 3, 4],
            Duration.FromDays(30),
            pointsPerRepeat: 1,
            maxRepeatPoints: 2,
            [Money.Of(500m, currency), Money.Of(2_000m, currency)],
            pointsPerValueRank: 1,
            maxValuePoints: 2,
            seniorFrom: 3,
            managerFrom: 5,
            new LevelDeadlines(Duration.FromHours(24), Duration.FromHours(72)),
            new LevelDeadlines(Duration.FromHours(8), Duration.FromHours(48)),
            new LevelDeadlines(Duration.FromHours(2), Duration.FromHours(24)));
    }

    /// <summary>The rank of a value pyramid's level: 0 for its lowest level, one more for each level up.</summary>
    /// <param name="pyramid">The value pyramid (its tiers top first).</param>
    /// <param name="level">The customer's level in it.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The level is not one of the pyramid's.</exception>
    public static int ValueRankOf(ValuePyramid pyramid, PyramidLevel level)
    {
        Guard.Against.Null(pyramid);
        Guard.Against.Null(level);
        for (var i = 0; i < pyramid.Tiers.Count; i++)
        {
            if (pyramid.Tiers[i].Level.Id == level.Id)
            {
                return pyramid.Tiers.Count - 1 - i;
            }
        }

        throw new ArgumentException($"The level {level.Id} is not in the pyramid.", nameof(level));
    }

    /// <summary>The deadlines of a handling level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The deadlines.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public LevelDeadlines DeadlinesFor(HandlingLevel level) => deadlines[(int)ArgumentRange.Defined(level)];

    /// <summary>The handling level of a score.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The level.</returns>
    public HandlingLevel LevelOf(int score) =>
        score >= ManagerFrom ? HandlingLevel.Manager : score >= SeniorFrom ? HandlingLevel.SeniorAgent : HandlingLevel.FrontLine;

    /// <summary>Grades a complaint: a pure function of the input, with a reason per factor.</summary>
    /// <param name="input">What the complaint is graded on.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The intensity is not defined, or the repeats or the value rank are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The order value is in another currency than the scale.</exception>
    public ComplaintGrade Grade(GradingInput input)
    {
        Guard.Against.Null(input);
        var intensity = ArgumentRange.Defined(input.Intensity, nameof(input));
        var repeats = ArgumentRange.NotNegative(input.Repeats, nameof(input));
        var rank = ArgumentRange.NotNegative(input.ValueRank, nameof(input));
        var intensityScore = intensityPoints[(int)intensity - 1];
        var repeatScore = (int)Math.Min((long)repeats * PointsPerRepeat, MaxRepeatPoints);
        var valueScore = (int)Math.Min((long)rank * PointsPerValueRank, MaxValuePoints);
        var steps = 0;
        if (input.OrderValue is { } value)
        {
            if (value.Currency != Currency)
            {
                throw new CurrencyMismatchException(value.Currency, Currency);
            }

            steps = orderValueSteps.Count(s => value >= s);
        }

        var reasons = new GradeReason[]
        {
            new(GradeFactor.Intensity, intensityScore, $"the customer is {intensity}: +{intensityScore}"),
            new(GradeFactor.Repeats, repeatScore, $"{repeats} earlier complaint(s) within {RepeatWindow.Days} days: +{repeatScore}"),
            new(GradeFactor.OrderValue, steps, input.OrderValue is { } v ? $"order of {v}, {steps} value step(s) reached: +{steps}" : "no order: +0"),
            new(GradeFactor.CustomerValue, valueScore, $"customer value rank {rank}: +{valueScore}"),
        };
        var score = intensityScore + repeatScore + steps + valueScore;
        var level = LevelOf(score);
        return new ComplaintGrade(level, score, DeadlinesFor(level), reasons);
    }

    private static LevelDeadlines Check(LevelDeadlines deadlines, LevelDeadlines? lower, string name)
    {
        Guard.Against.Null(deadlines, name);
        if (deadlines.Response <= Duration.Zero || deadlines.Resolution < deadlines.Response)
        {
            throw new ArgumentOutOfRangeException(name, deadlines, "The response time is positive and the resolution time at least as long.");
        }

        if (lower is not null && (deadlines.Response > lower.Response || deadlines.Resolution > lower.Resolution))
        {
            throw new ArgumentException("A higher handling level never has a later deadline.", name);
        }

        return deadlines;
    }
}
