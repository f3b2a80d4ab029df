namespace RetailCrm.Credit;

using RetailCrm.Primitives;

/// <summary>
/// One grade of a payment credit policy: the lowest score that earns it and the instalment limit it
/// gives. Grade E needs no band: it is every score below grade D's floor.
/// </summary>
public sealed record PaymentGradeBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="grade">The grade, A to D.</param>
    /// <param name="minScore">The lowest score that earns the grade.</param>
    /// <param name="instalmentLimit">The most a customer of this grade may owe in instalments; zero closes instalments.</param>
    /// <exception cref="ArgumentOutOfRangeException">The grade is E or undefined, or the limit is negative.</exception>
    /// <exception cref="ArgumentException">The limit has no currency or is not rounded to the minor unit.</exception>
    public PaymentGradeBand(PaymentGrade grade, int minScore, Money instalmentLimit)
    {
        Grade = ArgumentRange.Defined(grade) == PaymentGrade.E
            ? throw new ArgumentOutOfRangeException(nameof(grade), grade, "Grade E is every score below grade D; it has no band.")
            : grade;
        MinScore = minScore;
        InstalmentLimit = MoneyArgument.RoundedNonNegative(instalmentLimit, nameof(instalmentLimit));
    }

    /// <summary>The grade.</summary>
    public PaymentGrade Grade { get; }

    /// <summary>The lowest score that earns the grade.</summary>
    public int MinScore { get; }

    /// <summary>The most a customer of this grade may owe in instalments.</summary>
    public Money InstalmentLimit { get; }

    /// <summary>"B from 700, instalments up to CNY 10000.00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Grade} from {MinScore}, instalments up to {InstalmentLimit}";
}
