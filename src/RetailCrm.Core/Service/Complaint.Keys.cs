namespace RetailCrm.Service;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

public sealed partial class Complaint
{
    private readonly List<ProcessedComplaintCommand> commands = [];
    private readonly Dictionary<IdempotencyKey, int> commandIndex = [];

    /// <summary>
    /// The commands handled under an idempotency key that this instance holds, oldest first, with
    /// their first outcome (applied or rejected): every one for a complaint built in memory; none
    /// for one read from a store, which keeps each record by (complaint, key).
    /// </summary>
    public IReadOnlyList<ProcessedComplaintCommand> Commands => commands;

    /// <summary>The first outcome of the command handled under <paramref name="key"/>, or <see langword="null"/> when none was.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException">The complaint was read from a store without the record of that key (the store loads it by key for the command that names it).</exception>
    public ProcessedComplaintCommand? CommandUnder(IdempotencyKey key)
    {
        if (commandIndex.TryGetValue(IdArgument.Require(key, nameof(key)), out var i))
        {
            return commands[i];
        }

        return loadedKeys is { } keys && !keys.Contains(key)
            ? throw new InvalidOperationException($"The record of key {key} on complaint {Id} was not loaded: load it by key before deciding on it.")
            : null;
    }

    // The replay of the command under key, null when the key is new; throws when the key was used for another command.
    private ComplaintResult? Replay(IdempotencyKey key, string command) =>
        CommandUnder(key) is not { } first ? null
        : first.Command == command ? first.ToReplay()
        : throw new IdempotencyKeyReusedException(key, first.Command, command);

    // Runs a command once per key: a retry returns the first outcome, a rejection included, and
    // remembering the key is itself a change (the version moves once, whatever the outcome).
    private ComplaintResult Keyed(IdempotencyKey key, string command, Func<ComplaintResult> run)
    {
        if (Replay(key, command) is { } replay)
        {
            return replay;
        }

        var version = Version;
        var result = run();
        Remember(new ProcessedComplaintCommand(Id, key, command, result.Reason, result.Rejection?.Message, State, result.Transition));
        Version = version + 1;
        return result;
    }

    private void Remember(ProcessedComplaintCommand processed)
    {
        commandIndex.Add(processed.Key, commands.Count);
        commands.Add(processed);
        pendingCommands.Add(processed);
    }
}
