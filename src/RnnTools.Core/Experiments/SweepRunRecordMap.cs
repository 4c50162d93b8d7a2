using CsvHelper.Configuration;
using RnnTools.Core.Training;

namespace RnnTools.Core.Experiments;

/// <summary>CSV columns of <see cref="SweepRunRecord"/>: the five key columns, then every column of <see cref="TrainingRunRecordMap"/>.</summary>
public sealed class SweepRunRecordMap : ClassMap<SweepRunRecord>
{
    /// <summary>The names of the key columns, in order.</summary>
    public static IReadOnlyList<string> KeyColumns { get; } =
        [nameof(SweepRunRecord.Experiment), nameof(SweepRunRecord.ExperimentVersion), nameof(SweepRunRecord.Profile), nameof(SweepRunRecord.RunKey), nameof(SweepRunRecord.Series)];

    /// <summary>Maps the key columns and references the training summary's map, shifted to follow them (CsvHelper orders all columns by index).</summary>
    public SweepRunRecordMap()
    {
        Map(r => r.Experiment).Index(0).Name(KeyColumns[0]);
        Map(r => r.ExperimentVersion).Index(1).Name(KeyColumns[1]);
        Map(r => r.Profile).Index(2).Name(KeyColumns[2]);
        Map(r => r.RunKey).Index(3).Name(KeyColumns[3]);
        Map(r => r.Series).Index(4).Name(KeyColumns[4]);
        References<TrainingRunRecordMap>(r => r.Run);
        foreach (MemberMap member in ReferenceMaps[0].Data.Mapping.MemberMaps)
        {
            member.Data.Index += KeyColumns.Count;
        }
    }
}
