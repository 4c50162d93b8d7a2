using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed partial class ModuleManifestTests
{
    private static readonly string ModuleFolder = Path.Combine(AppContext.BaseDirectory, "module");
    private static readonly string Manifest = File.ReadAllText(Path.Combine(ModuleFolder, "RnnTools.psd1"));

    [Fact]
    public void CmdletsToExport_EqualsTheCompiledCmdlets()
    {
        string list = CmdletsToExportPattern().Match(Manifest).Groups[1].Value;
        string[] exported = [.. QuotedPattern().Matches(list).Select(m => m.Groups[1].Value).Order()];
        Assert.Equal(CmdletCatalog.Cmdlets.Select(CmdletCatalog.FullName).Order(), exported);
    }

    [Fact]
    public void ModuleVersion_EqualsTheAssemblyVersion()
    {
        string version = CmdletCatalog.Module.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Contains($"ModuleVersion        = '{version}'", Manifest);
    }

    [Fact]
    public void Manifest_RequiresPowerShell74CoreAndExportsNothingElse()
    {
        Assert.Contains("PowerShellVersion    = '7.4'", Manifest);
        Assert.Contains("CompatiblePSEditions = @('Core')", Manifest);
        Assert.Contains("RootModule           = 'RnnTools.PowerShell.dll'", Manifest);
        Assert.Contains("FunctionsToExport    = @()", Manifest);
        Assert.Contains("AliasesToExport      = @()", Manifest);
        Assert.DoesNotContain("*", CmdletsToExportPattern().Match(Manifest).Groups[1].Value);
    }

    [Fact]
    public void FormatFile_EveryTypeNameAndPropertyNameResolves()
    {
        XDocument format = XDocument.Load(Path.Combine(ModuleFolder, "RnnTools.Format.ps1xml"));
        Assembly core = typeof(RnnTools.Core.Errors.RnnToolsException).Assembly;
        foreach (XElement view in format.Descendants("View"))
        {
            string typeName = view.Descendants("TypeName").Single().Value;
            Type type = core.GetType(typeName) ?? throw new Xunit.Sdk.XunitException($"{typeName} is not a core type");
            foreach (string property in view.Descendants("PropertyName").Select(p => p.Value))
            {
                Assert.True(type.GetProperty(property) is not null, $"{typeName} has no property {property}");
            }
        }
    }

    [Fact]
    public void FormatFile_HasATableViewForEveryEmittedRecordType()
    {
        XDocument format = XDocument.Load(Path.Combine(ModuleFolder, "RnnTools.Format.ps1xml"));
        string[] viewed = [.. format.Descendants("TypeName").Select(t => t.Value)];
        foreach (Type cmdlet in CmdletCatalog.Cmdlets)
        {
            CustomAttributeData output = cmdlet.GetCustomAttributesData().Single(a => a.AttributeType == typeof(System.Management.Automation.OutputTypeAttribute));
            foreach (Type type in ((IEnumerable<CustomAttributeTypedArgument>)output.ConstructorArguments[0].Value!).Select(a => (Type)a.Value!).Where(t => t != typeof(bool)))
            {
                Assert.Contains(type.FullName, viewed);
            }
        }
    }

    [GeneratedRegex(@"CmdletsToExport\s*=\s*@\(([^)]*)\)", RegexOptions.Singleline)]
    private static partial Regex CmdletsToExportPattern();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPattern();
}
