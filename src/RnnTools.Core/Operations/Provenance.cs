using System.Globalization;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Operations;

/// <summary>The provenance columns that end result rows (conventions.md §5): backend description, tool version, commit, time.</summary>
/// <param name="BackendDescription">The backend's <c>Describe()</c> line.</param>
/// <param name="ToolVersion">The version without the commit.</param>
/// <param name="GitCommit">The commit the tool was built from, or empty.</param>
/// <param name="Timestamp">UTC time, ISO 8601 (<c>2026-01-01T12:00:00Z</c>).</param>
public sealed record Provenance(string BackendDescription, string ToolVersion, string GitCommit, string Timestamp)
{
    /// <summary>The provenance of a result computed now on <paramref name="backend"/>.</summary>
    public static Provenance Of(IComputeBackend backend, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(clock);
        return new Provenance(backend.Describe(), ToolInfo.Version, ToolInfo.GitCommit, Now(clock));
    }

    /// <summary>The clock's current UTC time as the Timestamp column writes it (<c>2026-01-01T12:00:00Z</c>).</summary>
    public static string Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
