namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>
/// The complaint state machine's table: which action is legal in which state, and where it leads.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>From</term><description>Legal actions (and the state they lead to)</description></listheader>
/// <item><term>Opened</term><description>Acknowledge, Escalate, Resolve</description></item>
/// <item><term>Acknowledged</term><description>Escalate, Resolve</description></item>
/// <item><term>Escalated</term><description>Acknowledge (by the new handler), Escalate (while below manager), Resolve</description></item>
/// <item><term>Resolved</term><description>FollowUp, Close, Reopen</description></item>
/// <item><term>FollowedUp</term><description>Close, Reopen</description></item>
/// <item><term>Closed</term><description>Reopen</description></item>
/// <item><term>Reopened</term><description>Acknowledge, Escalate, Resolve</description></item>
/// </list>
/// Each action leads to the state of the same name. Escalating is further refused when the
/// complaint is already handled by a manager, whatever its state.
/// </remarks>
public static class ComplaintTransitions
{
    /// <summary>Whether <paramref name="action"/> is legal in <paramref name="state"/> by the table.</summary>
    /// <param name="state">The complaint's state.</param>
    /// <param name="action">The action.</param>
    /// <returns><see langword="true"/> when the table allows it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public static bool IsAllowed(ComplaintState state, ComplaintAction action) =>
        (ArgumentRange.Defined(state), ArgumentRange.Defined(action)) switch
        {
            (ComplaintState.Opened or ComplaintState.Reopened, ComplaintAction.Acknowledge or ComplaintAction.Escalate or ComplaintAction.Resolve) => true,
            (ComplaintState.Acknowledged, ComplaintAction.Escalate or ComplaintAction.Resolve) => true,
            (ComplaintState.Escalated, ComplaintAction.Acknowledge or ComplaintAction.Escalate or ComplaintAction.Resolve) => true,
            (ComplaintState.Resolved, ComplaintAction.FollowUp or ComplaintAction.Close or ComplaintAction.Reopen) => true,
            (ComplaintState.FollowedUp, ComplaintAction.Close or ComplaintAction.Reopen) => true,
            (ComplaintState.Closed, ComplaintAction.Reopen) => true,
            _ => false,
        };

    /// <summary>The state an action leads to.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is not defined.</exception>
    public static ComplaintState Target(ComplaintAction action) => ArgumentRange.Defined(action) switch
    {
        ComplaintAction.Acknowledge => ComplaintState.Acknowledged,
        ComplaintAction.Escalate => ComplaintState.Escalated,
        ComplaintAction.Resolve => ComplaintState.Resolved,
        ComplaintAction.FollowUp => ComplaintState.FollowedUp,
        ComplaintAction.Close => ComplaintState.Closed,
        _ => ComplaintState.Reopened,
    };

    /// <summary>The actions legal in <paramref name="state"/>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The actions, in declaration order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    public static IReadOnlyList<ComplaintAction> AllowedIn(ComplaintState state)
    {
        ArgumentRange.Defined(state);
        return [.. Enum.GetValues<ComplaintAction>().Where(a => IsAllowed(state, a))];
    }
}
