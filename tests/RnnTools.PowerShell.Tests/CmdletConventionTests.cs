using System.Management.Automation;
using System.Reflection;
using RnnTools.PowerShell.Infrastructure;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

public sealed class CmdletConventionTests
{
    public static TheoryData<Type> Cmdlets() => [.. CmdletCatalog.Cmdlets];

    private static readonly Type[] VerbClasses =
        [typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity)];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_UsesAnApprovedVerb(Type cmdlet)
    {
        string[] approved = [.. VerbClasses.SelectMany(c => c.GetFields(BindingFlags.Public | BindingFlags.Static)).Select(f => (string)f.GetRawConstantValue()!)];
        Assert.Contains(CmdletCatalog.Name(cmdlet).Verb, approved);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_IsSealedNamedVerbNounCommandInCommandsNamespace(Type cmdlet)
    {
        (string verb, string noun) = CmdletCatalog.Name(cmdlet);
        Assert.True(cmdlet.IsSealed);
        Assert.Equal($"{verb}{noun}Command", cmdlet.Name);
        Assert.Equal("RnnTools.PowerShell.Commands", cmdlet.Namespace);
        Assert.True(cmdlet.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(RnnOperationCmdlet<,>));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_DeclaresOnlyParametersBuildOptionsAndRun(Type cmdlet)
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        string[] methods = [.. cmdlet.GetMethods(declared).Where(m => !m.IsSpecialName).Select(m => m.Name).Distinct().Order()];
        Assert.Equal(["BuildOptions", "Run"], methods);
        foreach (PropertyInfo property in cmdlet.GetProperties(declared))
        {
            Assert.Contains(property.GetCustomAttributesData(), a => a.AttributeType == typeof(ParameterAttribute));
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_HasAnOutputTypeFromTheCore(Type cmdlet)
    {
        CustomAttributeData output = cmdlet.GetCustomAttributesData().Single(a => a.AttributeType == typeof(OutputTypeAttribute));
        foreach (Type type in ((IEnumerable<CustomAttributeTypedArgument>)output.ConstructorArguments[0].Value!).Select(a => (Type)a.Value!))
        {
            Assert.True(type == typeof(bool) || type.Assembly.GetName().Name == "RnnTools.Core", $"{type} is not a core record");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_EveryDoubleParameterIsInvariantNumber(Type cmdlet)
    {
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet))
        {
            Type type = Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType;
            if (type == typeof(double) || type == typeof(double[]))
            {
                Assert.Contains(parameter.GetCustomAttributesData(), a => a.AttributeType == typeof(InvariantNumberAttribute));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_SwitchesAreSwitchParameters(Type cmdlet)
    {
        Assert.DoesNotContain(CmdletCatalog.Parameters(cmdlet), p => p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?));
    }
}
