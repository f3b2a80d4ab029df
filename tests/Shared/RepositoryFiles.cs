namespace RetailCrm.TestSupport;

/// <summary>Finds files of the repository (docs, project files) from a test's output directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>The path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RetailCrm.Core.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("The repository root (RetailCrm.Core.sln) is not above the test's directory.");
    }
}
