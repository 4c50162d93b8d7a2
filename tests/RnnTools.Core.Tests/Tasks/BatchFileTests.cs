using RnnTools.Core.Errors;
using RnnTools.Core.Tasks;

namespace RnnTools.Core.Tests.Tasks;

public sealed class BatchFileTests
{
    private static Batch Sample()
    {
        // T = 2, n_in = 2, n_out = 1, B = 3; element (t, i, b) at ((t·dim) + i)·B + b.
        double[] inputs = [0.1, 0.2, 0.3, 1, 0, 1, 0.30000000000000004, 1e-300, -2.5, 0, 1, 0];
        double[] targets = [0, 0, 0, 0.4, 0.5, 0.6];
        double[] mask = [0, 0, 0, 1, 1, 1];
        return new Batch(2, 2, 1, 3, inputs, targets, mask, [2, 2, 2]);
    }

    [Fact]
    public void ToJson_UsesTimeThenSequenceThenChannel()
    {
        string json = BatchFile.ToJson(Sample(), new BatchIdentity("Addition", "galvan", null, 10, 13));
        Assert.StartsWith("{\"task\":\"Addition\",\"variant\":\"galvan\",\"mode\":null,\"min_length\":10,\"seed\":13,\"inputs\":[[[0.1,1],[0.2,0],[0.3,1]],", json);
        Assert.EndsWith("\"lengths\":[2,2,2]}", json);
    }

    [Fact]
    public void Parse_RoundTripsEveryValueBitExactly()
    {
        Batch batch = Sample();
        (Batch read, BatchIdentity identity) = BatchFile.Parse(BatchFile.ToJson(batch, new BatchIdentity("Addition", "galvan", "plain", 10, 13)), "b.json");
        Assert.Equal(batch.Inputs, read.Inputs);
        Assert.Equal(batch.Targets, read.Targets);
        Assert.Equal(batch.Mask, read.Mask);
        Assert.Equal(batch.Lengths, read.Lengths);
        Assert.Equal(new BatchIdentity("Addition", "galvan", "plain", 10, 13), identity);
    }

    [Theory]
    [InlineData("{\"targets\":[],\"mask\":[],\"lengths\":[]}", "key 'inputs' is missing")]
    [InlineData("{\"inputs\":[[[1,2]]],\"targets\":[[[1]]],\"mask\":[[[2]]],\"lengths\":[1]}", "key 'mask' must hold only 0 and 1")]
    [InlineData("{\"inputs\":[[[1,2]],[[1]]],\"targets\":[[[1]],[[1]]],\"mask\":[[[1]],[[1]]],\"lengths\":[2]}", "key 'inputs' step 1 sequence 0 has 1 values; expected 2")]
    [InlineData("{\"inputs\":[[[1,2]]],\"targets\":[[[1]]],\"mask\":[[[1]]],\"lengths\":[5]}", "key 'lengths' entry 0")]
    [InlineData("{\"inputs\":[[[1,2]]]", "not valid JSON")]
    public void Parse_Malformed_NamesTheFileAndTheKey(string json, string expected)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => BatchFile.Parse(json, "b.json"));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith("b.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
