using System.Reflection;
using CsvHelper.Configuration;
using RnnTools.Core.Csv;
using RnnTools.Core.Tasks;
using RnnTools.Core.Training;

namespace RnnTools.Core.Tests.Training;

public sealed class TrainingRecordMapTests
{
    public static TheoryData<Type, ClassMap> Maps() => new()
    {
        { typeof(CheckRecord), new CheckRecordMap() },
        { typeof(TrainingRunRecord), new TrainingRunRecordMap() },
        { typeof(TemporalStepRecord), new TemporalStepRecordMap() },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void ClassMap_MapsEveryScalarPropertyInDeclarationOrder(Type record, ClassMap map)
    {
        string[] declared = [.. record.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.Name is not ("EqualityContract" or nameof(TrainingRunRecord.History)))
            .OrderBy(p => p.MetadataToken)
            .Select(p => p.Name)];
        string[] mapped = [.. map.MemberMaps.OrderBy(m => m.Data.Index).Select(m => m.Data.Names[0])];

        Assert.Equal(declared, mapped);
        Assert.Equal(Enumerable.Range(0, mapped.Length), map.MemberMaps.Select(m => m.Data.Index).Order());
    }

    [Theory]
    [InlineData(typeof(CheckRecord))]
    [InlineData(typeof(TrainingRunRecord))]
    public void Records_StartWithTheHyperParametersAndEndWithProvenance(Type record)
    {
        string[] names = [.. record.GetProperties().OrderBy(p => p.MetadataToken).Select(p => p.Name).Where(n => n != nameof(TrainingRunRecord.History))];

        Assert.Equal(HyperParameterColumns.Names, names.Take(HyperParameterColumns.Names.Count));
        Assert.Equal(["BackendDescription", "ToolVersion", "GitCommit", "Timestamp"], names.TakeLast(4));
        Assert.All(HyperParameterColumns.Names, name =>
        {
            Type option = Nullable.GetUnderlyingType(typeof(TrainingOptions).GetProperty(name)!.PropertyType) ?? typeof(TrainingOptions).GetProperty(name)!.PropertyType;
            Type column = Nullable.GetUnderlyingType(record.GetProperty(name)!.PropertyType) ?? record.GetProperty(name)!.PropertyType;
            Assert.Equal(option, column);
        });
    }

    [Fact]
    public void Records_NoMeasurementSharesAHyperParameterName()
    {
        string[] measurements = [.. typeof(CheckRecord).GetProperties().Select(p => p.Name)
            .Concat(typeof(TrainingRunRecord).GetProperties().Select(p => p.Name)).Except(HyperParameterColumns.Names)];

        Assert.Empty(measurements.Intersect(typeof(TrainingOptions).GetProperties().Select(p => p.Name)));
        Assert.Contains("Rho", measurements);
    }

    [Fact]
    public void TemporalStepRecord_WritesTheSpecHeader()
    {
        using var text = new StringWriter();
        using (ResultCsvWriter<TemporalStepRecord> writer = ResultCsvWriter<TemporalStepRecord>.ToWriter(text, new TemporalStepRecordMap()))
        {
            writer.Write(new TemporalStepRecord(2, 400, 0, 0.5, 0, 0.25, 0.125, 1, 0.5, double.NaN));
        }

        Assert.Equal("Check,Iteration,Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos\n2,400,0,0.5,0,0.25,0.125,1,0.5,NaN\n", text.ToString());
    }

    [Fact]
    public void CheckHistory_PrintsItsCount() =>
        Assert.Equal("2 checks", new CheckHistory([new CheckRecord(), new CheckRecord { Task = TaskName.Xor }]).ToString());
}
