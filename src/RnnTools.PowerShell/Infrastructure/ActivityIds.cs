using RnnTools.Core.Random;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>A fixed Write-Progress activity id per cmdlet class, stable across sessions.</summary>
internal static class ActivityIds
{
    /// <summary>The activity id of a cmdlet class (a positive number derived from its name).</summary>
    public static int For(Type cmdlet) => (int)(StableHash.Fnv1a(cmdlet.FullName ?? cmdlet.Name) % 1_000_000) + 1;
}
