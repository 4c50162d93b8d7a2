namespace RnnTools.PowerShell.Infrastructure;

/// <summary>The names of a dynamic list that complete a partly typed word (case-insensitive prefix, quotes ignored).</summary>
internal static class NameCompletion
{
    /// <summary>The names starting with <paramref name="wordToComplete"/>, in the list's order.</summary>
    public static IEnumerable<string> Matches(IEnumerable<string> names, string? wordToComplete)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return names.Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
