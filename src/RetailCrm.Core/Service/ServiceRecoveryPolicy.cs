namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The shop's service recovery settings: the grading scale, the compensation policy, the delay
/// after which a resolved complaint is followed up, and the desk's business hours (deadlines count
/// only working time when set, all time when not).
/// </summary>
public sealed class ServiceRecoveryPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="scale">The grading scale.</param>
    /// <param name="compensation">The compensation policy, in the scale's currency.</param>
    /// <param name="followUpDelay">How long after resolution the customer is asked how satisfied they are; positive.</param>
    /// <param name="businessHours">The desk's hours, or <see langword="null"/> for deadlines in elapsed time.</param>
    /// <exception cref="ArgumentNullException">The scale or the compensation policy is null.</exception>
    /// <exception cref="ArgumentException">The compensation policy is in another currency than the scale.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="followUpDelay"/> is not positive.</exception>
    public ServiceRecoveryPolicy(GradingScale scale, CompensationPolicy compensation, Duration followUpDelay, BusinessHours? businessHours = null)
    {
        Scale = Guard.Against.Null(scale);
        Compensation = Guard.Against.Null(compensation);
        if (compensation.Currency != scale.Currency)
        {
            throw new ArgumentException("The compensation policy is in the scale's currency.", nameof(compensation));
        }

        FollowUpDelay = followUpDelay > Duration.Zero ? followUpDelay : throw new ArgumentOutOfRangeException(nameof(followUpDelay), followUpDelay, "The follow-up delay is positive.");
        BusinessHours = businessHours;
    }

    /// <summary>The grading scale.</summary>
    public GradingScale Scale { get; }

    /// <summary>The compensation policy.</summary>
    public CompensationPolicy Compensation { get; }

    /// <summary>How long after resolution the customer is followed up.</summary>
    public Duration FollowUpDelay { get; }

    /// <summary>The desk's hours, or <see langword="null"/> for deadlines in elapsed time.</summary>
    public BusinessHours? BusinessHours { get; }

    /// <summary>The currency of the policy.</summary>
    public Currency Currency => Scale.Currency;

    /// <summary>The default policy: <see cref="GradingScale.CreateDefault"/>, <see cref="CompensationPolicy.CreateDefault"/>, a follow-up 3 days after resolution, deadlines in elapsed time.</summary>
    /// <param name="currency">The shop's currency.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static ServiceRecoveryPolicy CreateDefault(Currency currency) =>
        new(GradingScale.CreateDefault(currency), CompensationPolicy.CreateDefault(currency), Duration.FromDays(3));

    /// <summary>The instant <paramref name="span"/> after <paramref name="start"/>: in working time with business hours, in elapsed time without.</summary>
    /// <param name="start">When the clock starts.</param>
    /// <param name="span">The time allowed; zero or more.</param>
    /// <returns>The deadline, never earlier than <paramref name="start"/> plus <paramref name="span"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is negative or more than 3,650 days.</exception>
    public Instant DeadlineFrom(Instant start, Duration span)
    {
        if (span < Duration.Zero || span > Duration.FromDays(3_650))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The time allowed is zero or more, at most 3,650 days.");
        }

        return BusinessHours is { } hours ? hours.AddWorkingTime(start, span) : start + span;
    }

    /// <summary>The deadlines of a complaint whose clock starts at <paramref name="start"/> with <paramref name="deadlines"/>.</summary>
    /// <param name="start">When the clock starts: the complaint's opening or reopening.</param>
    /// <param name="deadlines">The handling level's deadlines.</param>
    /// <returns>The deadlines as instants.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadlines"/> is null.</exception>
    public ComplaintDeadlines DeadlinesFrom(Instant start, LevelDeadlines deadlines)
    {
        Guard.Against.Null(deadlines);
        return new ComplaintDeadlines(DeadlineFrom(start, deadlines.Response), DeadlineFrom(start, deadlines.Resolution));
    }
}
