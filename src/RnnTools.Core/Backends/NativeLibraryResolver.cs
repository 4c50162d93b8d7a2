using System.Reflection;
using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>
/// Finds the native libraries of the backends (conventions.md §3): first the environment override (a file or a
/// directory; a set override that fails is final), then registered folders, then the system loader by name.
/// It is installed once as the DllImport resolver of the core assembly and caches every outcome.
/// </summary>
public static class NativeLibraryResolver
{
    private static readonly object Gate = new();
    private static readonly List<string> Folders = [];
    private static readonly Dictionary<string, NativeLoadResult> Results = new(StringComparer.Ordinal);
    private static bool installed;

    /// <summary>Adds a folder (such as a module's <c>linux-x64/</c>) searched before the system names; harmless to repeat.</summary>
    public static void RegisterFolder(string folder)
    {
        lock (Gate)
        {
            string full = Path.GetFullPath(folder);
            if (!Folders.Contains(full, StringComparer.Ordinal))
            {
                Folders.Add(full);
            }

            EnsureInstalled();
        }
    }

    /// <summary>Loads a library by its descriptor (cached), recording every path tried.</summary>
    public static NativeLoadResult Load(NativeLibraryName library)
    {
        lock (Gate)
        {
            EnsureInstalled();
            if (!Results.TryGetValue(library.LogicalName, out NativeLoadResult? result))
            {
                result = Search(library, Environment.GetEnvironmentVariable(library.OverrideVariable), Folders);
                Results[library.LogicalName] = result;
            }

            return result;
        }
    }

    /// <summary>The search itself, without caching (exposed to tests).</summary>
    internal static NativeLoadResult Search(NativeLibraryName library, string? overridePath, IReadOnlyList<string> folders)
    {
        var attempts = new List<string>();
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            IEnumerable<string> candidates = Directory.Exists(overridePath)
                ? library.FileNames.Select(name => Path.Combine(overridePath, name))
                : [overridePath];
            foreach (string candidate in candidates)
            {
                if (TryLoad(candidate, attempts, out nint handle))
                {
                    return new NativeLoadResult(handle, candidate, attempts);
                }
            }

            attempts.Add($"{library.OverrideVariable} is set, so no other location was searched");
            return new NativeLoadResult(0, null, attempts);
        }

        foreach (string candidate in folders.SelectMany(folder => library.FileNames.Select(name => Path.Combine(folder, name))))
        {
            if (File.Exists(candidate) && TryLoad(candidate, attempts, out nint handle))
            {
                return new NativeLoadResult(handle, candidate, attempts);
            }
        }

        foreach (string name in library.FileNames)
        {
            if (TryLoad(name, attempts, out nint handle))
            {
                return new NativeLoadResult(handle, name, attempts);
            }
        }

        return new NativeLoadResult(0, null, attempts);
    }

    private static bool TryLoad(string candidate, List<string> attempts, out nint handle)
    {
        try
        {
            handle = NativeLibrary.Load(candidate);
            attempts.Add($"{candidate}: loaded");
            return true;
        }
        catch (DllNotFoundException)
        {
            attempts.Add($"{candidate}: not found or not loadable");
        }
        catch (BadImageFormatException ex)
        {
            attempts.Add($"{candidate}: wrong format ({ex.Message})");
        }

        handle = 0;
        return false;
    }

    private static void EnsureInstalled()
    {
        if (!installed)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
            installed = true;
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        NativeLibraryName? library = NativeLibraryName.All.FirstOrDefault(l => l.LogicalName == libraryName);
        return library is null ? 0 : Load(library).Handle;
    }
}
