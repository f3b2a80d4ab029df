namespace RetailCrm.Service;

/// <summary>How strongly the customer says they feel about the problem: their stated severity, in five steps.</summary>
public enum EmotionalIntensity
{
    /// <summary>Calm: reports a problem, expects it fixed.</summary>
    Calm = 1,

    /// <summary>Concerned: bothered, asks for attention.</summary>
    Concerned = 2,

    /// <summary>Upset: disappointed, may not buy again.</summary>
    Upset = 3,

    /// <summary>Angry: demands redress, threatens to leave.</summary>
    Angry = 4,

    /// <summary>Outraged: threatens to go public, to the marketplace or to a regulator.</summary>
    Outraged = 5,
}
