namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;
using RetailCrm.Service;

/// <summary>Retries under idempotency keys, against the reference: the same commands without the retries.</summary>
public sealed class ComplaintRetryPropertyTests
{
    private const int Kinds = 9;

    // (kind, minutes after the previous command, answer, points, which earlier command to retry after this one, or -1).
    private static readonly Gen<(int Kind, int Minutes, Satisfaction Answer, int Points, int Retry)[]> Sequences =
        Gen.Choose(0, Kinds - 1)
            .Zip(Gen.Choose(0, 600))
            .Zip(Gen.Elements(Enum.GetValues<Satisfaction>()))
            .Zip(Gen.Elements(100, 1_000, 100_000))
            .Zip(Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 40))))
            .Select(t => (t.Item1.Item1.Item1.Item1, t.Item1.Item1.Item1.Item2, t.Item1.Item1.Item2, t.Item1.Item2, t.Item2))
            .ArrayOf();

    [Fact]
    public void Any_sequence_with_retries_ends_as_the_sequence_without_them_and_each_retry_returns_the_first_outcome()
    {
        Prop.ForAll(Sequences.ToArbitrary(), sequence =>
        {
            var reference = Desk.Open(orderValue: Desk.Cny(300m));
            var at = reference.OpenedAt;
            var instants = new List<Instant>();
            var expected = new List<ComplaintResult>();
            foreach (var (index, step) in sequence.Index())
            {
                at += Duration.FromMinutes(step.Minutes);
                instants.Add(at);
                expected.Add(Run(reference, index, step, at));
            }

            var retried = Desk.Open(orderValue: Desk.Cny(300m));
            foreach (var (index, step) in sequence.Index())
            {
                Assert.Equal(expected[index], Run(retried, index, step, instants[index]));
                if (step.Retry >= 0 && step.Retry <= index)
                {
                    var first = sequence[step.Retry];
                    Assert.Equal(expected[step.Retry] with { IsReplay = true }, Run(retried, step.Retry, first, instants[index]));
                }
            }

            AssertSame(reference, retried);
        }).QuickCheckThrowOnFailure();
    }

    private static ComplaintResult Run(Complaint complaint, int index, (int Kind, int Minutes, Satisfaction Answer, int Points, int Retry) step, Instant at)
    {
        var key = new IdempotencyKey($"cmd-{index}");
        return step.Kind switch
        {
            0 => complaint.Acknowledge(key, "agent", at),
            1 => complaint.Escalate(key, "agent", at, $"note {index}"),
            2 => complaint.Resolve(key, "agent", at),
            3 => complaint.FollowUp(key, "survey", at, step.Answer),
            4 => complaint.Close(key, "agent", at),
            5 => complaint.Reopen(key, "customer", at),
            6 => complaint.Approve(key, CompensationAction.PointsCredit($"credit-{index}", Points.Of(step.Points)), "lead", at),
            7 => complaint.MarkIssued(key, $"credit-{step.Retry}", at),
            _ => complaint.Apply(ComplaintAction.Escalate, key, "agent", at),
        };
    }

    private static void AssertSame(Complaint expected, Complaint actual)
    {
        Assert.Equal(
            (expected.State, expected.Level, expected.Version, expected.RespondedAt, expected.ResolvedAt, expected.FollowUpAnswer, expected.FollowUpDueAt, expected.ReopenCount, expected.CurrentDeadlines),
            (actual.State, actual.Level, actual.Version, actual.RespondedAt, actual.ResolvedAt, actual.FollowUpAnswer, actual.FollowUpDueAt, actual.ReopenCount, actual.CurrentDeadlines));
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Compensations, actual.Compensations);
        Assert.Equal(expected.Commands, actual.Commands);
    }
}
