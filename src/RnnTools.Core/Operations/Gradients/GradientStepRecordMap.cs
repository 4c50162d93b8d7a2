using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Gradients;

/// <summary>CSV columns of <see cref="GradientStepRecord"/>: Step,NormFull,NormWRec,NormWIn,NormBRec,NormWOut,NormBOut,Cos,Loss,GradNorm.</summary>
public sealed class GradientStepRecordMap : ClassMap<GradientStepRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public GradientStepRecordMap()
    {
        Map(r => r.Step).Index(0).Name(nameof(GradientStepRecord.Step));
        Map(r => r.NormFull).Index(1).Name(nameof(GradientStepRecord.NormFull));
        Map(r => r.NormWRec).Index(2).Name(nameof(GradientStepRecord.NormWRec));
        Map(r => r.NormWIn).Index(3).Name(nameof(GradientStepRecord.NormWIn));
        Map(r => r.NormBRec).Index(4).Name(nameof(GradientStepRecord.NormBRec));
        Map(r => r.NormWOut).Index(5).Name(nameof(GradientStepRecord.NormWOut));
        Map(r => r.NormBOut).Index(6).Name(nameof(GradientStepRecord.NormBOut));
        Map(r => r.Cos).Index(7).Name(nameof(GradientStepRecord.Cos));
        Map(r => r.Loss).Index(8).Name(nameof(GradientStepRecord.Loss));
        Map(r => r.GradNorm).Index(9).Name(nameof(GradientStepRecord.GradNorm));
    }
}
