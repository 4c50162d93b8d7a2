using CsvHelper.Configuration;

namespace RnnTools.Core.Training;

/// <summary>CSV columns of <see cref="TemporalStepRecord"/> (the header of training.md §14.2), in declaration order.</summary>
public sealed class TemporalStepRecordMap : ClassMap<TemporalStepRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public TemporalStepRecordMap()
    {
        Map(r => r.Check).Index(0).Name(nameof(TemporalStepRecord.Check));
        Map(r => r.Iteration).Index(1).Name(nameof(TemporalStepRecord.Iteration));
        Map(r => r.Step).Index(2).Name(nameof(TemporalStepRecord.Step));
        Map(r => r.NormFull).Index(3).Name(nameof(TemporalStepRecord.NormFull));
        Map(r => r.NormWRec).Index(4).Name(nameof(TemporalStepRecord.NormWRec));
        Map(r => r.NormWIn).Index(5).Name(nameof(TemporalStepRecord.NormWIn));
        Map(r => r.NormBRec).Index(6).Name(nameof(TemporalStepRecord.NormBRec));
        Map(r => r.NormWOut).Index(7).Name(nameof(TemporalStepRecord.NormWOut));
        Map(r => r.NormBOut).Index(8).Name(nameof(TemporalStepRecord.NormBOut));
        Map(r => r.Cos).Index(9).Name(nameof(TemporalStepRecord.Cos));
    }
}
