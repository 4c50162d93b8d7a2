using CsvHelper.Configuration;

namespace RnnTools.Core.Training;

/// <summary>CSV columns of <see cref="CheckRecord"/>: the hyper-parameter block, then the measurements and provenance, in declaration order.</summary>
public sealed class CheckRecordMap : ClassMap<CheckRecord>
{
    /// <summary>Maps every column in declaration order.</summary>
    public CheckRecordMap()
    {
        int next = HyperParameterColumns.Map(this);
        Map(r => r.Check).Index(next++).Name(nameof(CheckRecord.Check));
        Map(r => r.Iteration).Index(next++).Name(nameof(CheckRecord.Iteration));
        Map(r => r.Updates).Index(next++).Name(nameof(CheckRecord.Updates));
        Map(r => r.ElapsedSeconds).Index(next++).Name(nameof(CheckRecord.ElapsedSeconds));
        Map(r => r.BlockSeconds).Index(next++).Name(nameof(CheckRecord.BlockSeconds));
        Map(r => r.EvalSeconds).Index(next++).Name(nameof(CheckRecord.EvalSeconds));
        Map(r => r.MsPerIteration).Index(next++).Name(nameof(CheckRecord.MsPerIteration));
        Map(r => r.BatchLength).Index(next++).Name(nameof(CheckRecord.BatchLength));
        Map(r => r.TrainLoss).Index(next++).Name(nameof(CheckRecord.TrainLoss));
        Map(r => r.GradNorm).Index(next++).Name(nameof(CheckRecord.GradNorm));
        Map(r => r.TrainLossAvg).Index(next++).Name(nameof(CheckRecord.TrainLossAvg));
        Map(r => r.GradNormAvg).Index(next++).Name(nameof(CheckRecord.GradNormAvg));
        Map(r => r.DirNorm).Index(next++).Name(nameof(CheckRecord.DirNorm));
        Map(r => r.DirCos).Index(next++).Name(nameof(CheckRecord.DirCos));
        Map(r => r.Switched).Index(next++).Name(nameof(CheckRecord.Switched));
        Map(r => r.StepSize).Index(next++).Name(nameof(CheckRecord.StepSize));
        Map(r => r.DbGNorm).Index(next++).Name(nameof(CheckRecord.DbGNorm));
        Map(r => r.EquiCos).Index(next++).Name(nameof(CheckRecord.EquiCos));
        Map(r => r.ValidLoss).Index(next++).Name(nameof(CheckRecord.ValidLoss));
        Map(r => r.ValidError).Index(next++).Name(nameof(CheckRecord.ValidError));
        Map(r => r.ValidErrorBest).Index(next++).Name(nameof(CheckRecord.ValidErrorBest));
        Map(r => r.TrainMonitorLoss).Index(next++).Name(nameof(CheckRecord.TrainMonitorLoss));
        Map(r => r.TrainMonitorLossFrameWeighted).Index(next++).Name(nameof(CheckRecord.TrainMonitorLossFrameWeighted));
        Map(r => r.Rho).Index(next++).Name(nameof(CheckRecord.Rho));
        Map(r => r.MaxSingular).Index(next++).Name(nameof(CheckRecord.MaxSingular));
        Map(r => r.MinSingular).Index(next++).Name(nameof(CheckRecord.MinSingular));
        Map(r => r.SingularVar).Index(next++).Name(nameof(CheckRecord.SingularVar));
        Map(r => r.GVar).Index(next++).Name(nameof(CheckRecord.GVar));
        Map(r => r.DotsVar).Index(next++).Name(nameof(CheckRecord.DotsVar));
        Map(r => r.Omega).Index(next++).Name(nameof(CheckRecord.Omega));
        Map(r => r.OmegaAlpha).Index(next++).Name(nameof(CheckRecord.OmegaAlpha));
        Map(r => r.StepsInPast).Index(next++).Name(nameof(CheckRecord.StepsInPast));
        Map(r => r.Penalty).Index(next++).Name(nameof(CheckRecord.Penalty));
        Map(r => r.CurrentHiddenSize).Index(next++).Name(nameof(CheckRecord.CurrentHiddenSize));
        Map(r => r.BackendDescription).Index(next++).Name(nameof(CheckRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(next++).Name(nameof(CheckRecord.ToolVersion));
        Map(r => r.GitCommit).Index(next++).Name(nameof(CheckRecord.GitCommit));
        Map(r => r.Timestamp).Index(next++).Name(nameof(CheckRecord.Timestamp));
    }
}
