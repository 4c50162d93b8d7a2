using System.Management.Automation;
using System.Reflection;
using RnnTools.Core.Backends;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Tasks;
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

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_EveryParameterButSwitchesAndPipedObjectsBindsByPropertyName(Type cmdlet)
    {
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet).Where(p => p.PropertyType != typeof(SwitchParameter)))
        {
            Assert.True(CmdletCatalog.Flag(parameter, "ValueFromPipelineByPropertyName") ^ CmdletCatalog.Flag(parameter, "ValueFromPipeline"),
                $"{CmdletCatalog.FullName(cmdlet)} -{parameter.Name} binds neither by property name nor by value (or both)");
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_HasAtMostOneByValueParameter_AnObjectOfTheCore(Type cmdlet)
    {
        PropertyInfo[] byValue = [.. CmdletCatalog.Parameters(cmdlet).Where(p => CmdletCatalog.Flag(p, "ValueFromPipeline"))];
        Assert.True(byValue.Length <= 1);
        Assert.All(byValue, p => Assert.Equal("RnnTools.Core", p.PropertyType.Assembly.GetName().Name));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_PositionsAndMandatoryOnlyOnIdentifyingInputs(Type cmdlet)
    {
        string[] identifying = ["Task", "Name", "Path", "InputObject", "InputSize", "OutputSize"];
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet))
        {
            IReadOnlyDictionary<string, object?> flags = CmdletCatalog.ParameterFlags(parameter);
            if (flags.TryGetValue("Position", out object? position))
            {
                Assert.Equal(parameter.Name is "Length" ? 1 : 0, (int)position!);
                Assert.Contains(parameter.Name, new[] { "Task", "Name", "Path", "Length" });
            }

            if (CmdletCatalog.Flag(parameter, "Mandatory"))
            {
                Assert.Contains(parameter.Name, identifying);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_TaskAndLengthFollowTheTaskConvention(Type cmdlet)
    {
        PropertyInfo? task = CmdletCatalog.Parameter(cmdlet, "Task");
        if (task is null || CmdletCatalog.OptionsType(cmdlet).GetProperty("Length") is null)
        {
            return;
        }

        Assert.True(CmdletCatalog.Flag(task, "Mandatory"));
        Assert.Equal(0, CmdletCatalog.ParameterFlags(task)["Position"]);
        Assert.Equal(typeof(TaskName), task.PropertyType);
        Assert.Equal(1, CmdletCatalog.ParameterFlags(CmdletCatalog.Parameter(cmdlet, "Length")!)["Position"]);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_ClosedSetsAreEnumsSoTheyTabComplete(Type cmdlet)
    {
        foreach (string name in new[] { "Task", "Name", "InnerTask", "Variant", "Mode", "Backend", "Activation", "OutputFunction", "InitPreset", "Precision", "SplitMode", "ErrorKind" })
        {
            if (CmdletCatalog.Parameter(cmdlet, name) is { } parameter)
            {
                Assert.True((Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType).IsEnum, $"{CmdletCatalog.FullName(cmdlet)} -{name} is not an enum");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_RuleAndWorkloadNamesHaveACompleter(Type cmdlet)
    {
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet))
        {
            Type? expected = parameter.Name switch
            {
                "WRecInit" or "WInInit" or "WOutInit" => typeof(InitializerNameCompleter),
                "Workload" => typeof(WorkloadNameCompleter),
                "Direction" or "DropoutInner" => typeof(DirectionNameCompleter),
                _ => null,
            };
            if (expected is not null)
            {
                CustomAttributeData completer = parameter.GetCustomAttributesData().Single(a => a.AttributeType == typeof(ArgumentCompleterAttribute));
                Assert.Equal(expected, completer.ConstructorArguments[0].Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_RangesAreTheLimitsOfTheCore(Type cmdlet)
    {
        (object Min, object Max)[] limits =
        [
            (TaskLimits.MinLength, TaskLimits.MaxLength), (TaskLimits.MinSeed, TaskLimits.MaxSeed), (TaskLimits.MinNValues, TaskLimits.MaxNValues),
            (TaskLimits.MinNPos, TaskLimits.MaxNPos), (TaskLimits.MinCropLength, TaskLimits.MaxCropLength), (1, NewModelOptions.MaxSize), (1, GradientCheckOptions.MaxSize),
        ];
        var expected = new Dictionary<string, (object, object)>
        {
            ["Length"] = limits[0], ["Seed"] = limits[1], ["NValues"] = limits[2], ["NPos"] = limits[3], ["CropLength"] = limits[4],
        };
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet))
        {
            CustomAttributeData? range = parameter.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(ValidateRangeAttribute));
            if (range is null)
            {
                continue;
            }

            (object, object) actual = (range.ConstructorArguments[0].Value!, range.ConstructorArguments[1].Value!);
            Assert.Contains(actual, limits.Select(l => (l.Min, l.Max)));
            if (expected.TryGetValue(parameter.Name, out (object, object) limit) && !(cmdlet.Name.StartsWith("TestRnnGradient", StringComparison.Ordinal) && parameter.Name == "Length"))
            {
                Assert.Equal(limit, actual);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_WritersSupportShouldProcessWithForceNoClobberAndPassThru(Type cmdlet)
    {
        CustomAttributeData attribute = cmdlet.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
        bool shouldProcess = attribute.NamedArguments.Any(a => a.MemberName == "SupportsShouldProcess" && a.TypedValue.Value is true);
        bool exports = CmdletCatalog.Name(cmdlet).Verb == VerbsData.Export;
        Assert.Equal(exports || CmdletCatalog.Parameter(cmdlet, "CheckpointPath") is not null, shouldProcess);
        if (exports)
        {
            Assert.All(new[] { "Force", "NoClobber", "PassThru" }, name => Assert.Equal(typeof(SwitchParameter), CmdletCatalog.Parameter(cmdlet, name)?.PropertyType));
            Assert.True(CmdletCatalog.Flag(CmdletCatalog.Parameter(cmdlet, "InputObject")!, "ValueFromPipeline"));
        }
    }

    [Fact]
    public void Cmdlets_AreTheTableOfTheIssue()
    {
        Assert.Equal(
            ["Export-RnnModel", "Get-RnnBackend", "Get-RnnSpectrum", "Get-RnnTask", "Import-RnnDataset", "Import-RnnModel", "Invoke-RnnTraining", "Measure-GradientNorm",
                "Measure-RnnPerformance", "New-RnnModel", "New-RnnTask", "Test-RnnGradient"],
            CmdletCatalog.Cmdlets.Select(CmdletCatalog.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(typeof(BackendKind), CmdletCatalog.Parameter(CmdletCatalog.ByName("Measure-RnnPerformance"), "Backend")!.PropertyType);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Cmdlet_OptionalAndSwitchParametersBoundByNameAcceptCsvCells(Type cmdlet)
    {
        foreach (PropertyInfo parameter in CmdletCatalog.Parameters(cmdlet).Where(p => CmdletCatalog.Flag(p, "ValueFromPipelineByPropertyName")))
        {
            Type? underlying = Nullable.GetUnderlyingType(parameter.PropertyType);
            Type? expected = parameter.PropertyType == typeof(SwitchParameter) ? typeof(BooleanTextAttribute)
                : underlying is not null && underlying != typeof(double) ? typeof(NullIfEmptyAttribute)
                : null;
            if (expected is not null)
            {
                Assert.True(parameter.GetCustomAttributesData().Any(a => a.AttributeType == expected),
                    $"{CmdletCatalog.FullName(cmdlet)} -{parameter.Name} lacks [{expected.Name}]");
            }
        }
    }
}
