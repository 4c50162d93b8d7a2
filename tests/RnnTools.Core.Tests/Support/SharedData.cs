namespace RnnTools.Core.Tests.Support;

/// <summary>
/// The project's shared data folder (../shared relative to the repository root, found by walking up from the test
/// binaries to the folder holding RnnTools.sln) and the test fixtures copied next to the binaries.
/// </summary>
public static class SharedData
{
    /// <summary>../shared/data/polyphonic, or null when the shared folder is absent.</summary>
    public static string? PolyphonicFolder { get; } = FindPolyphonic();

    /// <summary>A file of ../shared/data/polyphonic (only valid when <see cref="PolyphonicFolder"/> is not null).</summary>
    public static string Polyphonic(string name) => Path.Combine(PolyphonicFolder!, name);

    /// <summary>A fixture file shipped with the tests (Fixtures/...).</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string? FindPolyphonic()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RnnTools.sln")))
            {
                string folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "polyphonic"));
                return Directory.Exists(folder) ? folder : null;
            }
        }

        return null;
    }
}
