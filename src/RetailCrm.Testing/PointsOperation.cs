namespace RetailCrm.Testing;

using NodaTime;
using RetailCrm.Points;

/// <summary>One step of a generated points scenario: a command at an instant, or an expiry run when <see cref="Command"/> is null.</summary>
/// <param name="Command">The command, or null for <see cref="PointsAccount.Expire"/>.</param>
/// <param name="At">When it happens.</param>
public sealed record PointsOperation(PointsCommand? Command, Instant At)
{
    /// <summary>Applies the step to an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The outcome.</returns>
    public PointsResult ApplyTo(PointsAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Command is null ? account.Expire(At) : account.Execute(Command, At);
    }

    /// <summary>A short description for counterexamples.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{At:yyyy-MM-dd HH:mm} {(Command is null ? "expire" : Command.Key + " " + Command.Describe())}";
}
