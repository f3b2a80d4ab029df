namespace RetailCrm.Tests.Persistence.InMemory;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;

public sealed class InMemoryEventOutboxTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 18, 10, 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_are_read_in_commit_order_with_positions_from_one()
    {
        var outbox = new InMemoryEventOutbox();
        outbox.Append([new Happened("a", At), new Happened("b", At)]);
        outbox.Append([new Happened("c", At)]);

        var read = await outbox.ReadAsync(0, 10, Token);

        Assert.Equal(["a", "b", "c"], read.Select(e => ((Happened)e.Event).Name));
        Assert.Equal([1L, 2, 3], read.Select(e => e.Position));
        Assert.Equal(3, outbox.Count);
    }

    [Fact]
    public async Task Reading_after_a_position_pages_through_the_log()
    {
        var outbox = new InMemoryEventOutbox();
        outbox.Append([.. Enumerable.Range(1, 5).Select(i => new Happened($"e{i}", At))]);

        var page = await outbox.ReadAsync(2, 2, Token);
        var past = await outbox.ReadAsync(9, 2, Token);

        Assert.Equal([3L, 4], page.Select(e => e.Position));
        Assert.Empty(past);
    }

    [Fact]
    public async Task Marking_published_leaves_only_later_events_unpublished_and_never_goes_back()
    {
        var outbox = new InMemoryEventOutbox();
        outbox.Append([.. Enumerable.Range(1, 4).Select(i => new Happened($"e{i}", At))]);

        await outbox.MarkPublishedAsync(3, Token);
        await outbox.MarkPublishedAsync(1, Token);
        var pending = await outbox.ReadUnpublishedAsync(10, Token);

        Assert.Equal([4L], pending.Select(e => e.Position));
        Assert.Equal(4, (await outbox.ReadAsync(0, 10, Token)).Count);
    }

    [Fact]
    public async Task Marking_a_position_not_committed_yet_throws_naming_it_and_changes_nothing()
    {
        var outbox = new InMemoryEventOutbox();
        outbox.Append([new Happened("a", At)]);

        var beyond = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.MarkPublishedAsync(2, Token));
        var zero = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.MarkPublishedAsync(0, Token));

        Assert.Equal("throughPosition", beyond.ParamName);
        Assert.Equal("throughPosition", zero.ParamName);
        Assert.Single(await outbox.ReadUnpublishedAsync(10, Token));
    }

    [Theory]
    [InlineData(-1, 10, "afterPosition")]
    [InlineData(0, 0, "maxCount")]
    [InlineData(0, 10_001, "maxCount")]
    public async Task A_read_out_of_range_throws_naming_the_argument(long after, int max, string name)
    {
        var outbox = new InMemoryEventOutbox();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.ReadAsync(after, max, Token));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public async Task Commits_racing_on_many_threads_get_contiguous_positions_and_keep_each_commit_together()
    {
        var outbox = new InMemoryEventOutbox();

        await Parallel.ForAsync(0, 64, Token, (i, _) =>
        {
            outbox.Append([new Happened($"{i}:1", At), new Happened($"{i}:2", At)]);
            return ValueTask.CompletedTask;
        });
        var read = await outbox.ReadAsync(0, 1_000, Token);

        Assert.Equal(Enumerable.Range(1, 128).Select(i => (long)i), read.Select(e => e.Position));
        for (var i = 0; i < read.Count; i += 2)
        {
            var first = ((Happened)read[i].Event).Name;
            Assert.EndsWith(":1", first);
            Assert.Equal(first[..^1] + "2", ((Happened)read[i + 1].Event).Name);
        }
    }

    [Fact]
    public void An_entry_needs_a_position_from_one_and_an_event()
    {
        Assert.Equal("position", Assert.Throws<ArgumentOutOfRangeException>(() => new OutboxEntry(0, new Happened("a", At))).ParamName);
        Assert.Equal("event", Assert.Throws<ArgumentNullException>(() => new OutboxEntry(1, null!)).ParamName);
    }

    [Property(MaxTest = 200)]
    public void Reading_page_by_page_returns_every_event_once_in_order(PositiveInt commits, PositiveInt pageSize)
    {
        var outbox = new InMemoryEventOutbox();
        var expected = new List<string>();
        for (var c = 0; c < commits.Get % 30; c++)
        {
            var names = Enumerable.Range(0, (c % 3) + 1).Select(i => $"{c}.{i}").ToArray();
            expected.AddRange(names);
            outbox.Append([.. names.Select(n => new Happened(n, At))]);
        }

        var seen = new List<string>();
        var after = 0L;
        var page = Math.Min(pageSize.Get, 10_000);
        while (true)
        {
            var read = outbox.ReadAsync(after, page).GetAwaiter().GetResult();
            if (read.Count == 0)
            {
                break;
            }

            seen.AddRange(read.Select(e => ((Happened)e.Event).Name));
            after = read[^1].Position;
        }

        Assert.Equal(expected, seen);
    }

    private sealed record Happened(string Name, Instant When) : DomainEvent(When)
    {
        public override string Stream => $"test/{Name}";
    }
}
