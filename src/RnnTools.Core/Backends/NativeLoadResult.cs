namespace RnnTools.Core.Backends;

/// <summary>The outcome of loading a native library: the handle (zero on failure), the file used and every path tried.</summary>
/// <param name="Handle">The library handle, or zero when nothing loaded.</param>
/// <param name="LoadedFrom">The path or name that loaded, or null.</param>
/// <param name="Attempts">Every path or name tried, each with its outcome.</param>
public sealed record NativeLoadResult(nint Handle, string? LoadedFrom, IReadOnlyList<string> Attempts)
{
    /// <summary>Whether the library loaded.</summary>
    public bool IsLoaded => Handle != 0;
}
