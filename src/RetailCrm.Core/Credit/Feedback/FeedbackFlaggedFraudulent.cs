namespace RetailCrm.Credit;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>The rating of a trade (given or still to come) was flagged as fraudulent: it does not count.</summary>
/// <param name="Party">The profile's owner.</param>
/// <param name="Role">The owner's role in the trade.</param>
/// <param name="Flag">The flag.</param>
/// <exception cref="ArgumentNullException"><paramref name="Flag"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Party"/> is <c>default</c>.</exception>
public sealed record FeedbackFlaggedFraudulent(PartyId Party, FeedbackRole Role, FraudFlag Flag) : DomainEvent((Flag ?? throw new ArgumentNullException(nameof(Flag))).At)
{
    /// <summary>The profile's owner.</summary>
    public PartyId Party { get; init => field = IdArgument.Require(value, nameof(Party)); } = IdArgument.Require(Party, nameof(Party));

    /// <summary>The profile's stream: <c>feedback/{party}</c>.</summary>
    public override string Stream => $"feedback/{Party}";
}
