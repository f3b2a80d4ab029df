namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RetailCrm.Persistence;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;
using RetailCrm.Service;

/// <summary>
/// Model-based: random command sequences through the service and the in-memory store (live state,
/// keyed records, history apart) against a naive reference that keeps every complaint whole in memory,
/// counts repeats by scanning every complaint of the customer, and reads overdue work, levels, states
/// and follow-ups from the full timelines. Same outcomes, same stored state, same events.
/// </summary>
public sealed class ComplaintStoreModelPropertyTests
{
    private static readonly ComplaintId[] Ids = [new("cmp-a"), new("cmp-b"), new("cmp-c")];
    private static readonly CustomerId[] Customers = [new("c-1"), new("c-2")];
    private static readonly string[] Names = ["pts-0", "pts-1", "sorry"];

    // (kind, complaint, customer, key, minutes after the previous command, a choice for amounts, names and answers).
    private static readonly Gen<(int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice)[]> Sequences =
        Gen.Choose(0, 10)
            .Zip(Gen.Choose(0, Ids.Length - 1))
            .Zip(Gen.Choose(0, Customers.Length - 1))
            .Zip(Gen.Choose(0, 5))
            .Zip(Gen.Frequency((4, Gen.Choose(0, 120)), (2, Gen.Choose(0, 4_320)), (1, Gen.Choose(0, 60_000))))
            .Zip(Gen.Choose(0, 5))
            .Select(t => (t.Item1.Item1.Item1.Item1.Item1, t.Item1.Item1.Item1.Item1.Item2, t.Item1.Item1.Item1.Item2, t.Item1.Item1.Item2, t.Item1.Item2, t.Item2))
            .ArrayOf()
            .Select(steps => steps.Take(14).ToArray());

    [Property(MaxTest = 3_000)]
    public Property Any_command_sequence_through_the_store_matches_the_whole_in_memory_reference() =>
        Prop.ForAll(Sequences.ToArbitrary(), steps => Run(steps).GetAwaiter().GetResult());

    private static async Task Run((int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice)[] steps)
    {
        var clock = new FakeClock(Desk.Monday);
        var store = new InMemoryComplaintStore();
        var issuer = new Issuer();
        var service = new ComplaintService(store, clock, Desk.Policy, issuer);
        var reference = new Dictionary<ComplaintId, Complaint>();
        foreach (var step in steps)
        {
            clock.Advance(Duration.FromMinutes(step.Minutes));
            var now = clock.GetCurrentInstant();
            var id = Ids[step.Complaint];
            var actual = await Outcome(() => Command(service, step, id));
            if (step.Kind == 10)
            {
                Assert.Equal(reference.Values.Where(c => NaiveOverdue(c, now)).Select(c => c.Id.Value).Order(StringComparer.Ordinal), (await service.FindOverdueAsync(10_000)).Select(c => c.Id.Value).Order(StringComparer.Ordinal));
                Assert.Equal(reference.Values.Where(c => NaiveFollowUpDue(c, now)).Select(c => c.Id.Value).Order(StringComparer.Ordinal), (await service.FindFollowUpsDueAsync(10_000)).Select(c => c.Id.Value).Order(StringComparer.Ordinal));
                continue;
            }

            var expected = await Outcome(() => Task.FromResult(Expected(reference, step, id, now)));
            Assert.Equal(expected, actual);
        }

        foreach (var complaint in reference.Values)
        {
            var stored = (await service.GetAsync(complaint.Id))!;
            var live = (await store.LoadAsync(new ComplaintKeys(complaint.Id))).Live!;
            Assert.Equal(complaint.Grade.Reasons, live.Grade.Reasons);
            Assert.Equal(complaint.ToLive() with { Grade = live.Grade }, live);
            Assert.Equal(complaint.History, stored.History);
            Assert.Equal(complaint.Compensations, stored.Compensations);
            Assert.Equal(complaint.History[^1].To, stored.State);
            var escalations = complaint.History.Count(t => t.Action == ComplaintAction.Escalate);
            Assert.Equal((HandlingLevel)Math.Min((int)complaint.Grade.Level + escalations, (int)HandlingLevel.Manager), stored.Level);
            Assert.Equal(complaint.History.FirstOrDefault(t => t.Action is ComplaintAction.Acknowledge or ComplaintAction.Escalate or ComplaintAction.Resolve)?.At, stored.RespondedAt);
        }

        var changes = reference.Values.Sum(c => c.History.Count + c.Compensations.Count + c.Compensations.Count(a => a.IsIssued));
        Assert.Equal(changes, store.Outbox.Count);
        foreach (var customer in Customers)
        {
            var issued = reference.Values.Where(c => c.Customer == customer).SelectMany(c => c.Compensations).Where(a => a.IsIssued).Sum(a => a.Action.Points.Value);
            Assert.Equal(issued, issuer.PointsOf(customer));
        }
    }

    private static Task<ComplaintResult> Command(ComplaintService service, (int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice) step, ComplaintId id)
    {
        var key = new IdempotencyKey($"k{step.Key}");
        return step.Kind switch
        {
            0 => service.OpenAsync(id, Customers[step.Customer], ComplaintChannel.Email, ComplaintSubject.Delivery, Intensity(step)),
            1 => service.AcknowledgeAsync(id, key, "agent"),
            2 => service.EscalateAsync(id, key, "agent"),
            3 => service.ResolveAsync(id, key, "agent"),
            4 => service.FollowUpAsync(id, key, "survey", Enum.GetValues<Satisfaction>()[step.Choice % 5]),
            5 => service.CloseAsync(id, key, "agent"),
            6 => service.ReopenAsync(id, key, "customer"),
            7 => service.ApproveAsync(id, key, PointsCredit(step), "lead"),
            8 => service.ApproveAsync(id, key, CompensationAction.Apology("sorry"), "lead"),
            9 => service.IssueAsync(id, key, Names[step.Choice % Names.Length]),
            _ => Task.FromResult<ComplaintResult>(null!),
        };
    }

    private static ComplaintResult Expected(Dictionary<ComplaintId, Complaint> reference, (int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice) step, ComplaintId id, Instant now)
    {
        var customer = Customers[step.Customer];
        if (step.Kind == 0)
        {
            if (reference.TryGetValue(id, out var existing))
            {
                return existing.Customer != customer ? new ComplaintResult(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.AlreadyExists, $"Complaint {id} belongs to another customer."), null)
                    : existing.Grading.Intensity == Intensity(step) ? new ComplaintResult(null, existing.State, null, IsReplay: true, id)
                    : throw new IdempotencyKeyReusedException(new IdempotencyKey(id.Value), "first", "again");
            }

            // Naive: every complaint of the customer opened in the window counts.
            var window = Desk.Policy.Scale.RepeatWindow;
            var repeats = reference.Values.Count(c => c.Customer == customer && c.OpenedAt <= now && c.OpenedAt > now - window);
            var opened = Complaint.Open(new ComplaintIntake(id, customer, ComplaintChannel.Email, ComplaintSubject.Delivery, now), new GradingInput(Intensity(step), repeats), Desk.Policy);
            reference[id] = opened;
            return new ComplaintResult(null, ComplaintState.Opened, opened.History[0], Id: id);
        }

        if (!reference.TryGetValue(id, out var complaint))
        {
            return new ComplaintResult(new Rejection<ComplaintRejectionReason>(ComplaintRejectionReason.NotFound, $"There is no complaint {id}."), null);
        }

        var key = new IdempotencyKey($"k{step.Key}");
        var at = Instant.Max(now, complaint.History[^1].At);
        return step.Kind switch
        {
            1 => complaint.Acknowledge(key, "agent", at),
            2 => complaint.Escalate(key, "agent", at),
            3 => complaint.Resolve(key, "agent", at),
            4 => complaint.FollowUp(key, "survey", at, Enum.GetValues<Satisfaction>()[step.Choice % 5]),
            5 => complaint.Close(key, "agent", at),
            6 => complaint.Reopen(key, "customer", at),
            7 => complaint.Approve(key, PointsCredit(step), "lead", now),
            8 => complaint.Approve(key, CompensationAction.Apology("sorry"), "lead", now),
            _ => complaint.MarkIssued(key, Names[step.Choice % Names.Length], now),
        };
    }

    // The old way: walk the timeline back to the last opening or reopening.
    private static bool NaiveOverdue(Complaint complaint, Instant at)
    {
        var cycle = complaint.History.Skip(complaint.History.ToList().FindLastIndex(t => t.Action is null or ComplaintAction.Reopen)).ToArray();
        var answered = cycle.Any(t => t.At <= at && t.Action is ComplaintAction.Acknowledge or ComplaintAction.Escalate or ComplaintAction.Resolve);
        var solved = cycle.Any(t => t.At <= at && t.Action is ComplaintAction.Resolve);
        return (at > complaint.CurrentDeadlines.ResponseDue && !answered) || (at > complaint.CurrentDeadlines.ResolutionDue && !solved);
    }

    private static bool NaiveFollowUpDue(Complaint complaint, Instant at) =>
        complaint.History[^1] is { Action: ComplaintAction.Resolve } last && at >= last.At + Desk.Policy.FollowUpDelay;

    private static EmotionalIntensity Intensity((int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice) step) =>
        step.Choice % 3 == 0 ? EmotionalIntensity.Angry : EmotionalIntensity.Calm;

    private static CompensationAction PointsCredit((int Kind, int Complaint, int Customer, int Key, int Minutes, int Choice) step) =>
        CompensationAction.PointsCredit(Names[step.Key % 2], Points.Of(step.Choice switch { 0 or 1 => 100, 2 or 3 => 800, _ => 3_000 }));

    // A result, or the type of what was thrown (the reference does not reproduce messages of exceptions).
    private static async Task<object> Outcome(Func<Task<ComplaintResult>> run)
    {
        try
        {
            return (object?)await run() ?? "query";
        }
        catch (IdempotencyKeyReusedException e)
        {
            return e.GetType();
        }
    }

    // Credits points once per key, like a real issuer.
    private sealed class Issuer : ICompensationIssuer
    {
        private readonly Dictionary<IdempotencyKey, (CustomerId Customer, Points Points)> credits = [];

        public long PointsOf(CustomerId customer) => credits.Values.Where(c => c.Customer == customer).Sum(c => c.Points.Value);

        public Task<Points> IssuePointsAsync(CustomerId customer, Points points, string reason, IdempotencyKey key, CancellationToken cancellationToken = default)
        {
            credits.TryAdd(key, (customer, points));
            return Task.FromResult(credits[key].Points);
        }

        public Task<CouponCode> IssueCouponAsync(CustomerId customer, PromotionId promotion, IdempotencyKey key, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("No coupons in this model.");
    }
}
