namespace RetailCrm.Tests.RealData;

using System.Globalization;
using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The value pyramid of the 23,570 real CDNOW customers, checked against sums taken from the raw file.</summary>
public sealed class CdnowValuePyramidTests
{
    [Fact]
    public void The_top_fifth_of_CDNOW_customers_bring_the_share_the_raw_file_gives()
    {
        var spend = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(HoldoutData.File("cdnow/CDNOW_master.txt")).Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            spend[fields[0]] = spend.GetValueOrDefault(fields[0]) + decimal.Parse(fields[3], CultureInfo.InvariantCulture);
        }

        var report = ValuePyramid.Default.Report(spend.Select(s => new CustomerValue(new CustomerId(s.Key), Money.Of(s.Value, Currency.USD))), Currency.USD);

        var sorted = spend.Values.OrderDescending().ToArray();
        var expected = sorted.Take((int)Math.Ceiling(sorted.Length * 0.2m)).Sum() / sorted.Sum();
        Assert.Equal(23_570, report.Ranked.Count);
        Assert.Equal(Percentage.FromFraction(decimal.Round(expected, 4)), report.TopFifthShare);
        Assert.Equal(Money.Of(sorted.Sum(), Currency.USD), report.TotalValue);
        Assert.Equal([18_858L, 3_535L, 942L, 235L], report.Pyramid.Levels.Select(l => l.Count));
    }
}
