namespace RnnTools.Core.Tests.Support;

/// <summary>A fresh directory path under the system temporary directory, deleted with its contents on dispose.</summary>
/// <param name="purpose">A word for the directory's name (e.g. <c>sweep</c>).</param>
public sealed class TemporaryDirectory(string purpose) : IDisposable
{
    /// <summary>The directory (not created until a test writes to it).</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rnntools-{purpose}-{Guid.NewGuid():N}");

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
