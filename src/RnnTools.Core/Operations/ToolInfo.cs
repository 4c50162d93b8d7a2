using System.Reflection;

namespace RnnTools.Core.Operations;

/// <summary>The tool version and the git commit it was built from, read from the assembly's informational version.</summary>
public static class ToolInfo
{
    private static readonly string Informational =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version, without the commit (e.g. "0.1.0").</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The commit the SDK embedded when building from a git checkout, or empty.</summary>
    public static string GitCommit => Informational.Contains('+') ? Informational[(Informational.IndexOf('+') + 1)..] : string.Empty;

    /// <summary>The full informational version ("0.1.0+sha").</summary>
    public static string InformationalVersion => Informational;
}
