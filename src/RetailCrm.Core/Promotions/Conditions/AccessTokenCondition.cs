namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;

/// <summary>Holds when the session holds an access token: a member-only link, campus or enterprise access, a token-gated sale.</summary>
public sealed class AccessTokenCondition : Condition
{
    internal AccessTokenCondition(string token) => Token = Guard.Against.NullOrWhiteSpace(token);

    /// <summary>The token, compared ordinally.</summary>
    public string Token { get; }

    /// <summary>"access token ...".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"access token {Token}";

    internal override ConditionOutcome Evaluate(PricingRun run) =>
        ConditionOutcome.When(run.Cart.AccessTokens.Contains(Token), PromotionReason.AccessTokenMissing);
}
