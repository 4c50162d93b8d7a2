using System.Globalization;
using System.Text;
using CsvHelper.Configuration;
using RnnTools.Core.Csv;
using RnnTools.Core.Errors;
using RnnTools.Core.Tests.Support;

namespace RnnTools.Core.Tests.Csv;

public sealed class ResultCsvWriterTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new("csv");

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public void Write_DoublesRoundTripBitExactly_WithInvariantTextAndLowerCaseBooleans()
    {
        double[] values = [0.1 + 0.2, 1e-300, double.NaN, double.PositiveInfinity, -0.0, 123456789.123456789, double.Epsilon];
        var text = new StringWriter();
        using (new CultureScope("de-DE"))
        using (ResultCsvWriter<Row> writer = ResultCsvWriter<Row>.ToWriter(text, new RowMap()))
        {
            foreach (double value in values)
            {
                writer.Write(new Row("n", value, true));
            }
        }

        string[] lines = text.ToString().Split('\n');
        Assert.Equal(["Name,Value,Flag", "n,0.30000000000000004,true", "n,1E-300,true", "n,NaN,true", "n,Infinity,true"], lines[..5]);
        for (int i = 0; i < values.Length; i++)
        {
            double parsed = double.Parse(lines[i + 1].Split(',')[1], CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(parsed));
        }
    }

    [Fact]
    public void Write_QuotesOnlyWhereNeeded()
    {
        var text = new StringWriter();
        using (ResultCsvWriter<Row> writer = ResultCsvWriter<Row>.ToWriter(text, new RowMap()))
        {
            writer.Write(new Row("a,b", 1, false));
            writer.Write(new Row("plain", 2, false));
        }

        Assert.Equal("Name,Value,Flag\n\"a,b\",1,false\nplain,2,false\n", text.ToString());
    }

    [Fact]
    public void Open_WritesUtf8WithoutBomAndNewlineEndings()
    {
        string path = Path.Combine(folder, "a.csv");
        using (ResultCsvWriter<Row> writer = ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.Overwrite))
        {
            writer.Write(new Row("é", 1, false));
        }

        byte[] bytes = File.ReadAllBytes(path);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("Name,Value,Flag\né,1,false\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Open_EachRowIsFlushedBeforeDispose()
    {
        string path = Path.Combine(folder, "flush.csv");
        using ResultCsvWriter<Row> writer = ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.Overwrite);
        writer.Write(new Row("a", 1, true));
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        Assert.Equal("Name,Value,Flag\na,1,true\n", reader.ReadToEnd());
    }

    [Fact]
    public void Open_Append_AddsRowsWithoutASecondHeader()
    {
        string path = Path.Combine(folder, "append.csv");
        for (int i = 0; i < 2; i++)
        {
            using ResultCsvWriter<Row> writer = ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.Append);
            writer.Write(new Row("r", i, true));
        }

        Assert.Equal("Name,Value,Flag\nr,0,true\nr,1,true\n", File.ReadAllText(path));
    }

    [Fact]
    public void Open_AppendToOtherHeader_IsCsvHeaderMismatch()
    {
        string path = Path.Combine(folder, "other.csv");
        File.WriteAllText(path, "A,B\n1,2\n");
        RnnToolsException error = Assert.Throws<RnnToolsException>(() => ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.Append));
        Assert.Equal(ErrorIds.CsvHeaderMismatch, error.ErrorId);
        Assert.Equal("A,B\n1,2\n", File.ReadAllText(path));
    }

    [Fact]
    public void Open_AppendToFileEndingMidRow_IsResultFileTruncated()
    {
        string path = Path.Combine(folder, "cut.csv");
        File.WriteAllText(path, "Name,Value,Flag\nr,1,tr");
        Assert.Equal(ErrorIds.ResultFileTruncated,
            Assert.Throws<RnnToolsException>(() => ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.Append)).ErrorId);
    }

    [Fact]
    public void Open_NoClobberOnExistingFile_IsResultFileExistsAndKeepsTheFile()
    {
        string path = Path.Combine(folder, "keep.csv");
        File.WriteAllText(path, "precious");
        Assert.Equal(ErrorIds.ResultFileExists,
            Assert.Throws<RnnToolsException>(() => ResultCsvWriter<Row>.Open(path, new RowMap(), ResultFileMode.NoClobber)).ErrorId);
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public void TruncateRows_KeepsHeaderAndCompleteRowsAndDropsAPartialOne()
    {
        string path = Path.Combine(folder, "history.csv");
        File.WriteAllText(path, "H\n1\n2\n3\n4");
        ResultFile.TruncateRows(path, 2);
        Assert.Equal("H\n1\n2\n", File.ReadAllText(path));
        Assert.Equal(ErrorIds.ResultFileTruncated, Assert.Throws<RnnToolsException>(() => ResultFile.TruncateRows(path, 5)).ErrorId);
    }

    [Fact]
    public void Header_FollowsMapIndexOrder() => Assert.Equal("Name,Value,Flag", ResultCsvWriter<Row>.Header(new RowMap()));

    public sealed record Row(string Name, double Value, bool Flag);

    private sealed class RowMap : ClassMap<Row>
    {
        public RowMap()
        {
            Map(r => r.Flag).Index(2).Name(nameof(Row.Flag));
            Map(r => r.Name).Index(0).Name(nameof(Row.Name));
            Map(r => r.Value).Index(1).Name(nameof(Row.Value));
        }
    }
}
