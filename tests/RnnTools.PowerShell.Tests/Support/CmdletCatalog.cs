using System.Management.Automation;
using System.Reflection;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Tests.Support;

/// <summary>The compiled cmdlets of the module, read by reflection (the stub cannot run them).</summary>
public static class CmdletCatalog
{
    /// <summary>The module assembly.</summary>
    public static Assembly Module { get; } = typeof(ModuleInitializer).Assembly;

    /// <summary>Every cmdlet class.</summary>
    public static IReadOnlyList<Type> Cmdlets { get; } =
        [.. Module.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(PSCmdlet).IsAssignableFrom(t)).OrderBy(t => t.Name)];

    /// <summary>The (verb, noun) of a cmdlet class, read from attribute data (the stub's attribute instances read back null).</summary>
    public static (string Verb, string Noun) Name(Type cmdlet)
    {
        CustomAttributeData data = cmdlet.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
        return ((string)data.ConstructorArguments[0].Value!, (string)data.ConstructorArguments[1].Value!);
    }

    /// <summary>"Verb-Noun".</summary>
    public static string FullName(Type cmdlet) => $"{Name(cmdlet).Verb}-{Name(cmdlet).Noun}";

    /// <summary>The parameter properties of a cmdlet.</summary>
    public static IEnumerable<PropertyInfo> Parameters(Type cmdlet) =>
        cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType == typeof(ParameterAttribute)));

    /// <summary>The named arguments of a parameter's [Parameter] attributes.</summary>
    public static IReadOnlyDictionary<string, object?> ParameterFlags(PropertyInfo parameter) =>
        parameter.GetCustomAttributesData().First(a => a.AttributeType == typeof(ParameterAttribute))
            .NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);
}
