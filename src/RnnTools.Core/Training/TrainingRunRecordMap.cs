using CsvHelper.Configuration;

namespace RnnTools.Core.Training;

/// <summary>CSV columns of <see cref="TrainingRunRecord"/>: the hyper-parameter block, then the measurements and provenance, in declaration order.</summary>
public sealed class TrainingRunRecordMap : ClassMap<TrainingRunRecord>
{
    /// <summary>Maps every column in declaration order.</summary>
    public TrainingRunRecordMap()
    {
        int next = HyperParameterColumns.Map(this);
        Map(r => r.Status).Index(next++).Name(nameof(TrainingRunRecord.Status));
        Map(r => r.Iterations).Index(next++).Name(nameof(TrainingRunRecord.Iterations));
        Map(r => r.Updates).Index(next++).Name(nameof(TrainingRunRecord.Updates));
        Map(r => r.DivergedAt).Index(next++).Name(nameof(TrainingRunRecord.DivergedAt));
        Map(r => r.Reason).Index(next++).Name(nameof(TrainingRunRecord.Reason));
        Map(r => r.BestValidError).Index(next++).Name(nameof(TrainingRunRecord.BestValidError));
        Map(r => r.BestValidLoss).Index(next++).Name(nameof(TrainingRunRecord.BestValidLoss));
        Map(r => r.BestIteration).Index(next++).Name(nameof(TrainingRunRecord.BestIteration));
        Map(r => r.FinalValidError).Index(next++).Name(nameof(TrainingRunRecord.FinalValidError));
        Map(r => r.FinalValidLoss).Index(next++).Name(nameof(TrainingRunRecord.FinalValidLoss));
        Map(r => r.Checks).Index(next++).Name(nameof(TrainingRunRecord.Checks));
        Map(r => r.ElapsedSeconds).Index(next++).Name(nameof(TrainingRunRecord.ElapsedSeconds));
        Map(r => r.MsPerIteration).Index(next++).Name(nameof(TrainingRunRecord.MsPerIteration));
        Map(r => r.DatasetDescription).Index(next++).Name(nameof(TrainingRunRecord.DatasetDescription));
        Map(r => r.InitialRho).Index(next++).Name(nameof(TrainingRunRecord.InitialRho));
        Map(r => r.InitialMaxSingular).Index(next++).Name(nameof(TrainingRunRecord.InitialMaxSingular));
        Map(r => r.InitialMinSingular).Index(next++).Name(nameof(TrainingRunRecord.InitialMinSingular));
        Map(r => r.InitialSingularVar).Index(next++).Name(nameof(TrainingRunRecord.InitialSingularVar));
        Map(r => r.InputSize).Index(next++).Name(nameof(TrainingRunRecord.InputSize));
        Map(r => r.OutputSize).Index(next++).Name(nameof(TrainingRunRecord.OutputSize));
        Map(r => r.OutputFunction).Index(next++).Name(nameof(TrainingRunRecord.OutputFunction));
        Map(r => r.ParameterCount).Index(next++).Name(nameof(TrainingRunRecord.ParameterCount));
        Map(r => r.BackendDescription).Index(next++).Name(nameof(TrainingRunRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(next++).Name(nameof(TrainingRunRecord.ToolVersion));
        Map(r => r.GitCommit).Index(next++).Name(nameof(TrainingRunRecord.GitCommit));
        Map(r => r.Timestamp).Index(next++).Name(nameof(TrainingRunRecord.Timestamp));
    }
}
