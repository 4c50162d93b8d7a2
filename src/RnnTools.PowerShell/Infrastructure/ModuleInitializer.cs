using System.Management.Automation;
using System.Runtime.InteropServices;
using RnnTools.Core.Backends;

namespace RnnTools.PowerShell.Infrastructure;

/// <summary>
/// Runs at Import-Module: registers the module's <c>os-arch/</c> folder with the core's native library resolver.
/// It loads nothing and never throws, so import always succeeds; a missing MKL shows up only when probed, as
/// Get-RnnBackend reporting Available = False with the reason.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport()
    {
        try
        {
            string moduleFolder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? AppContext.BaseDirectory;
            string platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
            string architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            NativeLibraryResolver.RegisterFolder(Path.Combine(moduleFolder, $"{platform}-{architecture}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            // Import must succeed; the backends report what they could not find when probed.
        }
    }

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        // Native handles stay loaded: the core's entry points remain bound for the life of the process.
    }
}
