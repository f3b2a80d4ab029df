namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using RetailCrm.Service;

public sealed class ServiceRecoveryMeasuresTests
{
    [Fact]
    public void Measures_count_times_deadlines_and_reopens()
    {
        var at = Desk.Monday + Duration.FromDays(10);
        var quick = Desk.Open(id: "a");
        quick.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(1));
        quick.Resolve(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(10));
        var slow = Desk.Open(id: "b");
        slow.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(30));
        slow.Resolve(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(80));
        slow.Reopen(TestKeys.Next(), "customer", Desk.Monday + Duration.FromHours(90));
        var waiting = Desk.Open(id: "c", at: at - Duration.FromHours(2));
        var forgotten = Desk.Open(id: "d");

        var measures = ServiceRecoveryMeasures.Measure([quick, slow, waiting, forgotten], at);

        Assert.Equal((4L, 2L, 2L), (measures.Count, measures.Responded, measures.Resolved));
        Assert.Equal(Duration.FromMinutes(930), measures.MeanResponseTime);
        Assert.Equal(Duration.FromMinutes(930), measures.MedianResponseTime);
        Assert.Equal(Duration.FromHours(45), measures.MeanResolutionTime);
        Assert.Equal((1L, 2L, 1L), (measures.Response.OnTime, measures.Response.Late, measures.Response.Pending));
        Assert.Equal((Percentage.FromPercent(25), Percentage.FromPercent(50), Percentage.FromPercent(25)), (measures.Response.OnTimeShare, measures.Response.LateShare, measures.Response.PendingShare));
        Assert.Equal((1L, 2L, 1L), (measures.Resolution.OnTime, measures.Resolution.Late, measures.Resolution.Pending));
        Assert.Equal((1L, Percentage.FromPercent(50)), (measures.Reopened, measures.ReopenRate));
    }

    [Fact]
    public void Shares_always_add_up_to_a_hundred_percent_and_counts_to_the_total()
    {
        var sets = Gen.Choose(0, 4).Zip(Gen.Choose(0, 100)).ArrayOf();
        Prop.ForAll(sets.ToArbitrary(), plan =>
        {
            var complaints = plan.Select((p, i) =>
            {
                var complaint = Desk.Open(id: $"c{i}");
                if (p.Item1 >= 1)
                {
                    complaint.Acknowledge(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(p.Item2));
                }

                if (p.Item1 >= 2)
                {
                    complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday + Duration.FromHours(p.Item2 + 1));
                }

                return complaint;
            }).ToArray();
            var measures = ServiceRecoveryMeasures.Measure(complaints, Desk.Monday + Duration.FromHours(50));

            foreach (var record in new[] { measures.Response, measures.Resolution })
            {
                Assert.Equal(complaints.Length, record.Total);
                var sum = record.OnTimeShare.Value + record.LateShare.Value + record.PendingShare.Value;
                Assert.Equal(complaints.Length == 0 ? 0m : 100m, sum);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Follow_up_answers_feed_the_loyalty_pyramid()
    {
        var happy = Desk.Open(id: "a");
        happy.Resolve(TestKeys.Next(), "agent", Desk.Monday);
        happy.FollowUp(TestKeys.Next(), "survey", Desk.Monday + Duration.FromDays(3), Satisfaction.VerySatisfied);
        var unanswered = Desk.Open(id: "b");

        var report = LoyaltyPyramid.Jd.Report(ServiceRecoveryMeasures.FollowUpAnswers([happy, unanswered]));

        Assert.Equal(1, report.Total);
        Assert.Equal(Satisfaction.VerySatisfied, Assert.Single(ServiceRecoveryMeasures.FollowUpAnswers([happy, unanswered])));
    }
}
