namespace RetailCrm.Tests.RealData;

/// <summary>
/// Finds the public retail data sets kept beside the repository (../shared/holdout/data), or where
/// RETAILCRM_HOLDOUT_DATA points. The data is never copied into the repository.
/// </summary>
internal static class HoldoutData
{
    public static string? Directory { get; } = Locate();

    public static string File(string relativePath)
    {
        Assert.SkipWhen(Directory is null, "The holdout data (../shared/holdout/data or RETAILCRM_HOLDOUT_DATA) is not on this machine.");
        var path = Path.Combine(Directory!, relativePath);
        Assert.True(System.IO.File.Exists(path), $"Missing holdout file {path}");
        return path;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("RETAILCRM_HOLDOUT_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "RetailCrm.Core.sln")))
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "holdout", "data");
                return System.IO.Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}
