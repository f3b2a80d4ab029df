namespace RetailCrm.Tests.Primitives;

using RetailCrm.Primitives;

public sealed class ErrorModelTests
{
    public enum SampleReason
    {
        NotEnoughPoints,
        CouponExpired,
    }

    [Fact]
    public void Currency_mismatch_names_both_currencies()
    {
        var exception = new CurrencyMismatchException(Currency.CNY, Currency.JPY);

        Assert.Contains("CNY", exception.Message, StringComparison.Ordinal);
        Assert.Contains("JPY", exception.Message, StringComparison.Ordinal);
        Assert.Same(Currency.CNY, exception.Left);
        Assert.Same(Currency.JPY, exception.Right);
    }

    [Fact]
    public void Currency_mismatch_names_the_missing_currency_of_a_default_amount()
    {
        var exception = new CurrencyMismatchException(null, Currency.EUR);

        Assert.Contains("no currency", exception.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.Left);
        Assert.Equal(Currency.EUR, exception.Right);
    }

    [Fact]
    public void Currency_mismatch_is_a_retail_crm_exception_thrown_by_money()
    {
        var exception = Assert.ThrowsAny<RetailCrmException>(() => Money.Of(1m, Currency.GBP) - Money.Of(1m, Currency.HKD));

        var mismatch = Assert.IsType<CurrencyMismatchException>(exception);
        Assert.Equal(Currency.GBP, mismatch.Left);
        Assert.Equal(Currency.HKD, mismatch.Right);
    }

    [Fact]
    public void Invariant_violation_keeps_its_message_and_is_a_retail_crm_exception()
    {
        RetailCrmException exception = new InvariantViolationException("Ledger entries do not add up to the lots.");

        Assert.IsType<InvariantViolationException>(exception);
        Assert.Equal("Ledger entries do not add up to the lots.", exception.Message);
        Assert.Null(exception.InnerException);
    }

    [Fact]
    public void Retail_crm_exception_keeps_the_inner_exception()
    {
        var cause = new InvalidOperationException("cause");

        var exception = new SampleException("wrapped", cause);

        Assert.Equal("wrapped", exception.Message);
        Assert.Same(cause, exception.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Rejection_rejects_a_blank_message(string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Rejection<SampleReason>(SampleReason.NotEnoughPoints, message));

        Assert.Equal("message", exception.ParamName);
    }

    [Fact]
    public void Rejection_rejects_a_null_message()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new Rejection<SampleReason>(SampleReason.NotEnoughPoints, null!));

        Assert.Equal("message", exception.ParamName);
    }

    [Fact]
    public void Rejection_keeps_the_reason_and_the_message()
    {
        var rejection = new Rejection<SampleReason>(SampleReason.NotEnoughPoints, "You have 300 points; 500 are needed.");

        Assert.Equal(SampleReason.NotEnoughPoints, rejection.Reason);
        Assert.Equal("You have 300 points; 500 are needed.", rejection.Message);
        Assert.Equal("NotEnoughPoints: You have 300 points; 500 are needed.", rejection.ToString());
    }

    [Fact]
    public void Rejections_with_the_same_reason_and_message_are_equal()
    {
        var first = new Rejection<SampleReason>(SampleReason.CouponExpired, "The coupon expired.");
        var same = new Rejection<SampleReason>(SampleReason.CouponExpired, "The coupon expired.");
        var otherReason = new Rejection<SampleReason>(SampleReason.NotEnoughPoints, "The coupon expired.");
        var otherMessage = new Rejection<SampleReason>(SampleReason.CouponExpired, "The coupon is used up.");

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, otherReason);
        Assert.NotEqual(first, otherMessage);
    }

    private sealed class SampleException(string message, Exception innerException)
        : RetailCrmException(message, innerException);
}
