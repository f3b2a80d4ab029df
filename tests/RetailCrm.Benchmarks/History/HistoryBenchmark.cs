namespace RetailCrm.Benchmarks.History;

using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;

/// <summary>
/// One command through its public service and the in-memory store, with <see cref="Prior"/> earlier
/// records of its kind behind it: the storage shape's promise is that 100 and 100,000 cost the same.
/// </summary>
/// <remarks>
/// Each benchmark method adds a record per call. So that "100 earlier records" stays true, the
/// history is rebuilt through the service before an iteration once the calls since the last rebuild
/// exceed a tenth of <see cref="Prior"/> (every iteration at 100, never at 100,000, where an
/// iteration's calls are under 1% more).
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(Calls, 1)]
[WarmupCount(2)]
[IterationCount(10)]
public abstract class HistoryBenchmark
{
    /// <summary>Calls of the benchmark per iteration.</summary>
    public const int Calls = 256;

    /// <summary>The instant every command happens at.</summary>
    protected static readonly Instant Now = Instant.FromUtc(2026, 6, 18, 12, 0);

    private int sinceRebuild;

    /// <summary>How many records of the command's kind precede it.</summary>
    [Params(100, 100_000)]
    public int Prior { get; set; }

    /// <summary>The clock the services read.</summary>
    protected FakeClock Clock { get; } = new(Now);

    /// <summary>A number no call has used yet, for ids and keys.</summary>
    protected int Next { get; private set; }

    /// <summary>Builds the history.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Rebuild();
    }

    /// <summary>Rebuilds the history when the calls since the last build would change it by more than a tenth.</summary>
    [IterationSetup]
    public void BeforeIteration() => StartIteration(recordsPerCall: 1);

    /// <summary>A fresh number for an id or a key.</summary>
    /// <returns>The number.</returns>
    protected int Fresh() => ++Next;

    /// <summary>Makes a new store and service and writes <see cref="Prior"/> records through the service.</summary>
    /// <param name="prior">How many.</param>
    protected abstract void Seed(int prior);

    /// <summary>
    /// Rebuilds the history when the calls since the last build would change it by more than a
    /// tenth, and counts the records the iteration's calls (and what is prepared for them) will add.
    /// </summary>
    /// <param name="recordsPerCall">Records each call adds, including what its setup prepares.</param>
    /// <param name="rebuild">Whether to rebuild whatever the calls since the last build, for a command whose calls grow the live state.</param>
    protected void StartIteration(int recordsPerCall, bool rebuild = false)
    {
        if (rebuild || sinceRebuild > Prior / 10)
        {
            Rebuild();
        }

        sinceRebuild += Calls * recordsPerCall;
    }

    /// <summary>Stops the run when a seeded command did not do what it should.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="message">What went wrong.</param>
    /// <exception cref="InvalidOperationException"><paramref name="condition"/> is false.</exception>
    protected static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private void Rebuild()
    {
        Seed(Prior);
        sinceRebuild = 0;
    }
}
