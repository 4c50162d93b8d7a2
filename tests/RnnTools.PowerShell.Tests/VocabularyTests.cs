using System.Collections;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text;
using RnnTools.Cli;
using RnnTools.Cli.Commands;
using RnnTools.Core.Model;
using RnnTools.PowerShell.Infrastructure;
using RnnTools.PowerShell.Tests.Support;

namespace RnnTools.PowerShell.Tests;

/// <summary>
/// The vocabulary test (conventions.md §7 "CLI"): for every cmdlet/subcommand pair that shares an options record, every
/// record property set to a value other than its default, once as <c>--kebab-case</c> arguments parsed by the CLI and once
/// as cmdlet parameters (doubles through the <see cref="InvariantNumberAttribute"/> transform, under a German culture),
/// gives the same record. Switches stay off: the PowerShell stub cannot make a SwitchParameter present.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly Dictionary<string, string> FileOptions = new() { ["ModelPath"] = "--model", ["BatchPath"] = "--batch-file", ["Path"] = "--path", ["CheckpointPath"] = "--checkpoint" };

    private static readonly Dictionary<string, (string Subcommand, Func<ParseResult, object> Build)> Pairs = new()
    {
        ["New-RnnTask"] = ("task sample", TaskSampleCommand.BuildOptions),
        ["New-RnnModel"] = ("model new", ModelNewCommand.BuildOptions),
        ["Test-RnnGradient"] = ("gradcheck", GradcheckCommand.BuildOptions),
        ["Get-RnnSpectrum"] = ("spectrum", SpectrumCommand.BuildOptions),
        ["Import-RnnDataset"] = ("dataset info", DatasetInfoCommand.BuildOptions),
        ["Get-RnnTask"] = ("task list", TaskListCommand.BuildOptions),
        ["Get-RnnBackend"] = ("backend", BackendCommand.BuildOptions),
        ["Measure-RnnPerformance"] = ("bench", BenchCommand.BuildOptions),
        ["Invoke-RnnTraining"] = ("train", TrainCommand.BuildOptions),
    };

    public static TheoryData<string> Cmdlets() => [.. Pairs.Keys];

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void CliAndCmdlet_SameValues_BuildTheSameRecord(string cmdletName)
    {
        using var culture = new CultureScope("de-DE");
        (string subcommand, Func<ParseResult, object> build) = Pairs[cmdletName];
        Type cmdletType = CmdletCatalog.ByName(cmdletName);
        object cmdlet = IdentityPaths.With(Activator.CreateInstance(cmdletType)!);
        var args = new List<string>(subcommand.Split(' '));
        foreach (PropertyInfo property in Settable(CmdletCatalog.OptionsType(cmdletType)))
        {
            if (Sample(property) is not { } value)
            {
                continue;
            }

            args.Add(FileOptions.GetValueOrDefault(property.Name) ?? "--" + Kebab(property.Name));
            args.AddRange(CliText(value));
            PropertyInfo parameter = CmdletCatalog.Parameter(cmdletType, property.Name)!;
            parameter.SetValue(cmdlet, Bind(value, parameter));
        }

        ParseResult parse = CliApplication.BuildRoot().Parse(args);
        Assert.Empty(parse.Errors);
        object fromCli = build(parse);
        object fromCmdlet = cmdletType.GetMethod("BuildOptions", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(cmdlet, null)!;
        AssertSameRecord(fromCli, fromCmdlet);
    }

    [Theory]
    [InlineData("New-RnnTask", "--task Xor", "Name=Xor")]
    [InlineData("New-RnnModel", "--input-size 2 --output-size 1", "InputSize=2;OutputSize=1")]
    [InlineData("Test-RnnGradient", "", "")]
    [InlineData("Get-RnnSpectrum", "--model m.json", "ModelPath=m.json")]
    [InlineData("Import-RnnDataset", "--path d.json", "Path=d.json")]
    [InlineData("Get-RnnTask", "", "")]
    [InlineData("Get-RnnBackend", "", "")]
    [InlineData("Measure-RnnPerformance", "", "")]
    [InlineData("Invoke-RnnTraining", "--task Addition", "Task=Addition")]
    public void CliAndCmdlet_Defaults_BuildTheSameRecord(string cmdletName, string required, string parameters)
    {
        (string subcommand, Func<ParseResult, object> build) = Pairs[cmdletName];
        Type cmdletType = CmdletCatalog.ByName(cmdletName);
        object cmdlet = IdentityPaths.With(Activator.CreateInstance(cmdletType)!);
        foreach (string[] pair in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            PropertyInfo parameter = CmdletCatalog.Parameter(cmdletType, pair[0])!;
            Type type = Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType;
            parameter.SetValue(cmdlet, type.IsEnum ? Enum.Parse(type, pair[1]) : Convert.ChangeType(pair[1], type, CultureInfo.InvariantCulture));
        }

        ParseResult parse = CliApplication.BuildRoot().Parse([.. subcommand.Split(' '), .. required.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Empty(parse.Errors);
        AssertSameRecord(build(parse), cmdletType.GetMethod("BuildOptions", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(cmdlet, null)!);
    }

    [Fact]
    public void Kebab_SpellsTheConventionsExamples() =>
        Assert.Equal(["spectral-radius", "n-values", "w-rec-init", "finite-difference-step"],
            new[] { "SpectralRadius", "NValues", "WRecInit", "FiniteDifferenceStep" }.Select(Kebab));

    private static IEnumerable<PropertyInfo> Settable(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null);

    /// <summary>A value other than the record's default, or null for what the CLI does not take (objects, switches).</summary>
    private static object? Sample(PropertyInfo property)
    {
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type.IsEnum)
        {
            Array values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1);
        }

        return type switch
        {
            _ when type == typeof(int) => 7,
            _ when type == typeof(long) => 7L,
            _ when type == typeof(double) => 0.375,
            _ when type == typeof(string) => "file.json",
            _ when type == typeof(ImmutableArray<double>) => ImmutableArray.Create(0.5, 0.75),
            _ when type == typeof(ImmutableArray<string>) => ImmutableArray.Create("music-300", "addition-100"),
            _ when type == typeof(bool) || type == typeof(StoredModel) => null,
            _ => throw new Xunit.Sdk.XunitException($"no sample value for {property.Name} ({type})"),
        };
    }

    private static IEnumerable<string> CliText(object value) => value switch
    {
        double d => [d.ToString(CultureInfo.InvariantCulture)],
        ImmutableArray<double> list => [string.Join(',', list.Select(d => d.ToString(CultureInfo.InvariantCulture)))],
        ImmutableArray<string> list => [.. list],
        IFormattable f => [f.ToString(null, CultureInfo.InvariantCulture)],
        _ => [value.ToString()!],
    };

    /// <summary>What PowerShell would bind: doubles come as invariant strings through the transform.</summary>
    private static object Bind(object value, PropertyInfo parameter) => value switch
    {
        double d => InvariantNumberAttribute.Convert(d.ToString(CultureInfo.InvariantCulture))!,
        ImmutableArray<double> list => InvariantNumberAttribute.Convert(list.Select(d => (object)d.ToString(CultureInfo.InvariantCulture)).ToArray())!,
        ImmutableArray<string> list => list.ToArray(),
        _ => value,
    };

    private static string Kebab(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            bool boundary = i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            text.Append(boundary ? "-" : string.Empty).Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static void AssertSameRecord(object expected, object actual)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        foreach (PropertyInfo property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? left = property.GetValue(expected), right = property.GetValue(actual);
            if (left is IEnumerable sequence and not string)
            {
                Assert.Equal(sequence.Cast<object>(), ((IEnumerable)right!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(left, right), $"{property.Name}: CLI {left ?? "null"}, cmdlet {right ?? "null"}");
            }
        }
    }
}
