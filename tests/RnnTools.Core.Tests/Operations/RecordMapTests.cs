using System.Reflection;
using CsvHelper.Configuration;
using RnnTools.Core.Operations.Gradients;
using RnnTools.Core.Operations.Models;
using RnnTools.Core.Operations.Performance;
using RnnTools.Core.Operations.Spectrum;

namespace RnnTools.Core.Tests.Operations;

public sealed class RecordMapTests
{
    public static TheoryData<Type, ClassMap> Maps() => new()
    {
        { typeof(GradientStepRecord), new GradientStepRecordMap() },
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
}
