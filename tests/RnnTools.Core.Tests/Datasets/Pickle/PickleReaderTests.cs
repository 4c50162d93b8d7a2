using System.Text;
using RnnTools.Core.Datasets;
using RnnTools.Core.Datasets.Pickle;
using RnnTools.Core.Errors;
using RnnTools.Core.Random;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Datasets.Pickle;

public sealed class PickleReaderTests
{
    /// <summary>Reads a pickle written as Latin-1 text (each char one byte).</summary>
    private static object? Read(string pickle) => PickleReader.Read(Encoding.Latin1.GetBytes(pickle), "p.pkl");

    private static string Refusal(string pickle)
    {
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => Read(pickle));
        Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
        Assert.StartsWith("p.pkl: pickle: ", error.Message);
        return error.Message;
    }

    public static TheoryData<string, object?> Scalars() => new()
    {
        { "N.", null },
        { "I42\n.", 42L },
        { "I-7\n.", -7L },
        { "I01\n.", true },
        { "I00\n.", false },
        { "L12345678901L\n.", 12345678901L },
        { "F1.5\n.", 1.5 },
        { "S'a\\'b\\x41\\101\\n\\\\'\n.", "a'bAA\n\\" },
        { "S\"q\"\n.", "q" },
        { "Vh\\u00e9llo \\U0001F600\n.", "h\u00e9llo \U0001F600" },
        { "J\u00ff\u00ff\u00ff\u00ff.", -1L },
        { "K\u0005.", 5L },
        { "M\u0000\u0001.", 256L },
        { "T\u0003\u0000\u0000\u0000abc.", "abc" },
        { "U\u0003\u00e9bc.", "\u00e9bc" },
        { "X\u0002\u0000\u0000\u0000\u00c3\u00a9.", "\u00e9" },
        { "G\u003f\u00f8\u0000\u0000\u0000\u0000\u0000\u0000.", 1.5 },
        { "\u0080\u0002\u0088.", true },
        { "\u0080\u0002\u0089.", false },
        { "\u0080\u0002\u008a\u0002\u0000\u0001.", 256L },
        { "\u0080\u0002\u008a\u0001\u00ff.", -1L },
        { "\u0080\u0002\u008a\u0000.", 0L },
        { "\u0080\u0002\u008b\u0001\u0000\u0000\u0000\u0005.", 5L },
        { "I1\nI2\n0.", 1L },
        { "I7\n(I1\nI2\n1.", 7L },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Read_Scalar(string pickle, object? expected) => Assert.Equal(expected, Read(pickle));

    [Fact]
    public void Read_ListsWithLISTAPPENDAndAPPENDS()
    {
        Assert.Equal(new List<object?> { 1L, 2L }, Read("(I1\nI2\nl."));
        Assert.Equal(new List<object?> { 1L }, Read("(lI1\na."));
        Assert.Equal(new List<object?> { 1L, 2L, 3L }, Read("](K\u0001K\u0002K\u0003e."));
    }

    [Fact]
    public void Read_TuplesOfEveryOpcode()
    {
        Assert.Equal(new object?[] { 1L, 2L }, Read("(I1\nI2\nt."));
        Assert.Equal(Array.Empty<object?>(), Read(")."));
        Assert.Equal(new object?[] { 1L }, Read("\u0080\u0002K\u0001\u0085."));
        Assert.Equal(new object?[] { 1L, 2L }, Read("\u0080\u0002K\u0001K\u0002\u0086."));
        Assert.Equal(new object?[] { 1L, 2L, 3L }, Read("\u0080\u0002K\u0001K\u0002K\u0003\u0087."));
        Assert.Equal(new object?[] { 3L, 3L }, Read("(I3\n2t."));
    }

    [Fact]
    public void Read_DictsWithDICTSETITEMAndSETITEMS()
    {
        var dict = Assert.IsType<PickleDict>(Read("(S'k'\nI1\nd."));
        Assert.True(dict.TryGet("k", out object? value));
        Assert.Equal(1L, value);
        dict = Assert.IsType<PickleDict>(Read("(dS'k'\nI2\ns."));
        Assert.True(dict.TryGet("k", out value));
        Assert.Equal(2L, value);
        dict = Assert.IsType<PickleDict>(Read("}(U\u0001aK\u0001U\u0001bK\u0002U\u0001aK\u0003u."));
        Assert.Equal(2, dict.Count);
        Assert.True(dict.TryGet("a", out value));
        Assert.Equal(3L, value);
        Assert.False(dict.TryGet("c", out _));
    }

    [Fact]
    public void Read_DictWithManyKeys_StaysFast()
    {
        var pickle = new StringBuilder("}(");
        for (int i = 0; i < 200_000; i++)
        {
            pickle.Append("J").Append(Encoding.Latin1.GetString(BitConverter.GetBytes(i))).Append("N");
        }

        var dict = Assert.IsType<PickleDict>(Read(pickle.Append("u.").ToString()));
        Assert.Equal(200_000, dict.Count);
    }

    [Fact]
    public void Read_MemoWithEveryPutAndGet()
    {
        var list = Assert.IsType<List<object?>>(Read("(lp0\n(g0\nt0."));
        Assert.Empty(list);
        var tuple = Assert.IsType<object?[]>(Read("]q\u0001K\u0005r\u0000\u0001\u0000\u00000(h\u0001j\u0000\u0001\u0000\u0000t."));
        Assert.Same(tuple[0], Assert.IsType<List<object?>>(tuple[0]));
        Assert.Equal(5L, tuple[1]);
    }

    [Fact]
    public void Read_NumpyScalarsOfEveryIntegerDtypeAndByteOrder()
    {
        const string scalar = "cnumpy.core.multiarray\nscalar\n";
        string Dtype(string code, char order) => $"cnumpy\ndtype\nU\u0002{code}K\u0000K\u0001\u0087R(K\u0003U\u0001{order}NNNJ\u00ff\u00ff\u00ff\u00ffJ\u00ff\u00ff\u00ff\u00ffK\u0000tb";
        Assert.Equal(60L, Read($"\u0080\u0002{scalar}{Dtype("i8", '<')}U\u0008<\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0086R."));
        Assert.Equal(60L, Read($"\u0080\u0002{scalar}{Dtype("i4", '>')}U\u0004\u0000\u0000\u0000<\u0086R."));
        Assert.Equal(-2L, Read($"\u0080\u0002{scalar}{Dtype("i2", '<')}U\u0002\u00fe\u00ff\u0086R."));
        Assert.Equal(65534L, Read($"\u0080\u0002{scalar}{Dtype("u2", '<')}U\u0002\u00fe\u00ff\u0086R."));
        Assert.Equal(255L, Read($"\u0080\u0002{scalar}{Dtype("u1", '|')}U\u0001\u00ff\u0086R."));
        Assert.Contains("NumPy dtype 'f8' is not supported", Refusal($"\u0080\u0002{scalar}{Dtype("f8", '<')}U\u0008\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0086R."));
        Assert.Contains("data bytes", Refusal($"\u0080\u0002{scalar}{Dtype("i8", '<')}U\u0002\u0001\u0002\u0086R."));
        Assert.Contains("does not fit", Refusal($"\u0080\u0002{scalar}{Dtype("u8", '<')}U\u0008\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u0086R."));
    }

    [Theory]
    [InlineData("cos\nsystem\n(S'echo hacked'\ntR.", "'os system'")]
    [InlineData("c__builtin__\neval\n(S'1'\ntR.", "'__builtin__ eval'")]
    [InlineData("\u0080\u0002cbuiltins\ngetattr\n.", "'builtins getattr'")]
    [InlineData("cnumpy.core.multiarray\n_reconstruct\n.", "'numpy.core.multiarray _reconstruct'")]
    public void Read_AnyOtherGlobal_IsRefusedBeforeAnythingRuns(string pickle, string global)
    {
        string message = Refusal(pickle);
        Assert.Contains($"names the global {global}", message);
        Assert.Contains("never runs code", message);
    }

    [Theory]
    [InlineData("(i__main__\nC\n.", "opcode 0x69")]
    [InlineData("(cnumpy\ndtype\no.", "opcode 0x6f")]
    [InlineData("\u0080\u0002cnumpy\ndtype\n)\u0081.", "opcode 0x81")]
    [InlineData("Pid\n.", "opcode 0x50")]
    [InlineData("K\u0001Q.", "opcode 0x51")]
    [InlineData("\u0080\u0002\u0082\u0001.", "opcode 0x82")]
    [InlineData("\u0080\u0003C\u0001a.", "protocol 3 is not supported")]
    [InlineData("\u0080\u0002C\u0001a.", "opcode 0x43")]
    [InlineData("I1\n", "without a STOP")]
    [InlineData("U\u0005ab", "ends inside an opcode")]
    [InlineData("I12", "ends inside a text opcode")]
    [InlineData(".", "stack is empty")]
    [InlineData("(.", "stack is empty")]
    [InlineData("K\u0001a.", "stack is empty")]
    [InlineData("K\u0001K\u0002a.", "APPEND needs a list")]
    [InlineData("K\u0001(K\u0002u.", "SETITEMS needs a dict")]
    [InlineData("(K\u0001d.", "key/value pairs")]
    [InlineData("t.", "MARK that is missing")]
    [InlineData("h\u0005.", "memo entry 5 is read before it is written")]
    [InlineData("K\u0001)R.", "REDUCE applies only to the allowed NumPy globals")]
    [InlineData("cnumpy\ndtype\nK\u0001R.", "REDUCE needs a tuple")]
    [InlineData("]K\u0001b.", "BUILD applies only to a NumPy dtype")]
    [InlineData("Ix\n.", "INT 'x'")]
    [InlineData("L99999999999999999999L\n.", "LONG '99999999999999999999L'")]
    [InlineData("\u0080\u0002\u008a\u0009\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009.", "wider than 64 bits")]
    [InlineData("T\u00ff\u00ff\u00ff\u00ffab.", "negative length")]
    [InlineData("Sabc\n.", "not a quoted Python string")]
    [InlineData("X\u0001\u0000\u0000\u0000\u00ff.", "not valid UTF-8")]
    [InlineData("V\\UFFFFFFFF\n.", "outside the Unicode range")]
    [InlineData("V\\u12\n.", "malformed hexadecimal escape")]
    [InlineData("p-1\n.", "memo key")]
    public void Read_UnsupportedOrBroken_IsOneClearError(string pickle, string expected)
    {
        Assert.Contains(expected, Refusal(pickle));
    }

    [Theory]
    [InlineData("tiny-numpy-scalars.pkl", 1)]
    [InlineData("tiny-protocol0.pkl", 2)]
    [InlineData("tiny-protocol2.pkl", 3)]
    public void Parse_RandomByteMutations_GiveAnErrorOrValidDataNeverACrash(string file, uint seed)
    {
        byte[] original = File.ReadAllBytes(SharedData.Fixture("Music", file));
        var random = new NumpyRandomState(seed);
        int errors = 0, loaded = 0;
        for (int trial = 0; trial < 1500; trial++)
        {
            byte[] mutated = (byte[])original.Clone();
            int flips = 1 + random.RandInt(4);
            for (int k = 0; k < flips; k++)
            {
                mutated[random.RandInt(mutated.Length)] = (byte)random.RandInt(256);
            }

            if (random.RandInt(10) == 0)
            {
                mutated = mutated[..random.RandInt(mutated.Length)];
            }

            try
            {
                PolyphonicDataset dataset = PolyphonicDatasetLoader.Parse(mutated, file);
                Assert.NotEmpty(dataset.Train);
                loaded++;
            }
            catch (RnnToolsException error)
            {
                Assert.Equal(ErrorIds.InvalidInputFile, error.ErrorId);
                Assert.StartsWith(file + ": ", error.Message);
                errors++;
            }
        }

        Assert.Equal(1500, errors + loaded);
        Assert.True(errors > 0, "the mutations never broke the file");
    }
}
