namespace RetailCrm.Tests.Points;

using System.Globalization;
using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Persistence.Cultures;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountIdempotencyTests
{
    [Fact]
    public void Replaying_a_command_returns_the_first_outcome_and_changes_nothing()
    {
        var account = Open();
        var first = account.Earn("o-1", 200m, March3);
        var version = account.Version;

        // The same order, resent three days later.
        var replay = account.Execute(new EarnPoints(new IdempotencyKey("o-1:earn"), PaidOrder.Simple(new OrderId("o-1"), March3, Cny(200m))), March3 + Duration.FromDays(3));

        Assert.True(replay.IsReplay);
        Assert.False(first.IsReplay);
        Assert.Equal(first.Change, replay.Change);
        Assert.Equal(first.Entries, replay.Entries);
        Assert.Equal(version, account.Version);
        Assert.Single(account.Entries);
    }

    [Fact]
    public void A_rejection_is_replayed_as_a_rejection()
    {
        var account = Open();
        var first = account.Redeem("o-1", 100m, 1000, March3);
        account.Adjust("gift", 5000, March3);

        var replay = account.Redeem("o-1", 100m, 1000, March3);

        Assert.Equal(PointsRejectionReason.InsufficientPoints, first.Reason);
        Assert.Equal(first.Rejection, replay.Rejection);
        Assert.True(replay.IsReplay);
    }

    [Fact]
    public void A_key_reused_for_another_command_throws_and_changes_nothing()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        var entries = account.Entries.Count;

        var error = Assert.Throws<IdempotencyKeyReusedException>(() =>
            account.Execute(new AdjustPoints(new IdempotencyKey("o-1:earn"), Points.Of(5), "oops"), March3));

        Assert.Equal(new IdempotencyKey("o-1:earn"), error.Key);
        Assert.Equal(entries, account.Entries.Count);
    }

    [Fact]
    public void An_earn_key_resent_with_another_amount_throws_naming_both_and_changes_nothing()
    {
        var account = Open();
        var first = account.Earn("o-1", 200m, March3);
        var before = account.ToSnapshot();

        var error = Assert.Throws<IdempotencyKeyReusedException>(() => account.Earn("o-1", 999m, March3));

        Assert.True(first.Succeeded);
        Assert.Equal(new IdempotencyKey("o-1:earn"), error.Key);
        Assert.Contains("CNY 200.00", error.FirstCommand, StringComparison.Ordinal);
        Assert.Contains("CNY 999.00", error.NewCommand, StringComparison.Ordinal);
        Assert.Contains(error.FirstCommand, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.NewCommand, error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Version, account.Version);
        Assert.Equal(before.Entries, account.Entries);
        Assert.Equal(Points.Of(200), account.Balance);
    }

    public static TheoryData<string, EarnPoints> EarnsDifferingInOneField => new()
    {
        { "another amount", Earn(lines: [Line("o-1-goods", "general", 999m)]) },
        { "another sku", Earn(lines: [Line("o-1-other", "general", 200m)]) },
        { "another category", Earn(lines: [Line("o-1-goods", "books", 200m)]) },
        { "the same total over other lines", Earn(lines: [Line("o-1-goods", "general", 150m), Line("o-1-extra", "general", 50m)]) },
        { "the same lines in another order", Earn(lines: [Line("o-1-extra", "general", 50m), Line("o-1-goods", "general", 150m)]) },
        { "other shipping", Earn(shipping: 10m) },
        { "another part paid with points", Earn(paidWithPoints: 20m) },
        { "another payment instant", Earn(paidAt: March3 + Duration.FromSeconds(1)) },
        { "another tier multiplier", Earn(tierMultiplier: 1.5m) },
        { "another order", new EarnPoints(new IdempotencyKey("o-1:earn"), PaidOrder.Simple(new OrderId("o-2"), March3, Cny(200m))) },
    };

    [Theory]
    [MemberData(nameof(EarnsDifferingInOneField))]
    public void An_earn_key_resent_with_any_field_changed_throws(string what, EarnPoints changed)
    {
        var account = Open();
        var original = what == "the same lines in another order"
            ? Earn(lines: [Line("o-1-goods", "general", 150m), Line("o-1-extra", "general", 50m)])
            : Earn();
        account.Execute(original, March3);
        var version = account.Version;

        var error = Record.Exception(() => account.Execute(changed, March3));

        Assert.True(error is IdempotencyKeyReusedException, $"{what}: {error?.GetType().Name ?? "replayed"}");
        Assert.Equal(version, account.Version);
    }

    [Fact]
    public void An_earn_resent_with_amounts_and_multiplier_written_at_another_scale_is_a_replay()
    {
        var account = Open();
        account.Execute(Earn(lines: [Line("o-1-goods", "general", 200m)], shipping: 0m, tierMultiplier: 1.5m), March3);

        var replay = account.Execute(Earn(lines: [Line("o-1-goods", "general", 200.00m)], shipping: 0.00m, tierMultiplier: 1.50m), March3);

        Assert.True(replay.IsReplay);
        Assert.Equal(Points.Of(300), replay.Change);
    }

    [Fact]
    public void Redeem_clawback_and_adjust_keys_resent_with_another_figure_throw()
    {
        var account = Open();
        account.Earn("o-1", 1000m, March3);
        var later = March3 + Duration.FromDays(8);
        var key = new IdempotencyKey("k");
        account.Execute(new RedeemPoints(new IdempotencyKey("redeem"), new OrderId("o-2"), Cny(500m), Points.Of(100)), later);
        account.Execute(new ClawBackPoints(new IdempotencyKey("claw"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Cny(100m))), later);
        account.Execute(new AdjustPoints(key, Points.Of(5), "goodwill"), later);
        var version = account.Version;

        Assert.Throws<IdempotencyKeyReusedException>(() => account.Execute(new RedeemPoints(new IdempotencyKey("redeem"), new OrderId("o-2"), Cny(900m), Points.Of(100)), later));
        Assert.Throws<IdempotencyKeyReusedException>(() => account.Execute(new ClawBackPoints(new IdempotencyKey("claw"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Cny(300m))), later));
        Assert.Throws<IdempotencyKeyReusedException>(() => account.Execute(new AdjustPoints(key, Points.Of(5), "goodwill, again"), later));
        Assert.Throws<IdempotencyKeyReusedException>(() => account.Execute(new CancelRedemption(key, new OrderId("o-2")), later));
        Assert.Equal(version, account.Version);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void The_canonical_content_is_the_same_in_every_culture(string culture)
    {
        PointsCommand[] commands =
        [
            Earn(lines: [Line("o-1-goods", "general", 1234.5m), Line("o-1-extra", "books", 0.1m)], shipping: 12.3m, paidWithPoints: 1000m, paidAt: March3 + Duration.FromMilliseconds(1), tierMultiplier: 1.25m),
            new RedeemPoints(new IdempotencyKey("k"), new OrderId("o-1"), Cny(1234.56m), Points.Of(-1 + 1001)),
            new ClawBackPoints(new IdempotencyKey("k"), new OrderRefund(new RefundId("r-1"), new OrderId("o-1"), Cny(0.5m))),
            new AdjustPoints(new IdempotencyKey("k"), Points.Of(-1500), "compensation"),
        ];
        var invariant = InCulture(CultureInfo.InvariantCulture, () => commands.Select(c => c.ToCanonicalString()).ToArray());

        var local = InCulture(CultureInfo.GetCultureInfo(culture), () => commands.Select(c => c.ToCanonicalString()).ToArray());

        Assert.Equal(invariant, local);
        Assert.Contains("amountPaid=CNY 1234.50", invariant[0], StringComparison.Ordinal);
        Assert.Contains("paidAt=2026-03-03T06:00:00.001Z", invariant[0], StringComparison.Ordinal);
        Assert.Contains("tierMultiplier=1.25", invariant[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_in_an_id_cannot_make_two_different_commands_read_alike()
    {
        static ClawBackPoints ClawBack(string refund, string order) =>
            new(new IdempotencyKey("k"), new OrderRefund(new RefundId(refund), new OrderId(order), Cny(10m)));

        // Unescaped, both would read refund="a", order="b", order="c".
        var first = ClawBack("a\", order=\"b", "c").ToCanonicalString();
        var second = ClawBack("a", "b\", order=\"c").ToCanonicalString();

        Assert.NotEqual(first, second);
    }

    private static PaidOrderLine Line(string sku, string category, decimal amount) => new(new Sku(sku), new CategoryId(category), Cny(amount));

    private static EarnPoints Earn(PaidOrderLine[]? lines = null, decimal shipping = 0m, decimal paidWithPoints = 0m, Instant? paidAt = null, decimal tierMultiplier = 1m) =>
        new(
            new IdempotencyKey("o-1:earn"),
            new PaidOrder(new OrderId("o-1"), paidAt ?? March3, lines ?? [Line("o-1-goods", "general", 200m)], Cny(shipping), Cny(paidWithPoints)),
            tierMultiplier);

    [Fact]
    public void A_command_dated_before_the_last_entry_is_recorded_at_the_last_entry_instant()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var result = account.Adjust("late-clock", 10, March3 - Duration.FromSeconds(2));

        Assert.Equal(March3, result.Entries[0].At);
    }
}
