namespace RetailCrm.Testing;

using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>A generated membership scenario: a ladder, when the member joins, and the steps that follow.</summary>
/// <param name="Ladder">The ladder the member climbs.</param>
/// <param name="JoinedAt">When the member joins.</param>
/// <param name="Steps">The steps, in the order to apply them.</param>
public sealed record MembershipScenario(TierLadder Ladder, Instant JoinedAt, IReadOnlyList<MembershipStep> Steps)
{
    /// <summary>Opens the member's account on <see cref="Ladder"/> at <see cref="JoinedAt"/>.</summary>
    /// <param name="customer">The member; "m-scenario" when omitted.</param>
    /// <returns>The account, with no step applied.</returns>
    public MembershipAccount Open(CustomerId? customer = null) =>
        MembershipAccount.Open(customer ?? new CustomerId("m-scenario"), Ladder, JoinedAt);

    /// <summary>Opens the account and applies every step.</summary>
    /// <returns>The account after the last step.</returns>
    public MembershipAccount Run()
    {
        var account = Open();
        foreach (var step in Steps)
        {
            step.ApplyTo(account);
        }

        return account;
    }

    /// <summary>Describes a ladder on one line: window, zone, grace period, steps down, refund rule and tiers ("*" marks a lifetime tier).</summary>
    /// <param name="ladder">The ladder.</param>
    /// <returns>The text.</returns>
    public static string Describe(TierLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        var tiers = string.Join("; ", ladder.Tiers.Select(t => $"{t.Id}{(t.Lifetime ? "*" : string.Empty)} ({t.Requirement})"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ladder.Window} in {ladder.Zone.Id}, grace {PeriodPattern.Roundtrip.Format(ladder.GracePeriod)}, {ladder.MaxStepsDown} step(s) down, refunds {(ladder.RefundsUndoUpgrades ? "undo" : "keep")} upgrades: {tiers}");
    }

    /// <summary>The ladder, the joining instant and one line per step, for counterexamples.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Describe(Ladder)).AppendLine();
        text.Append("joined ").Append(InstantPattern.General.Format(JoinedAt)).AppendLine();
        foreach (var step in Steps)
        {
            text.Append("  ").Append(step).AppendLine();
        }

        return text.ToString();
    }
}
