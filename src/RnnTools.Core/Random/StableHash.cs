using System.Text;

namespace RnnTools.Core.Random;

/// <summary>A string hash that is the same in every process and .NET version (unlike <c>string.GetHashCode()</c>).</summary>
public static class StableHash
{
    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Fnv1a(string text)
    {
        ulong hash = 14695981039346656037ul;
        foreach (byte value in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ value) * 1099511628211ul);
        }

        return hash;
    }
}
