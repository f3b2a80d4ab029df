namespace RetailCrm.Tests.Persistence;

using System.Globalization;

/// <summary>Runs code under another current culture, to show a text does not depend on it.</summary>
internal static class Cultures
{
    public static T InCulture<T>(CultureInfo culture, Func<T> act)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return act();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
