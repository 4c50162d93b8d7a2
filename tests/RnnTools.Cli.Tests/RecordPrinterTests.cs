using System.Text.Json;
using RnnTools.Cli.Infrastructure;
using RnnTools.Core.Model;
using RnnTools.Core.Operations.Gradients;

namespace RnnTools.Cli.Tests;

public sealed class RecordPrinterTests
{
    private static readonly GradientCheckRecord Record = new(Activation.Sigmoid, OutputFunction.Logistic, LossKind.BinaryCrossEntropy, 13, 1e-6, "managed",
        double.NaN, 1e-9, double.PositiveInfinity, 0.1 + 0.2, 0, 0.5, false, "Managed", "0.1.0", "", "2026-01-01T00:00:00Z");

    [Fact]
    public void Json_WritesEnumNamesRoundTripNumbersAndNonFiniteValues()
    {
        using var output = new StringWriter();

        RecordPrinter.Print([Record], new GradientCheckRecordMap(), OutputFormat.Json, output);

        JsonElement row = JsonDocument.Parse(output.ToString()).RootElement[0];
        Assert.Equal("Sigmoid", row.GetProperty("Activation").GetString());
        Assert.Equal("BinaryCrossEntropy", row.GetProperty("LossKind").GetString());
        Assert.Equal("NaN", row.GetProperty("MaxRelativeErrorWRec").GetString());
        Assert.Equal("Infinity", row.GetProperty("MaxRelativeErrorWOut").GetString());
        Assert.Equal(0.1 + 0.2, row.GetProperty("MaxRelativeErrorBRec").GetDouble());
        Assert.False(row.GetProperty("Passed").GetBoolean());
    }

    [Fact]
    public void Csv_And_Table_UseTheClassMapOrder()
    {
        using var csv = new StringWriter();
        using var table = new StringWriter();

        RecordPrinter.Print([Record], new GradientCheckRecordMap(), OutputFormat.Csv, csv);
        RecordPrinter.Print([Record], new GradientCheckRecordMap(), OutputFormat.Table, table);

        Assert.StartsWith("Activation,OutputFunction,LossKind,Seed,Tolerance,Backend,MaxRelativeErrorWRec,", csv.ToString());
        Assert.Contains("Sigmoid,Logistic,BinaryCrossEntropy,13,1E-06,managed,NaN,1E-09,Infinity,0.30000000000000004,", csv.ToString());
        Assert.Matches(@"^Activation\s+OutputFunction\s+LossKind\s+Seed", table.ToString());
    }
}
