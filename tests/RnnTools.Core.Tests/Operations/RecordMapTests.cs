using System.Reflection;
using CsvHelper.Configuration;
using RnnTools.Core.Csv;
using RnnTools.Core.Operations.Backends;
using RnnTools.Core.Operations.Datasets;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Performance;
using RnnTools.Core.Operations.Spectrum;
using RnnTools.Core.Operations.Tasks;

namespace RnnTools.Core.Tests.Operations;

public sealed class RecordMapTests
{
    public static TheoryData<Type, ClassMap> Maps() => new()
    {
        { typeof(BackendRecord), new BackendRecordMap() },
        { typeof(TaskInfoRecord), new TaskInfoRecordMap() },
        { typeof(DatasetSplitRecord), new DatasetSplitRecordMap() },
        { typeof(GradientStepRecord), new GradientStepRecordMap() },
        { typeof(GradientNormRecord), new GradientNormRecordMap() },
        { typeof(GradientCheckRecord), new GradientCheckRecordMap() },
        { typeof(ModelInfoRecord), new ModelInfoRecordMap() },
        { typeof(SpectrumRecord), new SpectrumRecordMap() },
        { typeof(PerformanceRecord), new PerformanceRecordMap() },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void ClassMap_MapsEveryPropertyInDeclarationOrder(Type record, ClassMap map)
    {
        string[] declared = [.. record.GetConstructors().Single().GetParameters().Select(p => p.Name!)];
        string[] mapped = [.. map.MemberMaps.OrderBy(m => m.Data.Index).Select(m => m.Data.Names[0])];
        string[] properties = [.. record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract")];

        Assert.Equal(declared, mapped);
        Assert.Equal(declared.Order(), properties.Order());
        Assert.Equal(Enumerable.Range(0, mapped.Length), map.MemberMaps.Select(m => m.Data.Index).Order());
    }

    [Fact]
    public void DatasetSplitRecord_WritesInvariantCsvWithNullNotesEmpty()
    {
        using var text = new StringWriter();
        using (ResultCsvWriter<DatasetSplitRecord> writer = ResultCsvWriter<DatasetSplitRecord>.ToWriter(text, new DatasetSplitRecordMap()))
        {
            writer.Write(new DatasetSplitRecord("d.json", "test", 2, 20, 18, 9, 10, 11, null, null, 0.5, 2, 3, 0, 11.25, 11.5, 0.1 + 0.2, null, null, null, null,
                "0.1.0", "abc", "2026-01-01T00:00:00Z"));
        }

        Assert.Equal("Path,Split,Sequences,Steps,PredictedSteps,ShortestSequence,MeanSequenceLength,LongestSequence,LowestNote,HighestNote,"
            + "MeanNotesPerStep,MaxNotesPerStep,EmptySteps,CroppedSequences,BaselineNll,BaselineNllAllSteps,BaselineNllSequenceMean,ModelNll,ModelNllSequenceMean,Backend,"
            + "BackendDescription,ToolVersion,GitCommit,Timestamp\n"
            + "d.json,test,2,20,18,9,10,11,,,0.5,2,3,0,11.25,11.5,0.30000000000000004,,,,,0.1.0,abc,2026-01-01T00:00:00Z\n", text.ToString());
    }
}
