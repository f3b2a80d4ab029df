namespace RetailCrm.Promotions;

/// <summary>
/// Units of one line at one unit value, ordered cheapest first, then by line: the candidates a
/// "get the cheapest free" reward chooses from.
/// </summary>
/// <param name="Value">What one of these units is worth now, in minor units.</param>
/// <param name="Line">The line's canonical position.</param>
/// <param name="Units">How many units of the line have this value.</param>
internal readonly record struct UnitCandidate(long Value, int Line, long Units) : IComparable<UnitCandidate>
{
    public int CompareTo(UnitCandidate other)
    {
        var order = Value.CompareTo(other.Value);
        if (order == 0)
        {
            order = Line.CompareTo(other.Line);
        }

        return order == 0 ? Units.CompareTo(other.Units) : order;
    }
}
