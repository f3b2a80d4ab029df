namespace RetailCrm.Samples.Tour;

using System.Globalization;
using NodaTime;
using RetailCrm.Membership;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Segmentation;

/// <summary>Prints the tour: narrative lines, command outcomes, balances and the statement.</summary>
internal sealed class Report(DateTimeZone zone, TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A narrative line headed by the shop's date.</summary>
    public void Step(LocalDate date, string text)
    {
        output.WriteLine();
        output.WriteLine($"{date.ToString("d MMMM yyyy", Invariant)}: {text}");
    }

    /// <summary>A plain narrative line.</summary>
    public void Say(string text) => output.WriteLine("  " + text);

    /// <summary>A command's outcome: the change and the entries written, or the refusal.</summary>
    public void Outcome(PointsResult result)
    {
        var key = result.Key?.Value ?? "expiry run";
        if (!result.Succeeded)
        {
            output.WriteLine($"  {key}: refused, {result.Reason}: {result.Rejection!.Message}");
            return;
        }

        var value = result.Value is { } money ? $", worth {money}" : string.Empty;
        var replay = result.IsReplay ? " (replay: first outcome returned, nothing written)" : string.Empty;
        output.WriteLine($"  {key}: {Signed(result.Change)} pts{value}{replay}");
        if (result.IsReplay)
        {
            return;
        }

        foreach (var entry in result.Entries)
        {
            var lot = entry.LotId is { } id ? $"lot {id}" : "no lot";
            var debt = entry.DebtChange.IsZero ? string.Empty : $", debt {Signed(entry.DebtChange)}";
            output.WriteLine($"      entry {entry.Id}: {entry.Kind} {Signed(entry.Change)} ({lot}{debt})");
        }
    }

    /// <summary>A priced cart: each line with its adjustments, the totals, and why each promotion did or did not apply.</summary>
    public void Cart(PricedCart cart)
    {
        foreach (var line in cart.Lines)
        {
            output.WriteLine($"  {line.Line,-34} list {line.ListPrice,12}   pays {line.FinalPrice,12}");
            foreach (var adjustment in line.Adjustments)
            {
                output.WriteLine($"      -{adjustment.Amount} {adjustment.Name}");
            }
        }

        output.WriteLine($"  subtotal {cart.Subtotal} | item discounts {cart.ItemDiscount} | order discounts {cart.OrderDiscount}"
            + $" | shipping {cart.Shipping} - {cart.ShippingDiscount} | total {cart.Total}");
        foreach (var decision in cart.Decisions)
        {
            var hint = decision.Hint is null ? string.Empty : $"  [{decision.Hint}]";
            output.WriteLine($"    {decision.Outcome,-10} {decision.Reason,-22} {decision.Message}{hint}");
        }
    }

    /// <summary>The tier after a membership command, and any change it caused.</summary>
    public void Tier(MembershipResult result)
    {
        foreach (var change in result.Changes)
        {
            output.WriteLine($"  tier: {change.From} -> {change.To} ({change.Reason}{(change.Cause is null ? string.Empty : ", " + change.Cause)})");
        }

        if (result.Changes.Count == 0)
        {
            output.WriteLine($"  tier: {result.Tier} ({result.Outcome})");
        }
    }

    /// <summary>What the member still needs for the next tier.</summary>
    public void Progress(TierProgress progress)
    {
        var missing = new List<string>();
        if (progress.MissingSpend is { } spend)
        {
            missing.Add($"{spend} more spend");
        }

        if (progress.MissingOrders is { } orders)
        {
            missing.Add($"{orders} more orders");
        }

        var next = progress.Next is { } tier ? $"{tier} needs {string.Join(progress.AnyOneSuffices ? " or " : " and ", missing)}" : "top tier";
        output.WriteLine($"  progress: {progress.Current}, window so far {progress.Totals.Spend} in {progress.Totals.Orders} orders; {next}; next review {progress.NextReview.ToString("uuuu-MM-dd", Invariant)}"
            + (progress.KeepsCurrent ? string.Empty : $", where {progress.Current} is not kept unless she qualifies again within the grace period"));
    }

    /// <summary>The member's tier history.</summary>
    public void History(MembershipAccount account)
    {
        output.WriteLine();
        output.WriteLine($"Tier history of {account.Customer}");
        foreach (var change in account.History)
        {
            output.WriteLine($"  {change.At.InZone(zone).Date.ToString("uuuu-MM-dd", Invariant)}  {change.From?.ToString() ?? "-",-8} -> {change.To,-8} {change.Reason} {change.Cause}");
        }
    }

    /// <summary>A pyramid report, top level first, with a bar per level.</summary>
    public void Pyramid(PyramidReport pyramid)
    {
        output.WriteLine();
        output.WriteLine($"{pyramid.Title}: {pyramid.Total} customers");
        foreach (var level in pyramid.Levels.Reverse())
        {
            var bar = new string('#', (int)Math.Round(level.Share.Value / 2m));
            output.WriteLine($"  {level.Level.Name,-26} {level.Count,5}  {level.Share,4}  {bar}");
        }
    }

    /// <summary>The balance on one line.</summary>
    public void Balance(PointsBalance balance)
    {
        var next = balance.NextExpiry is { } expiry ? Date(expiry) : "none";
        output.WriteLine(
            $"  balance: total {Number(balance.Total)} | available {Number(balance.Available)} | pending {Number(balance.Pending)}"
            + $" | expiring soon {Number(balance.ExpiringSoon)} | expired, not written off {Number(balance.ExpiredNotWrittenOff)}"
            + $" | debt {Number(balance.Debt)} | next expiry {next}");
    }

    /// <summary>The statement as a fixed-width table, then the balance summary.</summary>
    public void Statement(PointsStatement statement)
    {
        output.WriteLine();
        output.WriteLine($"Statement of {statement.CustomerId} at {Date(statement.Balance.At)}");
        const string Row = "{0,3}  {1,-10}  {2,-19}  {3,7}  {4,7}  {5,-15}  {6}";
        var header = string.Format(Invariant, Row, "No.", "Date", "Kind", "Change", "Balance", "Order/refund", "Note");
        output.WriteLine(header);
        output.WriteLine(new string('-', header.Length + 20));
        foreach (var line in statement.Lines)
        {
            var e = line.Entry;
            var reference = e.RefundId is { } refund ? $"{e.OrderId} {refund}" : e.OrderId?.Value ?? string.Empty;
            output.WriteLine(string.Format(Invariant, Row, e.Id, Date(e.At), e.Kind, Signed(e.Change), Number(line.RunningBalance), reference, e.Note).TrimEnd());
        }

        var b = statement.Balance;
        output.WriteLine();
        output.WriteLine($"  Total          {Number(b.Total),7}");
        output.WriteLine($"  Available      {Number(b.Available),7}");
        output.WriteLine($"  Pending        {Number(b.Pending),7}");
        output.WriteLine($"  Expiring soon  {Number(b.ExpiringSoon),7}");
        output.WriteLine($"  Debt           {Number(b.Debt),7}");
        output.WriteLine($"  Next expiry    {(b.NextExpiry is { } next ? Date(next) : "none")}");
    }

    private static string Number(Points points) => points.Value.ToString("#,0", Invariant);

    private static string Signed(Points points) => points.Value.ToString("+#,0;-#,0;0", Invariant);

    private string Date(Instant instant) => instant.InZone(zone).Date.ToString("yyyy-MM-dd", Invariant);
}
