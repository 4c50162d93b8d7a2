using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using RnnTools.Core.Backends;
using RnnTools.Core.Errors;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class HelpTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly string HelpFolder = Path.Combine(AppContext.BaseDirectory, "module", "en-US");
    private static readonly XDocument Help = XDocument.Load(Path.Combine(HelpFolder, "RnnTools.PowerShell.dll-Help.xml"));

    public static TheoryData<Type> Cmdlets() => [.. CmdletCatalog.Cmdlets];

    private static XElement Entry(Type cmdlet) =>
        Help.Root!.Elements(Command + "command").SingleOrDefault(c => c.Element(Command + "details")?.Element(Command + "name")?.Value == CmdletCatalog.FullName(cmdlet))
        ?? throw new Xunit.Sdk.XunitException($"no help for {CmdletCatalog.FullName(cmdlet)}");

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Help_HasSynopsisDescriptionAndTwoExamples(Type cmdlet)
    {
        XElement entry = Entry(cmdlet);
        Assert.False(string.IsNullOrWhiteSpace(entry.Element(Command + "details")!.Element(Maml + "description")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(entry.Element(Maml + "description")?.Value));
        Assert.True(entry.Descendants(Command + "example").Count() >= 2);
        Assert.All(entry.Descendants(Command + "example"), e => Assert.Contains(CmdletCatalog.FullName(cmdlet), e.Element(Dev + "code")!.Value));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Help_DocumentsEveryParameterWithMatchingFlags(Type cmdlet)
    {
        XElement entry = Entry(cmdlet);
        var documented = entry.Element(Command + "parameters")!.Elements(Command + "parameter")
            .ToDictionary(p => p.Element(Maml + "name")!.Value);
        var parameters = CmdletCatalog.Parameters(cmdlet).ToList();
        Assert.Equal(parameters.Select(p => p.Name).Order(), documented.Keys.Order());
        foreach (PropertyInfo parameter in parameters)
        {
            XElement doc = documented[parameter.Name];
            IReadOnlyDictionary<string, object?> flags = CmdletCatalog.ParameterFlags(parameter);
            Assert.Equal(flags.TryGetValue("Mandatory", out object? m) && (bool)m! ? "true" : "false", doc.Attribute("required")?.Value);
            bool byValue = flags.TryGetValue("ValueFromPipeline", out object? v) && (bool)v!;
            bool byName = flags.TryGetValue("ValueFromPipelineByPropertyName", out object? n) && (bool)n!;
            string pipeline = byValue && byName ? "True (ByPropertyName, ByValue)" : byValue ? "True (ByValue)" : byName ? "True (ByPropertyName)" : "False";
            Assert.Equal(pipeline, doc.Attribute("pipelineInput")?.Value);
            string position = flags.TryGetValue("Position", out object? p) ? ((int)p!).ToString(System.Globalization.CultureInfo.InvariantCulture) : "named";
            Assert.Equal(position, doc.Attribute("position")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(doc.Element(Maml + "description")?.Value), $"{parameter.Name} has no description");
        }
    }

    [Fact]
    public void AboutTopic_NamesEveryErrorIdAndEnvironmentVariable()
    {
        string about = File.ReadAllText(Path.Combine(HelpFolder, "about_RnnTools.help.txt"));
        string[] variables = [BackendSelector.EnvironmentVariable, BackendSettings.ThreadsVariable, BackendSettings.CbwrVariable,
            .. NativeLibraryName.All.Select(l => l.OverrideVariable)];
        Assert.All(ErrorIds.All, id => Assert.Contains(id, about));
        Assert.All(variables, variable => Assert.Contains(variable, about));
        Assert.All(CmdletCatalog.Cmdlets, cmdlet => Assert.Contains(CmdletCatalog.FullName(cmdlet), about));
    }
}
