namespace HoeWerktMijnStad.TestSupport;

public static class RepositoryPaths
{
    /// <summary>The folder that holds HoeWerktMijnStad.sln, found upwards from the running assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "src", "HoeWerktMijnStad.Web");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HoeWerktMijnStad.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (HoeWerktMijnStad.sln) was not found.");
    }
}
