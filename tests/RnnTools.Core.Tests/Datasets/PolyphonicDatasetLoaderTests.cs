using System.Text;
using RnnTools.Core.Datasets;
using RnnTools.Core.Errors;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Datasets;

public sealed class PolyphonicDatasetLoaderTests
{
    private static PolyphonicDataset Tiny() => PolyphonicDatasetLoader.Load(SharedData.Fixture("Music", "tiny.json"));

    internal static void AssertSameContent(PolyphonicDataset expected, PolyphonicDataset actual)
    {
        foreach (DatasetSplit split in Enum.GetValues<DatasetSplit>())
        {
            Assert.Equal(expected.Split(split).Count, actual.Split(split).Count);
            for (int s = 0; s < expected.Split(split).Count; s++)
            {
                Assert.Equal(expected.Split(split)[s], actual.Split(split)[s]);
            }
        }
    }

    [Fact]
    public void Load_Json_ReadsTheLayoutOfSection5_1()
    {
        PolyphonicDataset dataset = Tiny();
        Assert.Equal((5, 2, 2), (dataset.Train.Count, dataset.Valid.Count, dataset.Test.Count));
        Assert.Equal([9, 14, 23, 11, 17], dataset.Train.Select(s => s.Length));
        Assert.Equal([21, 60, 108], dataset.Train[0][0]);
        Assert.Contains(dataset.Train.SelectMany(s => s), step => step.Length == 0);
    }

    [Theory]
    [InlineData("tiny-protocol0.pkl")]
    [InlineData("tiny-protocol1.pkl")]
    [InlineData("tiny-protocol2.pkl")]
    [InlineData("tiny-numpy-scalars.pkl")]
    [InlineData("tiny-numpy-scalars-big-endian.pkl")]
    public void Load_Pickle_EqualsTheJson(string file)
    {
        AssertSameContent(Tiny(), PolyphonicDatasetLoader.Load(SharedData.Fixture("Music", file)));
    }

    [Fact]
    public void Parse_JsonWithBomWhitespaceAndOtherKeys_Loads()
    {
        string json = "\uFEFF \n{\"meta\":{\"x\":[1,2]},\"train\":[[[60],[61]]],\"valid\":[[[62],[]]],\"test\":[[[],[63,64]]]}";
        PolyphonicDataset dataset = PolyphonicDatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "b.json");
        Assert.Equal([63, 64], dataset.Test[0][1]);
    }

    [Theory]
    [InlineData("", "the dataset file is empty")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]]}", "key 'test' is missing")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[61]]],\"test\":[]}", "key 'test' appears twice")]
    [InlineData("{\"train\":{},\"valid\":[],\"test\":[]}", "key 'train' must be a list of sequences")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[5],\"test\":[]}", "split 'valid' sequence 0 must be a list of steps")]
    [InlineData("{\"train\":[[[60],61]],\"valid\":[],\"test\":[]}", "split 'train' sequence 0 step 1 must be a list of notes")]
    [InlineData("{\"train\":[[[60],[61.5]]],\"valid\":[],\"test\":[]}", "split 'train' sequence 0 step 1: entry 0 is not an integer MIDI note")]
    [InlineData("{\"train\":[[[60],[\"C4\"]]],\"valid\":[],\"test\":[]}", "split 'train' sequence 0 step 1: entry 0 is not an integer MIDI note")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[61,200]]]}", "split 'test' sequence 0 step 1: note 200 is outside 21..108")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[6", "not valid JSON")]
    [InlineData("{\"train\":[[[60],[61]]],\"valid\":[[[60],[61]]],\"test\":[[[60],[61]]]", "not valid JSON")]
    [InlineData("[1,2,3]", "pickle")]
    public void Parse_Malformed_NamesTheFileAndWhatIsWrong(string content, string expected)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => PolyphonicDatasetLoader.Parse(Encoding.UTF8.GetBytes(content), "bad.json"));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith("bad.json: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_MissingFile_IsInvalidInputFile()
    {
        string path = Path.Combine(Path.GetTempPath(), "rnntools-missing-dataset.json");
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => PolyphonicDatasetLoader.Load(path));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void Load_TruncatedPickle_NamesTheFile()
    {
        byte[] bytes = File.ReadAllBytes(SharedData.Fixture("Music", "tiny-numpy-scalars.pkl"));
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => PolyphonicDatasetLoader.Parse(bytes[..(bytes.Length / 2)], "half.pkl"));
        Assert.StartsWith("half.pkl: pickle: ", error.Message);
        Assert.Contains("truncated", error.Message);
    }
}
