using System.Collections.Immutable;
using System.Management.Automation;
using System.Reflection;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

/// <summary>Every options-record property is reachable from a cmdlet parameter of the same name (or alias) with a compatible type.</summary>
public sealed class OptionsRecordTests
{
    public static TheoryData<Type> Cmdlets() => [.. CmdletCatalog.Cmdlets];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void OptionsRecord_EverySettablePropertyHasAParameterOfACompatibleType(Type cmdlet)
    {
        foreach (PropertyInfo property in CmdletCatalog.OptionsType(cmdlet).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            PropertyInfo parameter = CmdletCatalog.Parameter(cmdlet, property.Name)
                ?? throw new Xunit.Sdk.XunitException($"{CmdletCatalog.FullName(cmdlet)} has no parameter for {property.DeclaringType!.Name}.{property.Name}");
            Assert.True(Compatible(property.PropertyType, parameter.PropertyType),
                $"{CmdletCatalog.FullName(cmdlet)} -{parameter.Name} is {parameter.PropertyType}, the record's {property.Name} is {property.PropertyType}");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void OptionsRecord_IsASealedRecordWithInitOnlyProperties(Type cmdlet)
    {
        Type options = CmdletCatalog.OptionsType(cmdlet);
        Assert.True(options.IsSealed);
        Assert.NotNull(options.GetMethod("<Clone>$"));
        Assert.All(options.GetProperties().Where(p => p.SetMethod is not null),
            p => Assert.Contains(p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers(), m => m.Name == "IsExternalInit"));
    }

    private static bool Compatible(Type record, Type parameter) =>
        record == parameter
        || ((record == typeof(bool) || record == typeof(bool?)) && parameter == typeof(SwitchParameter))
        || (record.IsGenericType && record.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && parameter == record.GetGenericArguments()[0].MakeArrayType());
}
