using System.Reflection;
using RnnTools.Core.Backends;

namespace RnnTools.Core.Tests;

public sealed class DependencyTests
{
    [Fact]
    public void Core_ReferencesNoHostAssembly()
    {
        string[] references = [.. typeof(IComputeBackend).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty)];
        Assert.DoesNotContain("System.Management.Automation", references);
        Assert.DoesNotContain("System.CommandLine", references);
        Assert.DoesNotContain("Spectre.Console", references);
        Assert.DoesNotContain("rnntools", references);
        Assert.DoesNotContain("RnnTools.PowerShell", references);
    }

    [Fact]
    public void Core_UsesOnlyItsThreePackages()
    {
        string[] thirdParty = [.. typeof(IComputeBackend).Assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? string.Empty)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard" && name != "mscorlib")];
        Assert.Subset(new HashSet<string> { "CsvHelper", "MathNet.Numerics" }, thirdParty.ToHashSet());
    }
}
