using CsvHelper.Configuration;

namespace RnnTools.Core.Operations.Datasets;

/// <summary>CSV columns of <see cref="DatasetSplitRecord"/>, in declaration order.</summary>
public sealed class DatasetSplitRecordMap : ClassMap<DatasetSplitRecord>
{
    /// <summary>Maps every property in declaration order.</summary>
    public DatasetSplitRecordMap()
    {
        Map(r => r.Path).Index(0).Name(nameof(DatasetSplitRecord.Path));
        Map(r => r.Split).Index(1).Name(nameof(DatasetSplitRecord.Split));
        Map(r => r.Sequences).Index(2).Name(nameof(DatasetSplitRecord.Sequences));
        Map(r => r.Steps).Index(3).Name(nameof(DatasetSplitRecord.Steps));
        Map(r => r.PredictedSteps).Index(4).Name(nameof(DatasetSplitRecord.PredictedSteps));
        Map(r => r.ShortestSequence).Index(5).Name(nameof(DatasetSplitRecord.ShortestSequence));
        Map(r => r.MeanSequenceLength).Index(6).Name(nameof(DatasetSplitRecord.MeanSequenceLength));
        Map(r => r.LongestSequence).Index(7).Name(nameof(DatasetSplitRecord.LongestSequence));
        Map(r => r.LowestNote).Index(8).Name(nameof(DatasetSplitRecord.LowestNote));
        Map(r => r.HighestNote).Index(9).Name(nameof(DatasetSplitRecord.HighestNote));
        Map(r => r.MeanNotesPerStep).Index(10).Name(nameof(DatasetSplitRecord.MeanNotesPerStep));
        Map(r => r.MaxNotesPerStep).Index(11).Name(nameof(DatasetSplitRecord.MaxNotesPerStep));
        Map(r => r.EmptySteps).Index(12).Name(nameof(DatasetSplitRecord.EmptySteps));
        Map(r => r.CroppedSequences).Index(13).Name(nameof(DatasetSplitRecord.CroppedSequences));
        Map(r => r.BaselineNll).Index(14).Name(nameof(DatasetSplitRecord.BaselineNll));
        Map(r => r.BaselineNllAllSteps).Index(15).Name(nameof(DatasetSplitRecord.BaselineNllAllSteps));
        Map(r => r.BaselineNllSequenceMean).Index(16).Name(nameof(DatasetSplitRecord.BaselineNllSequenceMean));
        Map(r => r.ModelNll).Index(17).Name(nameof(DatasetSplitRecord.ModelNll));
        Map(r => r.ModelNllSequenceMean).Index(18).Name(nameof(DatasetSplitRecord.ModelNllSequenceMean));
        Map(r => r.Backend).Index(19).Name(nameof(DatasetSplitRecord.Backend));
        Map(r => r.BackendDescription).Index(20).Name(nameof(DatasetSplitRecord.BackendDescription));
        Map(r => r.ToolVersion).Index(21).Name(nameof(DatasetSplitRecord.ToolVersion));
        Map(r => r.GitCommit).Index(22).Name(nameof(DatasetSplitRecord.GitCommit));
        Map(r => r.Timestamp).Index(23).Name(nameof(DatasetSplitRecord.Timestamp));
    }
}
