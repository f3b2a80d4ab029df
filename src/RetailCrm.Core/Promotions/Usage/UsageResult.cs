namespace RetailCrm.Promotions;

/// <summary>What recording a use did: recorded, already recorded (a replay), or rejected because a limit is reached.</summary>
public sealed class UsageResult
{
    private UsageResult(bool succeeded, bool replayed, Rejection<UsageRejectionReason>? rejection)
    {
        Succeeded = succeeded;
        Replayed = replayed;
        Rejection = rejection;
    }

    /// <summary>The use is recorded (now or before).</summary>
    public bool Succeeded { get; }

    /// <summary>The same use had been recorded before; nothing changed.</summary>
    public bool Replayed { get; }

    /// <summary>Why the use was not recorded, when it was not.</summary>
    public Rejection<UsageRejectionReason>? Rejection { get; }

    internal static UsageResult Recorded { get; } = new(true, false, null);

    internal static UsageResult Replay { get; } = new(true, true, null);

    internal static UsageResult Rejected(UsageRejectionReason reason, string message) => new(false, false, new(reason, message));

    /// <summary>"recorded", "already recorded" or the rejection.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rejection?.ToString() ?? (Replayed ? "already recorded" : "recorded");
}
