namespace RetailCrm.Segmentation;

/// <summary>A five-point satisfaction answer, as in the JD customer survey.</summary>
public enum Satisfaction
{
    /// <summary>Very dissatisfied.</summary>
    VeryDissatisfied = 1,

    /// <summary>Dissatisfied.</summary>
    Dissatisfied = 2,

    /// <summary>Fairly satisfied.</summary>
    FairlySatisfied = 3,

    /// <summary>Satisfied.</summary>
    Satisfied = 4,

    /// <summary>Very satisfied.</summary>
    VerySatisfied = 5,
}
