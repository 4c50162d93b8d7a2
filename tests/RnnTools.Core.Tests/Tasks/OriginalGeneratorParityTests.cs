using System.Text.Json;
using RnnTools.Core.Tasks;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Tasks;

/// <summary>
/// Value-for-value parity with the original generators: Fixtures/original-generators.json holds batches produced by
/// the logic of GiulioGx/RNNs (thesis-time datasets) and pascanur/trainingRNNs (HEAD) run with NumPy in float64, for
/// seeds, lengths and batch sizes other than the spec's golden values (Pascanu cases draw the loop's training length
/// from the task's stream when MaxLength &gt; Length).
/// </summary>
public sealed class OriginalGeneratorParityTests
{
    private static readonly JsonElement Cases = JsonDocument.Parse(File.ReadAllText(SharedData.Fixture("original-generators.json"))).RootElement.GetProperty("cases");

    public static TheoryData<int, string> CaseIndexes()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < Cases.GetArrayLength(); i++)
        {
            JsonElement c = Cases[i];
            data.Add(i, $"{c.GetProperty("task").GetString()} {c.GetProperty("variant").GetString()} {Optional(c, "mode")} L={c.GetProperty("length").GetInt32()} seed={c.GetProperty("seed").GetInt64()}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Batches_EqualTheOriginalGenerator(int index, string description)
    {
        JsonElement c = Cases[index];
        var options = new TaskOptions
        {
            Task = Enum.Parse<TaskName>(c.GetProperty("task").GetString()!),
            Variant = Enum.Parse<TaskVariant>(c.GetProperty("variant").GetString()!, ignoreCase: true),
            Mode = Optional(c, "mode") is { } mode ? Enum.Parse<TemporalOrderMode>(mode, ignoreCase: true) : TemporalOrderMode.Plain,
            Length = c.GetProperty("length").GetInt32(),
            MaxLength = c.TryGetProperty("max_length", out JsonElement max) && max.ValueKind == JsonValueKind.Number ? max.GetInt32() : null,
            Seed = c.GetProperty("seed").GetInt32(),
            InnerTask = Optional(c, "inner") is { } inner ? Enum.Parse<TaskName>(inner) : null,
            NValues = c.TryGetProperty("n_values", out JsonElement values) ? values.GetInt32() : TaskOptions.DefaultNValues,
            NPos = c.TryGetProperty("n_pos", out JsonElement positions) ? positions.GetInt32() : TaskOptions.DefaultNPos,
        };
        ISequenceTask task = SequenceTaskFactory.Create(options);
        int batchSize = c.GetProperty("batch_size").GetInt32();
        foreach (JsonElement expectedJson in c.GetProperty("batches").EnumerateArray())
        {
            (Batch expected, _) = BatchFile.Parse(expectedJson.GetRawText(), description);
            Batch actual = task.NextBatch(batchSize);
            Assert.Equal(expected.Length, actual.Length);
            Assert.Equal(expected.InputSize, actual.InputSize);
            Assert.Equal(expected.OutputSize, actual.OutputSize);
            Assert.Equal(expected.Lengths, actual.Lengths);
            Assert.Equal(expected.Inputs, actual.Inputs);
            Assert.Equal(expected.Targets, actual.Targets);
            Assert.Equal(expected.Mask, actual.Mask);
        }
    }

    [Fact]
    public void Fixture_CoversEveryTaskAndVariantWithReferenceCode()
    {
        var covered = Cases.EnumerateArray().Select(c => (c.GetProperty("task").GetString(), c.GetProperty("variant").GetString())).ToHashSet();
        Assert.Equal(13, covered.Count); // 7 Galvan (incl. PreTrain), 6 Pascanu; hs1997 has no reference code.
        Assert.Contains(("TemporalOrder", "galvan"), covered);
        Assert.Contains(("NoiselessMemorization", "pascanu"), covered);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
