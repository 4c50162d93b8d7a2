using System.Text.Json;
using RnnTools.Core.Datasets;
using RnnTools.Core.Random;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Datasets;

public sealed class MusicBatchesTests
{
    private static readonly PolyphonicDataset Tiny = PolyphonicDatasetLoader.Load(SharedData.Fixture("Music", "tiny.json"));

    public static TheoryData<int> FixtureCases() => [0, 1, 2];

    /// <summary>
    /// Fixtures/Music/music-batches.json: batches of Galvan's MuseDataset logic (indices, then crop starts, from one
    /// RandomState(seed)) over tiny.json, with 88 keys.
    /// </summary>
    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void MusicTask_Batches_EqualGalvansSampler(int index)
    {
        JsonElement c = JsonDocument.Parse(File.ReadAllText(SharedData.Fixture("Music", "music-batches.json"))).RootElement.GetProperty("cases")[index];
        ISequenceTask task = SequenceTaskFactory.Create(new TaskOptions
        {
            Task = TaskName.Music, Dataset = SharedData.Fixture("Music", "tiny.json"), Seed = c.GetProperty("seed").GetInt32(),
            SplitMode = Enum.Parse<SplitMode>(c.GetProperty("split_mode").GetString()!, ignoreCase: true), CropLength = c.GetProperty("crop_length").GetInt32(),
        });
        foreach (JsonElement expectedJson in c.GetProperty("batches").EnumerateArray())
        {
            (Batch expected, _) = BatchFile.Parse(expectedJson.GetRawText(), "music-batches.json");
            Batch actual = task.NextBatch(c.GetProperty("batch_size").GetInt32());
            Assert.Equal(expected.Lengths, actual.Lengths);
            Assert.Equal(expected.Inputs, actual.Inputs);
            Assert.Equal(expected.Targets, actual.Targets);
            Assert.Equal(expected.Mask, actual.Mask);
        }
    }

    [Fact]
    public void Split_CropsEverySequenceToTheShortestMinusOneAtMostTheCropLength()
    {
        var random = new NumpyRandomState(3);
        for (int draw = 0; draw < 50; draw++)
        {
            Batch batch = MusicBatches.Training(Tiny.Train, random, 4, SplitMode.Split, 12);
            Assert.InRange(batch.Length, 8, 12);
            Assert.All(batch.Lengths, l => Assert.Equal(batch.Length, l));
            Assert.All(batch.Mask, m => Assert.Equal(1.0, m));
            for (int b = 0; b < 4; b++)
            {
                Assert.Contains(Tiny.Train, sequence => IsCropOf(batch, b, sequence));
            }
        }
    }

    [Fact]
    public void Full_PadsToTheLongestAndMasksRealStepsOnly()
    {
        Batch batch = MusicBatches.Full(Tiny.Train, [0, 2]);
        Assert.Equal(22, batch.Length);
        Assert.Equal([8, 22], batch.Lengths);
        Assert.True(IsCropOf(batch, 0, Tiny.Train[0]) && IsCropOf(batch, 1, Tiny.Train[2]));
        for (int t = 0; t < 22; t++)
        {
            Assert.Equal(t < 8, batch.IsActive(t, 0));
            Assert.True(batch.IsActive(t, 1));
            Assert.All(Enumerable.Range(0, 88), key => Assert.Equal(t < 8 ? 1.0 : 0.0, batch.Mask[batch.OutputIndex(t, key, 0)]));
        }
    }

    [Fact]
    public void Evaluation_IsOneSequenceInFullMode()
    {
        Batch batch = MusicBatches.Evaluation(Tiny.Test[1]);
        Assert.Equal((8, 1), (batch.Length, batch.BatchSize));
        Assert.True(IsCropOf(batch, 0, Tiny.Test[1]));
        Assert.Equal([8], batch.Lengths);
        Assert.All(batch.Mask, m => Assert.Equal(1.0, m));
    }

    private static bool IsCropOf(Batch batch, int b, int[][] sequence)
    {
        int length = batch.Lengths[b];
        for (int start = 0; start + length < sequence.Length; start++)
        {
            bool match = true;
            for (int t = 0; t < length && match; t++)
            {
                match = Roll(batch.Inputs, batch, t, b).SequenceEqual(sequence[start + t]) && Roll(batch.Targets, batch, t, b).SequenceEqual(sequence[start + t + 1]);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> Roll(double[] values, Batch batch, int t, int b) =>
        Enumerable.Range(0, 88).Where(key => values[batch.OutputIndex(t, key, b)] == 1).Select(key => key + 21);
}
