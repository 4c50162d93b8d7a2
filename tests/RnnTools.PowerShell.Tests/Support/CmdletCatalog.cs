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

    /// <summary>The options record a cmdlet builds (the base class's first type argument).</summary>
    public static Type OptionsType(Type cmdlet) => cmdlet.BaseType!.GetGenericArguments()[0];

    /// <summary>The cmdlet class of "Verb-Noun".</summary>
    public static Type ByName(string fullName) =>
        Cmdlets.SingleOrDefault(c => string.Equals(FullName(c), fullName, StringComparison.OrdinalIgnoreCase))
        ?? throw new Xunit.Sdk.XunitException($"{fullName} is not a cmdlet of the module");

    /// <summary>The aliases of a parameter, read from attribute data (the stub's attribute instances read back nothing).</summary>
    public static IReadOnlyList<string> Aliases(PropertyInfo parameter) =>
        [.. parameter.GetCustomAttributesData().Where(a => a.AttributeType == typeof(AliasAttribute))
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!)
            .Select(a => (string)a.Value!)];

    /// <summary>The parameter of a cmdlet named <paramref name="name"/> or aliased so (case-insensitive), or null.</summary>
    public static PropertyInfo? Parameter(Type cmdlet, string name) =>
        Parameters(cmdlet).SingleOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)
            || Aliases(p).Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether a parameter's [Parameter] attribute sets the named flag to true.</summary>
    public static bool Flag(PropertyInfo parameter, string flag) => ParameterFlags(parameter).TryGetValue(flag, out object? value) && value is true;

    /// <summary>The named arguments of a parameter's [Parameter] attributes.</summary>
    public static IReadOnlyDictionary<string, object?> ParameterFlags(PropertyInfo parameter) =>
        parameter.GetCustomAttributesData().First(a => a.AttributeType == typeof(ParameterAttribute))
            .NamedArguments.ToDictionary(a => a.MemberName, a => a.TypedValue.Value);
}
