namespace RetailCrm.Tests.Promotions;

using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>Early-payment cash discounts: the days counted, rounding, and bad arguments.</summary>
public sealed class PaymentTermsTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly PaymentTerms TwoTenNetThirty = new(Percentage.FromPercent(2m), 10, 30);
    private static readonly Money Thousand = Money.Of(1000.00m, Currency.CNY);

    [Fact]
    public void Two_ten_net_thirty_on_a_thousand_yuan_earns_twenty_yuan_when_paid_at_the_last_minute_of_day_ten()
    {
        var result = TwoTenNetThirty.Evaluate(Thousand, At(Shanghai, 2026, 6, 1, 10, 0), At(Shanghai, 2026, 6, 11, 23, 59), Shanghai);

        Assert.Equal(Money.Of(20.00m, Currency.CNY), result.Discount);
        Assert.Equal(Money.Of(980.00m, Currency.CNY), result.AmountDue);
        Assert.Equal(Thousand, result.InvoiceAmount);
        Assert.True(result.EarnedDiscount);
        Assert.Equal(new LocalDate(2026, 6, 11), result.DiscountDeadline);
        Assert.Equal(new LocalDate(2026, 7, 1), result.NetDueDate);
        Assert.Equal(new LocalDate(2026, 6, 11), result.PaidOn);
        Assert.False(result.IsLate);
        Assert.Equal(0, result.DaysLate);
    }

    [Fact]
    public void Two_ten_net_thirty_earns_nothing_when_paid_at_midnight_starting_day_eleven()
    {
        var result = TwoTenNetThirty.Evaluate(Thousand, At(Shanghai, 2026, 6, 1, 10, 0), At(Shanghai, 2026, 6, 12, 0, 0), Shanghai);

        Assert.Equal(Money.Zero(Currency.CNY), result.Discount);
        Assert.Equal(Thousand, result.AmountDue);
        Assert.False(result.EarnedDiscount);
        Assert.Equal(new LocalDate(2026, 6, 11), result.DiscountDeadline);
        Assert.Equal(new LocalDate(2026, 6, 12), result.PaidOn);
        Assert.False(result.IsLate);
        Assert.Equal(0, result.DaysLate);
    }

    [Fact]
    public void Paying_at_the_same_instant_as_the_invoice_earns_the_discount()
    {
        var at = At(Shanghai, 2026, 6, 1, 10, 0);

        var result = TwoTenNetThirty.Evaluate(Thousand, at, at, Shanghai);

        Assert.True(result.EarnedDiscount);
        Assert.Equal(Money.Of(20m, Currency.CNY), result.Discount);
        Assert.Equal(new LocalDate(2026, 6, 1), result.PaidOn);
    }

    [Fact]
    public void An_invoice_at_half_past_eleven_at_night_counts_that_evening_as_day_zero_not_ten_times_24_hours()
    {
        var invoicedAt = At(Shanghai, 2026, 6, 1, 23, 30);

        var lastEvening = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(Shanghai, 2026, 6, 11, 23, 45), Shanghai);
        var nextMorning = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(Shanghai, 2026, 6, 12, 0, 15), Shanghai);

        Assert.True(lastEvening.EarnedDiscount);
        Assert.Equal(Money.Of(20m, Currency.CNY), lastEvening.Discount);
        Assert.False(nextMorning.EarnedDiscount);
        Assert.Equal(new LocalDate(2026, 6, 11), nextMorning.DiscountDeadline);
    }

    [Fact]
    public void Days_count_from_the_Shanghai_date_when_the_utc_date_is_the_day_before()
    {
        // 23:30 UTC on 1 June is 07:30 on 2 June in Shanghai: the invoice is dated 2 June.
        var invoicedAt = Instant.FromUtc(2026, 6, 1, 23, 30);
        Assert.Equal(new LocalDate(2026, 6, 1), invoicedAt.InUtc().Date);

        var paidOnDayTen = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(Shanghai, 2026, 6, 12, 20, 0), Shanghai);

        Assert.Equal(new LocalDate(2026, 6, 12), paidOnDayTen.DiscountDeadline);
        Assert.Equal(new LocalDate(2026, 7, 2), paidOnDayTen.NetDueDate);
        Assert.True(paidOnDayTen.EarnedDiscount);
        Assert.Equal(Money.Of(980m, Currency.CNY), paidOnDayTen.AmountDue);
    }

    [Fact]
    public void An_invoice_at_half_past_eleven_at_night_in_Los_Angeles_counts_its_local_day_though_utc_is_already_the_next_day()
    {
        var invoicedAt = At(LosAngeles, 2026, 6, 1, 23, 30);
        Assert.Equal(new LocalDate(2026, 6, 2), invoicedAt.InUtc().Date);

        var result = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(LosAngeles, 2026, 6, 11, 23, 59), LosAngeles);
        var inUtc = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(LosAngeles, 2026, 6, 11, 23, 59), DateTimeZone.Utc);

        Assert.Equal(new LocalDate(2026, 6, 11), result.DiscountDeadline);
        Assert.Equal(new LocalDate(2026, 7, 1), result.NetDueDate);
        Assert.True(result.EarnedDiscount);
        Assert.Equal(new LocalDate(2026, 6, 12), inUtc.DiscountDeadline);
    }

    [Fact]
    public void Days_are_calendar_days_across_a_daylight_saving_change()
    {
        // Clocks in New York go forward on 8 March 2026; day ten is still 11 March.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var invoicedAt = At(newYork, 2026, 3, 1, 9, 0);

        var lastMinute = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(newYork, 2026, 3, 11, 23, 59), newYork);
        var nextDay = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(newYork, 2026, 3, 12, 0, 0), newYork);

        Assert.True(lastMinute.EarnedDiscount);
        Assert.False(nextDay.EarnedDiscount);
        Assert.Equal(new LocalDate(2026, 3, 31), lastMinute.NetDueDate);
    }

    [Fact]
    public void A_payment_whose_local_date_falls_back_before_the_invoice_date_counts_as_paid_on_the_invoice_date()
    {
        // In October 1867 Juneau's local clock moved from Russian to American time: a whole day back.
        var juneau = DateTimeZoneProviders.Tzdb["America/Juneau"];
        var invoicedAt = Instant.FromUtc(1867, 10, 19, 0, 0);
        var paidAt = Instant.FromUtc(1867, 10, 19, 1, 0);
        Assert.True(paidAt.InZone(juneau).Date < invoicedAt.InZone(juneau).Date);

        var result = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, paidAt, juneau);

        Assert.Equal(invoicedAt.InZone(juneau).Date, result.PaidOn);
        Assert.True(result.EarnedDiscount);
        Assert.Equal(invoicedAt.InZone(juneau).Date.PlusDays(30), result.NetDueDate);
    }

    [Fact]
    public void Paying_on_day_thirty_is_on_time_and_day_thirty_one_is_one_day_late()
    {
        var invoicedAt = At(Shanghai, 2026, 6, 1, 10, 0);

        var onTime = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(Shanghai, 2026, 7, 1, 23, 59), Shanghai);
        var late = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, At(Shanghai, 2026, 7, 2, 0, 1), Shanghai);

        Assert.False(onTime.IsLate);
        Assert.Equal(0, onTime.DaysLate);
        Assert.True(late.IsLate);
        Assert.Equal(1, late.DaysLate);
        Assert.Equal(new LocalDate(2026, 7, 1), late.NetDueDate);
        Assert.Equal(Thousand, late.AmountDue);
        Assert.False(late.EarnedDiscount);
    }

    [Fact]
    public void Days_late_counts_every_day_after_the_net_due_date()
    {
        var result = TwoTenNetThirty.DiscountIfPaidOn(Thousand, new LocalDate(2026, 6, 1), new LocalDate(2026, 8, 15));

        Assert.True(result.IsLate);
        Assert.Equal(45, result.DaysLate);
    }

    [Fact]
    public void One_and_a_half_percent_of_an_odd_amount_is_rounded_once_half_away_from_zero()
    {
        var terms = new PaymentTerms(Percentage.FromPercent(1.5m), 15, 45);
        var amount = Money.Of(33.33m, Currency.CNY);
        Assert.Equal(0.49995m, Percentage.FromPercent(1.5m).Of(amount).Amount);

        var result = terms.DiscountIfPaidOn(amount, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 16));

        Assert.Equal(Money.Of(0.50m, Currency.CNY), result.Discount);
        Assert.Equal(Money.Of(32.83m, Currency.CNY), result.AmountDue);
        Assert.True(result.Discount.IsRounded);
    }

    [Fact]
    public void An_exact_half_minor_unit_rounds_away_from_zero_not_to_even()
    {
        var terms = new PaymentTerms(Percentage.FromPercent(2.5m), 10, 30);

        var result = terms.DiscountIfPaidOn(Money.Of(5.00m, Currency.CNY), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 1));

        Assert.Equal(Money.Of(0.13m, Currency.CNY), result.Discount);
        Assert.Equal(Money.Of(4.87m, Currency.CNY), result.AmountDue);
    }

    [Fact]
    public void A_currency_without_minor_units_rounds_the_discount_to_whole_units()
    {
        var result = TwoTenNetThirty.DiscountIfPaidOn(Money.Of(1025m, Currency.JPY), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 5));

        Assert.Equal(Money.Of(21m, Currency.JPY), result.Discount);
        Assert.Equal(Money.Of(1004m, Currency.JPY), result.AmountDue);
    }

    [Fact]
    public void A_discount_on_a_tiny_invoice_may_round_to_zero_yet_be_earned()
    {
        var result = TwoTenNetThirty.DiscountIfPaidOn(Money.Of(0.01m, Currency.CNY), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2));

        Assert.True(result.EarnedDiscount);
        Assert.Equal(Money.Zero(Currency.CNY), result.Discount);
        Assert.Equal(Money.Of(0.01m, Currency.CNY), result.AmountDue);
    }

    [Fact]
    public void A_zero_invoice_has_nothing_to_discount_and_nothing_due()
    {
        var result = TwoTenNetThirty.DiscountIfPaidOn(Money.Zero(Currency.USD), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2));

        Assert.Equal(Money.Zero(Currency.USD), result.Discount);
        Assert.Equal(Money.Zero(Currency.USD), result.AmountDue);
    }

    [Fact]
    public void Zero_discount_days_earn_the_discount_on_the_invoice_date_only()
    {
        var terms = new PaymentTerms(Percentage.FromPercent(3m), 0, 30);
        var invoiceDate = new LocalDate(2026, 6, 1);

        var sameDay = terms.DiscountIfPaidOn(Thousand, invoiceDate, invoiceDate);
        var nextDay = terms.DiscountIfPaidOn(Thousand, invoiceDate, invoiceDate.PlusDays(1));

        Assert.Equal(Money.Of(30m, Currency.CNY), sameDay.Discount);
        Assert.Equal(invoiceDate, sameDay.DiscountDeadline);
        Assert.True(nextDay.Discount.IsZero);
    }

    [Fact]
    public void Net_terms_offer_no_discount_even_when_paid_on_the_invoice_date()
    {
        var net = PaymentTerms.Net(30);
        var invoiceDate = new LocalDate(2026, 6, 1);

        var result = net.DiscountIfPaidOn(Thousand, invoiceDate, invoiceDate);

        Assert.Equal(Percentage.Zero, net.Discount);
        Assert.Equal(0, net.DiscountDays);
        Assert.Equal(30, net.NetDays);
        Assert.False(net.OffersDiscount);
        Assert.False(result.EarnedDiscount);
        Assert.True(result.Discount.IsZero);
        Assert.Equal(Thousand, result.AmountDue);
        Assert.Equal(new LocalDate(2026, 7, 1), result.NetDueDate);
    }

    [Fact]
    public void Zero_percent_terms_with_discount_days_still_give_no_discount()
    {
        var terms = new PaymentTerms(Percentage.Zero, 10, 30);

        var result = terms.DiscountIfPaidOn(Thousand, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 2));

        Assert.False(terms.OffersDiscount);
        Assert.False(result.EarnedDiscount);
        Assert.True(result.Discount.IsZero);
    }

    [Fact]
    public void Evaluate_and_discount_if_paid_on_agree_on_the_local_dates()
    {
        var invoicedAt = At(Shanghai, 2026, 6, 1, 10, 0);
        var paidAt = At(Shanghai, 2026, 6, 11, 23, 59);

        var fromInstants = TwoTenNetThirty.Evaluate(Thousand, invoicedAt, paidAt, Shanghai);
        var fromDates = TwoTenNetThirty.DiscountIfPaidOn(Thousand, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 11));

        Assert.Equal(fromDates, fromInstants);
    }

    [Fact]
    public void The_constructor_keeps_the_terms_as_given()
    {
        var terms = new PaymentTerms(Percentage.FromPercent(1.5m), 15, 45);

        Assert.Equal(Percentage.FromPercent(1.5m), terms.Discount);
        Assert.Equal(15, terms.DiscountDays);
        Assert.Equal(45, terms.NetDays);
        Assert.True(terms.OffersDiscount);
    }

    [Fact]
    public void Terms_at_the_limits_are_accepted()
    {
        var longest = new PaymentTerms(Percentage.FromPercent(99.9999m), PaymentTerms.MaxNetDays, PaymentTerms.MaxNetDays);
        var shortest = new PaymentTerms(Percentage.Zero, 0, 1);

        Assert.Equal(PaymentTerms.MaxNetDays, longest.DiscountDays);
        Assert.Equal(1, shortest.NetDays);
        Assert.Equal(3660, PaymentTerms.MaxNetDays);
        Assert.Equal(PaymentTerms.MaxNetDays, PaymentTerms.Net(PaymentTerms.MaxNetDays).NetDays);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100.0001)]
    [InlineData(250)]
    public void A_discount_of_a_hundred_percent_or_more_throws_naming_the_discount(double percent)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentTerms(Percentage.FromPercent((decimal)percent), 10, 30));

        Assert.Equal("discount", exception.ParamName);
    }

    [Theory]
    [InlineData(-1, 30)]
    [InlineData(31, 30)]
    [InlineData(int.MinValue, 30)]
    [InlineData(2, 1)]
    public void Discount_days_below_zero_or_beyond_the_net_days_throw_naming_the_discount_days(int discountDays, int netDays)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentTerms(Percentage.FromPercent(2m), discountDays, netDays));

        Assert.Equal("discountDays", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(3661)]
    [InlineData(int.MaxValue)]
    public void Net_days_below_one_or_above_the_maximum_throw_naming_the_net_days(int netDays)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentTerms(Percentage.Zero, 0, netDays));

        Assert.Equal("netDays", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3661)]
    public void Net_with_days_below_one_or_above_the_maximum_throws_naming_the_days(int days)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.Net(days));

        Assert.Equal("days", exception.ParamName);
    }

    [Fact]
    public void Paying_before_the_invoice_throws_naming_the_payment_instant()
    {
        var invoicedAt = At(Shanghai, 2026, 6, 1, 10, 0);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TwoTenNetThirty.Evaluate(Thousand, invoicedAt, invoicedAt - Duration.FromTicks(1), Shanghai));

        Assert.Equal("paidAt", exception.ParamName);
    }

    [Fact]
    public void Paying_on_a_date_before_the_invoice_date_throws_naming_the_payment_date()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => TwoTenNetThirty.DiscountIfPaidOn(Thousand, new LocalDate(2026, 6, 1), new LocalDate(2026, 5, 31)));

        Assert.Equal("paymentDate", exception.ParamName);
    }

    [Fact]
    public void Evaluating_without_a_time_zone_throws_naming_the_zone()
    {
        var at = At(Shanghai, 2026, 6, 1, 10, 0);

        var exception = Assert.Throws<ArgumentNullException>(() => TwoTenNetThirty.Evaluate(Thousand, at, at, null!));

        Assert.Equal("zone", exception.ParamName);
    }

    [Fact]
    public void A_negative_invoice_amount_throws_naming_the_invoice_amount()
    {
        var at = At(Shanghai, 2026, 6, 1, 10, 0);
        var negative = Money.Of(-0.01m, Currency.CNY);

        var fromInstants = Assert.Throws<ArgumentOutOfRangeException>(() => TwoTenNetThirty.Evaluate(negative, at, at, Shanghai));
        var fromDates = Assert.Throws<ArgumentOutOfRangeException>(
            () => TwoTenNetThirty.DiscountIfPaidOn(negative, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 1)));

        Assert.Equal("invoiceAmount", fromInstants.ParamName);
        Assert.Equal("invoiceAmount", fromDates.ParamName);
    }

    [Fact]
    public void An_unrounded_or_currency_less_invoice_amount_throws_naming_the_invoice_amount()
    {
        var at = At(Shanghai, 2026, 6, 1, 10, 0);
        var date = new LocalDate(2026, 6, 1);

        var unrounded = Assert.Throws<ArgumentException>(() => TwoTenNetThirty.Evaluate(Money.Of(10.005m, Currency.CNY), at, at, Shanghai));
        var unroundedOnDates = Assert.Throws<ArgumentException>(() => TwoTenNetThirty.DiscountIfPaidOn(Money.Of(10.005m, Currency.CNY), date, date));
        var noCurrency = Assert.Throws<ArgumentException>(() => TwoTenNetThirty.Evaluate(default, at, at, Shanghai));

        Assert.Equal("invoiceAmount", unrounded.ParamName);
        Assert.Equal("invoiceAmount", unroundedOnDates.ParamName);
        Assert.Equal("invoiceAmount", noCurrency.ParamName);
    }

    private static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();
}
