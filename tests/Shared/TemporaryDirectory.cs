namespace RnnTools.Tests.Support;

/// <summary>A fresh, empty directory under the system temporary directory, deleted with its contents on dispose.</summary>
/// <remarks>Compiled into every test project, so each test class that writes files owns one and cleans it up the same way.</remarks>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the directory.</summary>
    /// <param name="purpose">A word for the directory's name (e.g. <c>sweep</c>).</param>
    public TemporaryDirectory(string purpose) =>
        Path = Directory.CreateTempSubdirectory($"rnntools-{purpose}-").FullName;

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>Deletes the directory, including files a test made read-only.</summary>
    public void Dispose()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }
}
