namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Testing;

/// <summary>Invariants of the early-payment cash discount over generated terms, invoices and payment dates.</summary>
[Properties(Arbitrary = [typeof(PaymentTermsArbitraries)], MaxTest = 300)]
public sealed class PaymentTermsPropertyTests
{
    [Property]
    public void Amount_due_plus_discount_is_exactly_the_invoice_amount(Invoice invoice, PaymentDay day)
    {
        var result = invoice.PaidAfter(day.Days);

        Assert.Equal(invoice.Amount, result.AmountDue + result.Discount);
        Assert.Equal(invoice.Amount, result.InvoiceAmount);
        Assert.True(result.AmountDue.IsRounded, $"{result.AmountDue} is not rounded");
    }

    [Property]
    public void The_discount_is_never_negative_nor_more_than_the_invoice_and_always_in_whole_minor_units(Invoice invoice, PaymentDay day)
    {
        var result = invoice.PaidAfter(day.Days);

        Assert.False(result.Discount.IsNegative, $"discount {result.Discount}");
        Assert.True(result.Discount <= invoice.Amount, $"discount {result.Discount} exceeds {invoice.Amount}");
        Assert.True(result.Discount.IsRounded, $"{result.Discount} is not rounded");
        Assert.Equal(invoice.Amount.Currency, result.Discount.Currency);
    }

    [Property]
    public void Paying_earlier_never_earns_less_discount(Invoice invoice, PaymentDay first, PaymentDay second)
    {
        var (earlier, later) = first.Days <= second.Days ? (first.Days, second.Days) : (second.Days, first.Days);

        var early = invoice.PaidAfter(earlier);
        var late = invoice.PaidAfter(later);

        Assert.True(early.Discount >= late.Discount, $"paid on day {earlier}: {early.Discount}; on day {later}: {late.Discount}");
        Assert.True(early.AmountDue <= late.AmountDue);
    }

    [Property]
    public void The_discount_is_the_rounded_percentage_on_or_before_the_deadline_and_zero_after_it(Invoice invoice, PaymentDay day)
    {
        var result = invoice.PaidAfter(day.Days);
        var onTime = day.Days <= invoice.Terms.DiscountDays;

        Assert.Equal(invoice.Date.PlusDays(invoice.Terms.DiscountDays), result.DiscountDeadline);
        Assert.Equal(onTime, result.PaidOn <= result.DiscountDeadline);
        Assert.Equal(onTime && invoice.Terms.Discount > Percentage.Zero, result.EarnedDiscount);
        Assert.Equal(
            onTime ? invoice.Terms.Discount.Of(invoice.Amount).Round(MidpointRounding.AwayFromZero) : Money.Zero(invoice.Amount.Currency),
            result.Discount);
    }

    [Property]
    public void A_payment_is_late_exactly_when_it_comes_after_the_net_due_date_by_that_many_days(Invoice invoice, PaymentDay day)
    {
        var result = invoice.PaidAfter(day.Days);

        Assert.Equal(invoice.Date.PlusDays(invoice.Terms.NetDays), result.NetDueDate);
        Assert.Equal(invoice.Date.PlusDays(day.Days), result.PaidOn);
        Assert.Equal(day.Days > invoice.Terms.NetDays, result.IsLate);
        Assert.Equal(Math.Max(0, day.Days - invoice.Terms.NetDays), result.DaysLate);
    }

    [Property]
    public void Net_terms_never_discount(Invoice invoice, PaymentDay day, PositiveInt netDays)
    {
        var terms = PaymentTerms.Net(1 + ((netDays.Get - 1) % PaymentTerms.MaxNetDays));

        var result = terms.DiscountIfPaidOn(invoice.Amount, invoice.Date, invoice.Date.PlusDays(day.Days));

        Assert.True(result.Discount.IsZero);
        Assert.False(result.EarnedDiscount);
        Assert.Equal(invoice.Amount, result.AmountDue);
    }

    [Property]
    public void Parse_reads_back_what_to_string_writes(PaymentTerms terms)
    {
        var text = terms.ToString();

        Assert.Equal(terms, PaymentTerms.Parse(text));
        Assert.True(PaymentTerms.TryParse(text, out var tried));
        Assert.Equal(terms, tried);
        Assert.Equal(text, PaymentTerms.Parse(text).ToString());
    }

    [Property]
    public void Terms_are_equal_exactly_when_they_read_the_same(PaymentTerms a, PaymentTerms b)
    {
        Assert.Equal(a.ToString() == b.ToString(), a == b);
        Assert.Equal(a == b, a.Equals(b));
        Assert.NotEqual(a == b, a != b);
        if (a == b)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Property]
    public void Evaluate_counts_days_between_the_local_dates_of_the_instants_in_the_shop_zone(Invoice invoice, PaymentMoment moment)
    {
        var invoicedAt = moment.Zone.AtLeniently(invoice.Date + moment.InvoiceTime).ToInstant();
        var paidAt = invoicedAt + moment.Delay;

        var fromInstants = invoice.Terms.Evaluate(invoice.Amount, invoicedAt, paidAt, moment.Zone);
        var fromDates = invoice.Terms.DiscountIfPaidOn(invoice.Amount, invoicedAt.InZone(moment.Zone).Date, paidAt.InZone(moment.Zone).Date);

        Assert.Equal(fromDates, fromInstants);
    }

    /// <summary>An invoice under generated terms: an amount in any currency, dated in 2000 to 2099.</summary>
    /// <param name="Terms">The payment terms.</param>
    /// <param name="Amount">The rounded, non-negative invoice amount.</param>
    /// <param name="Date">The local invoice date.</param>
    public sealed record Invoice(PaymentTerms Terms, Money Amount, LocalDate Date)
    {
        public CashDiscount PaidAfter(int days) => Terms.DiscountIfPaidOn(Amount, Date, Date.PlusDays(days));

        public override string ToString() => $"{Terms} on {Amount} dated {Date:uuuu-MM-dd}";
    }

    /// <summary>Days after the invoice date on which the payment arrives: often around the discount and net deadlines.</summary>
    /// <param name="Days">0 to 4000.</param>
    public sealed record PaymentDay(int Days);

    /// <summary>Where and when an invoice was issued and how long the payment took, in real time.</summary>
    /// <param name="Zone">The shop's time zone.</param>
    /// <param name="InvoiceTime">The local time of day of the invoice.</param>
    /// <param name="Delay">The time from invoice to payment, not negative.</param>
    public sealed record PaymentMoment(DateTimeZone Zone, LocalTime InvoiceTime, Duration Delay)
    {
        public override string ToString() => $"{Zone.Id} at {InvoiceTime:HH:mm:ss}, paid {Delay} later";
    }

    public static class PaymentTermsArbitraries
    {
        // Zones far east and west of UTC, with half and quarter hours, with and without daylight saving.
        private static readonly string[] ZoneIds =
        [
            "Asia/Shanghai", "UTC", "America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin",
            "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe",
            "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham",
        ];

        public static Arbitrary<PaymentTerms> Terms() => Arb.From(TermsGen(), ShrinkTerms);

        public static Arbitrary<Invoice> Invoices() =>
            Arb.From(
                from terms in TermsGen()
                from currency in PrimitiveArbitraries.CurrencyGen()
                from amount in Gen.Frequency(
                    (4, PrimitiveArbitraries.NonNegativeMoneyGen(currency)),
                    (1, Gen.Choose(0, 100).Select(units => Money.FromMinorUnits(units, currency))))
                from days in Gen.Choose(0, 36_524)
                select new Invoice(terms, amount, new LocalDate(2000, 1, 1).PlusDays(days)),
                invoice => ShrinkTerms(invoice.Terms).Select(terms => invoice with { Terms = terms }));

        public static Arbitrary<PaymentDay> PaymentDays() =>
            Arb.From(
                Gen.Frequency(
                    (4, Gen.Choose(0, 40)),
                    (2, Gen.Choose(0, 120)),
                    (1, Gen.Choose(0, 4000)))
                .Select(days => new PaymentDay(days)),
                day => day.Days == 0 ? [] : [new PaymentDay(0), new PaymentDay(day.Days / 2), new PaymentDay(day.Days - 1)]);

        public static Arbitrary<PaymentMoment> PaymentMoments() =>
            Arb.From(
                from zone in Gen.Elements(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id])
                from secondOfDay in Gen.Choose(0, (24 * 60 * 60) - 1)
                from seconds in Gen.Frequency(
                    (3, Gen.Choose(0, 2 * 24 * 60 * 60)),
                    (3, Gen.Choose(0, 45 * 24 * 60 * 60)),
                    (1, Gen.Choose(0, 400 * 24 * 60 * 60)))
                select new PaymentMoment(zone, LocalTime.FromSecondsSinceMidnight(secondOfDay), Duration.FromSeconds(seconds)));

        private static Gen<PaymentTerms> TermsGen() =>
            from netDays in Gen.Frequency(
                (6, Gen.Elements(7, 10, 14, 15, 20, 30, 45, 60, 90)),
                (3, Gen.Choose(1, 120)),
                (1, Gen.Choose(1, PaymentTerms.MaxNetDays)))
            from discountDays in Gen.Frequency(
                (3, Gen.Choose(0, Math.Min(netDays, 30))),
                (1, Gen.Choose(0, netDays)),
                (1, Gen.Constant(netDays)))
            from percent in Gen.Frequency(
                (1, Gen.Constant(0m)),
                (4, Gen.Elements(0.5m, 1m, 1.5m, 2m, 2.5m, 3m, 5m, 10m)),
                (3, Gen.Choose(0, 9_999).Select(hundredths => hundredths / 100m)),
                (2, Gen.Choose(0, 999_999).Select(millionths => millionths / 10_000m)))
            from net in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
            select net ? PaymentTerms.Net(netDays) : new PaymentTerms(Percentage.FromPercent(percent), discountDays, netDays);

        private static IEnumerable<PaymentTerms> ShrinkTerms(PaymentTerms terms)
        {
            if (terms.NetDays > 30)
            {
                yield return new PaymentTerms(terms.Discount, Math.Min(terms.DiscountDays, 30), 30);
            }

            var whole = decimal.Truncate(terms.Discount.Value);
            if (whole != terms.Discount.Value)
            {
                yield return new PaymentTerms(Percentage.FromPercent(whole), terms.DiscountDays, terms.NetDays);
            }
        }
    }
}
