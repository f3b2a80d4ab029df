namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Service;

public sealed class CustomerOpeningsTests
{
    private static readonly Duration Window = Desk.Policy.Scale.RepeatWindow;

    [Property(MaxTest = 500)]
    public Property The_count_kept_is_the_count_of_every_opening_in_the_window() =>
        Prop.ForAll(Gen.Choose(0, 20 * 24 * 60).ArrayOf().ToArbitrary(), gaps =>
        {
            var openings = CustomerOpenings.None(Desk.Customer);
            var all = new List<Instant>();
            var at = Desk.Monday;
            foreach (var gap in gaps)
            {
                at += Duration.FromMinutes(gap);
                var naive = all.Count(o => o <= at && o > at - Window);
                Assert.Equal(naive, openings.CountWithin(at, Window));
                openings = openings.With(at, Window);
                all.Add(at);
            }

            Assert.Equal(gaps.Length, openings.Version);
            Assert.All(openings.OpenedAt, o => Assert.True(o > at - Window - Window));
        });

    [Fact]
    public void Openings_older_than_two_windows_are_dropped_and_an_opening_at_the_window_edge_does_not_count()
    {
        var openings = CustomerOpenings.None(Desk.Customer).With(Desk.Monday, Window);

        Assert.Equal(0, openings.CountWithin(Desk.Monday + Window, Window));
        Assert.Equal(1, openings.CountWithin(Desk.Monday + Window - Duration.Epsilon, Window));
        Assert.Equal([Desk.Monday + Window + Window], openings.With(Desk.Monday + Window + Window, Window).OpenedAt);
        Assert.Equal("customer", Assert.Throws<ArgumentException>(() => CustomerOpenings.None(default)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => openings.With(Desk.Monday, Duration.Zero));
    }

    [Fact]
    public void A_complaint_loaded_for_a_command_refuses_to_decide_on_a_key_or_a_compensation_it_was_not_loaded_with()
    {
        var complaint = Desk.Open();
        complaint.Approve(TestKeys.Next(), CompensationAction.Apology("apology"), "lead", Desk.Monday);
        var loaded = Complaint.FromLoaded(new LoadedComplaint(new ComplaintKeys(complaint.Id) { Command = new IdempotencyKey("loaded") }, complaint.ToLive()), Desk.Policy);

        Assert.Null(loaded.CommandUnder(new IdempotencyKey("loaded")));
        Assert.Throws<InvalidOperationException>(() => loaded.CommandUnder(new IdempotencyKey("other")));
        Assert.Throws<InvalidOperationException>(() => loaded.Escalate(new IdempotencyKey("other"), "agent", Desk.Monday));
        Assert.Throws<InvalidOperationException>(() => loaded.Approve(new IdempotencyKey("loaded"), CompensationAction.Apology("apology"), "lead", Desk.Monday));
        Assert.Null(loaded.TakeChanges());
    }
}
