using System.Runtime.InteropServices;

namespace RnnTools.Core.Backends;

/// <summary>
/// Loads a shared library into the process's global symbol scope (dlopen with RTLD_NOW | RTLD_GLOBAL), so that
/// libraries loaded after it resolve their undefined symbols there first. Linux only.
/// </summary>
internal static partial class GlobalLibrary
{
    private const int LoadNow = 0x2;
    private const int LoadGlobal = 0x100;

    /// <summary>Loads <paramref name="file"/> (a name on the loader path or a full path); false when it cannot be loaded.</summary>
    public static bool TryLoad(string file)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return false;
        }

        try
        {
            return DlOpen(file, LoadNow | LoadGlobal) != 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint DlOpen(string file, int mode);
}
