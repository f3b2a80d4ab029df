namespace RetailCrm.Tests.Points;

using NodaTime;
using RetailCrm.Points;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Points.Ledger;

public sealed class PointsAccountExpiryTests
{
    [Fact]
    public void By_default_points_expire_at_the_end_of_the_calendar_year_after_earning_in_the_shop_zone()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        Assert.Equal(At(2028, 1, 1, 0, 0), account.Lots[0].ExpiresAt);
        Assert.Equal(200, account.Available(At(2027, 12, 31, 23, 59)));
        Assert.Equal(0, account.Available(At(2028, 1, 1, 0, 0)));
    }

    [Fact]
    public void Balances_never_count_expired_points_even_before_expiry_is_written()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);

        var position = account.BalanceAt(At(2028, 2, 1));

        Assert.Equal(Points.Zero, position.Available);
        Assert.Equal(Points.Of(200), position.ExpiredNotWrittenOff);
        Assert.Equal(Points.Of(200), position.Total);
    }

    [Fact]
    public void Expire_writes_an_entry_for_each_expired_lot_once()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 300m, At(2027, 5, 1));
        account.Redeem("o-3", 1000m, 100, At(2027, 6, 1));

        var first = account.Expire(At(2028, 1, 1, 0, 0));
        var second = account.Expire(At(2028, 1, 2));

        var entry = Assert.Single(first.Entries);
        Assert.Equal(PointsEntryKind.Expired, entry.Kind);
        Assert.Equal(Points.Of(-100), entry.Change);
        Assert.Empty(second.Entries);
        Assert.Equal(Points.Of(300), account.Balance);
    }

    [Fact]
    public void The_statement_warns_of_points_expiring_within_30_days()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Earn("o-2", 300m, At(2027, 5, 1));

        var position = account.BalanceAt(At(2027, 12, 5));

        Assert.Equal(Points.Of(200), position.ExpiringSoon);
        Assert.Equal(At(2028, 1, 1, 0, 0), position.NextExpiry);
    }

    [Fact]
    public void A_fixed_period_expiry_counts_from_the_earning_in_the_shop_calendar()
    {
        var expiry = ExpiryPolicy.AfterPeriod(Period.FromMonths(12));

        Assert.Equal(At(2027, 3, 3, 14, 0), expiry.ExpiresAt(March3, Shanghai));
        Assert.Null(ExpiryPolicy.Never.ExpiresAt(March3, Shanghai));
        Assert.Equal(At(2027, 1, 1, 0, 0), ExpiryPolicy.EndOfCalendarYear(0).ExpiresAt(March3, Shanghai));
    }

    [Fact]
    public void Expiry_policies_reject_a_non_positive_period_and_an_out_of_range_year_count()
    {
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => ExpiryPolicy.AfterPeriod(Period.Zero)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => ExpiryPolicy.AfterPeriod(Period.FromDays(-3))).ParamName);
        Assert.Equal("yearsAfterEarning", Assert.Throws<ArgumentOutOfRangeException>(() => ExpiryPolicy.EndOfCalendarYear(-1)).ParamName);
    }

    [Fact]
    public void The_statement_shows_every_entry_with_its_running_balance()
    {
        var account = Open();
        account.Earn("o-1", 200m, March3);
        account.Redeem("o-2", 1000m, 100, March3 + Duration.FromDays(8));
        account.Expire(At(2028, 1, 1, 0, 0));

        var statement = account.StatementAt(At(2028, 1, 1, 0, 0));

        Assert.Equal([200L, 100L, 0L], statement.Lines.Select(l => l.RunningBalance.Value));
        Assert.Equal(statement.Lines[^1].RunningBalance, statement.Balance.Total);
    }
}
