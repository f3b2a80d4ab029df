namespace RetailCrm.Tests.Service;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Service;

public sealed class CompensationTests
{
    private static readonly PromotionId Sorry = new("sorry-coupon");

    [Fact]
    public void An_approved_compensation_never_exceeds_the_policys_bound()
    {
        var actions = Gen.Choose(0, 2).Zip(Gen.Choose(1, 4_000)).ArrayOf();
        var complaints = Gen.Elements(Enum.GetValues<EmotionalIntensity>()).Zip(Gen.Choose(0, 5));
        Prop.ForAll(complaints.ToArbitrary(), actions.ToArbitrary(), (who, wanted) =>
        {
            var complaint = Desk.Open(who.Item1, valueRank: who.Item2);
            var bound = Desk.Policy.Compensation.BoundFor(complaint.Level, who.Item2);
            for (var i = 0; i < wanted.Length; i++)
            {
                var (kind, size) = wanted[i];
                var action = kind switch
                {
                    0 => CompensationAction.PointsCredit($"p{i}", Points.Of(size)),
                    1 => CompensationAction.Coupon($"c{i}", Sorry, Desk.Cny(size / 10m)),
                    _ => CompensationAction.Gift($"g{i}", Desk.Cny(size / 10m), "tea sample"),
                };
                var approved = complaint.Approve(TestKeys.Next(), action, "lead", Desk.Monday);
                Assert.True(approved.Succeeded || approved.Reason == ComplaintRejectionReason.OverBound);
            }

            var given = complaint.Compensations.Select(c => c.Action).ToArray();
            Assert.True(given.Aggregate(Points.Zero, (s, a) => s + a.Points) <= bound.MaxPoints);
            Assert.True(given.Where(a => a.Kind == CompensationKind.Coupon).Aggregate(Desk.Cny(0m), (s, a) => s + a.Value!.Value) <= bound.MaxCouponValue);
            Assert.True(given.Where(a => a.Kind == CompensationKind.Gift).Aggregate(Desk.Cny(0m), (s, a) => s + a.Value!.Value) <= bound.MaxGiftValue);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bounds_grow_with_the_level_and_the_customers_value()
    {
        var policy = Desk.Policy.Compensation;
        Prop.ForAll(Gen.Choose(0, 2).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (level, rank) =>
        {
            var bound = policy.BoundFor((HandlingLevel)level, rank);
            var higher = policy.BoundFor((HandlingLevel)Math.Min(2, level + 1), rank + 1);

            Assert.True(higher.MaxPoints >= bound.MaxPoints && higher.MaxCouponValue >= bound.MaxCouponValue && higher.MaxGiftValue >= bound.MaxGiftValue);
            Assert.All(policy.Suggest((HandlingLevel)level, rank, ComplaintSubject.Product, true), a => Assert.True(a.Points <= bound.MaxPoints));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Approving_beyond_the_bound_is_refused_with_a_reason()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry, valueRank: 1);

        var within = complaint.Approve(TestKeys.Next(), CompensationAction.PointsCredit("goodwill", Points.Of(1_000)), "lead", Desk.Monday);
        var beyond = complaint.Approve(TestKeys.Next(), CompensationAction.PointsCredit("more", Points.Of(501)), "lead", Desk.Monday);

        Assert.Equal(Points.Of(1_500), complaint.CompensationBound.MaxPoints);
        Assert.True(within.Succeeded);
        Assert.Equal(ComplaintRejectionReason.OverBound, beyond.Reason);
        Assert.Contains("1,501 pts in all would exceed the 1,500 pts", beyond.Rejection!.Message, StringComparison.Ordinal);
        Assert.Single(complaint.Compensations);
    }

    [Fact]
    public void Approving_the_same_action_twice_is_a_replay_and_another_under_its_name_is_refused()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry);
        var action = CompensationAction.PointsCredit("goodwill", Points.Of(300));
        var key = TestKeys.Next();
        complaint.Approve(key, action, "lead", Desk.Monday);
        var version = complaint.Version;

        Assert.True(complaint.Approve(key, action, "lead", Desk.Monday).IsReplay);
        Assert.Equal(version, complaint.Version);
        Assert.True(complaint.Approve(TestKeys.Next(), action, "lead", Desk.Monday).IsReplay);
        Assert.Throws<IdempotencyKeyReusedException>(() => complaint.Approve(TestKeys.Next(), CompensationAction.PointsCredit("goodwill", Points.Of(301)), "lead", Desk.Monday));
        Assert.Equal([action], complaint.Compensations.Select(c => c.Action));
        Assert.Equal(new IdempotencyKey("complaint:cmp-1:goodwill"), complaint.Compensations[0].Key);
    }

    [Fact]
    public void A_remedy_needs_an_order_and_a_closed_complaint_takes_no_compensation()
    {
        var complaint = Desk.Open();
        Assert.Equal(ComplaintRejectionReason.NeedsOrder, complaint.Approve(TestKeys.Next(), CompensationAction.Remedy("exchange", CompensationKind.Exchange), "lead", Desk.Monday).Reason);

        complaint.Resolve(TestKeys.Next(), "agent", Desk.Monday);
        complaint.Close(TestKeys.Next(), "agent", Desk.Monday);

        Assert.Equal(ComplaintRejectionReason.ComplaintClosed, complaint.Approve(TestKeys.Next(), CompensationAction.Apology("apology"), "lead", Desk.Monday).Reason);
        Assert.True(Desk.Open(orderValue: Desk.Cny(50m)).Approve(TestKeys.Next(), CompensationAction.Remedy("exchange", CompensationKind.Exchange), "lead", Desk.Monday).Succeeded);
    }

    [Fact]
    public void The_suggestion_grows_with_the_level()
    {
        var policy = CompensationPolicy.CreateDefault(Currency.CNY, Sorry);

        Assert.Equal(["apology"], policy.Suggest(HandlingLevel.FrontLine, 0, ComplaintSubject.Delivery, false).Select(a => a.Name));
        Assert.Equal([CompensationKind.Apology, CompensationKind.PointsCredit], policy.Suggest(HandlingLevel.SeniorAgent, 0, ComplaintSubject.Delivery, false).Select(a => a.Kind));
        var manager = policy.Suggest(HandlingLevel.Manager, 3, ComplaintSubject.Product, true);
        Assert.Equal(Points.Of(9_000), manager.Single(a => a.Kind == CompensationKind.PointsCredit).Points);
        Assert.Equal(Desk.Cny(600m), manager.Single(a => a.Kind == CompensationKind.Coupon).Value);
        Assert.Contains(manager, a => a.Kind == CompensationKind.Exchange);
    }

    [Fact]
    public void Marking_issued_again_with_the_same_coupon_is_a_replay_and_with_another_throws()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry);
        complaint.Approve(TestKeys.Next(), CompensationAction.Coupon("coupon", Sorry, Desk.Cny(20m)), "lead", Desk.Monday);

        Assert.False(complaint.MarkIssued(TestKeys.Next(), "coupon", Desk.Monday, new CouponCode("SORRY-1")).IsReplay);
        var issued = complaint.Compensations[0];
        Assert.True(complaint.MarkIssued(TestKeys.Next(), "coupon", Desk.Monday + Duration.FromHours(1), new CouponCode("sorry1")).IsReplay);
        var other = Assert.Throws<IdempotencyKeyReusedException>(() => complaint.MarkIssued(TestKeys.Next(), "coupon", Desk.Monday + Duration.FromHours(1), new CouponCode("SORRY-2")));
        Assert.Throws<IdempotencyKeyReusedException>(() => complaint.MarkIssued(TestKeys.Next(), "coupon", Desk.Monday + Duration.FromHours(1)));

        Assert.Equal(complaint.KeyFor("coupon"), other.Key);
        Assert.Contains(new CouponCode("SORRY-1").Key, other.FirstCommand, StringComparison.Ordinal);
        Assert.Contains(new CouponCode("SORRY-2").Key, other.NewCommand, StringComparison.Ordinal);
        Assert.Equal(issued, complaint.Compensations[0]);
        Assert.Equal(new CouponCode("SORRY-1"), complaint.Compensations[0].IssuedCoupon);
        Assert.Equal(ComplaintRejectionReason.NotApproved, complaint.MarkIssued(TestKeys.Next(), "nothing", Desk.Monday).Reason);
    }

    [Fact]
    public void An_action_approved_again_with_another_note_or_promotion_is_refused_naming_the_difference()
    {
        var complaint = Desk.Open(EmotionalIntensity.Angry);
        complaint.Approve(TestKeys.Next(), CompensationAction.Coupon("coupon", Sorry, Desk.Cny(20m), "sorry for the wait"), "lead", Desk.Monday);
        var approved = complaint.Compensations.ToArray();

        Assert.True(complaint.Approve(TestKeys.Next(), CompensationAction.Coupon("coupon", Sorry, Desk.Cny(20.00m), "sorry for the wait"), "agent", Desk.Monday + Duration.FromHours(1)).IsReplay);
        var otherNote = Assert.Throws<IdempotencyKeyReusedException>(() => complaint.Approve(TestKeys.Next(), CompensationAction.Coupon("coupon", Sorry, Desk.Cny(20m), "sorry"), "lead", Desk.Monday));
        var otherPromotion = Assert.Throws<IdempotencyKeyReusedException>(() => complaint.Approve(TestKeys.Next(), CompensationAction.Coupon("coupon", new PromotionId("other"), Desk.Cny(20m), "sorry for the wait"), "lead", Desk.Monday));

        Assert.Contains("note=\"sorry\"", otherNote.NewCommand, StringComparison.Ordinal);
        Assert.Contains("promotion=\"other\"", otherPromotion.NewCommand, StringComparison.Ordinal);
        Assert.NotEqual(otherPromotion.FirstCommand, otherPromotion.NewCommand);
        Assert.Equal(approved, complaint.Compensations);
    }
}
