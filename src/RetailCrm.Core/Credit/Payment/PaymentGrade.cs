namespace RetailCrm.Credit;

/// <summary>
/// A customer's payment credit grade, from E (least trusted) to A (most trusted). The values
/// increase with trust, so grades compare with <c>&lt;</c> and <c>&gt;=</c>: <c>grade &gt;= PaymentGrade.C</c>.
/// </summary>
public enum PaymentGrade
{
    /// <summary>The lowest grade: the score is below every band's floor.</summary>
    E = 0,

    /// <summary>Below average; by default the grade of a new customer.</summary>
    D = 1,

    /// <summary>Average: some paid history.</summary>
    C = 2,

    /// <summary>Good: a solid paid history.</summary>
    B = 3,

    /// <summary>The highest grade.</summary>
    A = 4,
}
