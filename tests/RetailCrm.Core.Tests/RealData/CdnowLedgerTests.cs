namespace RetailCrm.Tests.RealData;

using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// The ledger over every real purchase in the CDNOW data set (23,570 customers, 69,659
/// transactions, 1997-98, USD): each customer earns on each purchase, spends points when enough
/// are available, and points expire; the figures are checked against sums taken from the raw file.
/// </summary>
public sealed class CdnowLedgerTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly PointsPolicy Policy = PointsPolicy.CreateDefault(Currency.USD, NewYork).With(pendingPeriod: Duration.FromDays(30));

    [Fact]
    public void Every_customer_ledger_of_the_CDNOW_history_balances_and_earns_one_point_per_whole_dollar()
    {
        var purchases = Read(HoldoutData.File("cdnow/CDNOW_master.txt"));
        var expectedEarned = purchases.Sum(p => (long)decimal.Floor(p.Dollars));
        long earned = 0, redeemed = 0, expired = 0, customers = 0;

        foreach (var history in purchases.GroupBy(p => p.Customer))
        {
            customers++;
            var account = PointsAccount.Open(new CustomerId(history.Key), Policy);
            var n = 0;
            foreach (var purchase in history)
            {
                n++;
                var order = new OrderId($"{history.Key}-{n}");
                var available = account.BalanceAt(purchase.At).Available.Value;
                if (available >= 500 && purchase.Dollars >= 10m)
                {
                    var points = Math.Min(available, (long)(purchase.Dollars * 50m)) / 100 * 100;
                    var spent = account.Execute(new RedeemPoints(new IdempotencyKey(order + ":redeem"), order, Money.Of(purchase.Dollars, Currency.USD), Points.Of(points)), purchase.At);
                    Assert.True(spent.Succeeded, spent.Rejection?.Message);
                    redeemed += points;
                }

                var result = account.Execute(new EarnPoints(new IdempotencyKey(order + ":earn"), PaidOrder.Simple(order, purchase.At, Money.Of(purchase.Dollars, Currency.USD))), purchase.At);
                earned += result.Change.Value;
            }

            expired -= account.Expire(Instant.FromUtc(2001, 1, 1, 0, 0)).Change.Value;
            Assert.Equal(account.Entries.Sum(e => e.Change.Value), account.Balance.Value);
            Assert.Equal(0, account.Balance.Value);
        }

        Assert.Equal(69_659, purchases.Count);
        Assert.Equal(23_570, customers);
        Assert.Equal(expectedEarned, earned);
        Assert.Equal(earned, redeemed + expired);
        Assert.True(redeemed > 0 && expired > 0, $"redeemed {redeemed}, expired {expired}");
    }

    private static List<Purchase> Read(string path)
    {
        var pattern = LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd");
        var purchases = new List<Purchase>(70_000);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4)
            {
                continue;
            }

            var date = pattern.Parse(fields[1]).Value;
            var dollars = decimal.Parse(fields[3], CultureInfo.InvariantCulture);
            purchases.Add(new Purchase(fields[0], NewYork.AtStartOfDay(date).PlusHours(12).ToInstant(), dollars));
        }

        return purchases;
    }

    private sealed record Purchase(string Customer, Instant At, decimal Dollars);
}
