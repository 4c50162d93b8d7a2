using System.Management.Automation;
using RnnTools.Core.Errors;
using RnnTools.Core.Operations;
using RnnTools.PowerShell.Infrastructure;

namespace RnnTools.PowerShell.Tests;

public sealed class InfrastructureTests
{
    [Theory]
    [InlineData(ErrorKind.InvalidArgument, ErrorCategory.InvalidArgument)]
    [InlineData(ErrorKind.NotInstalled, ErrorCategory.NotInstalled)]
    [InlineData(ErrorKind.ResourceExists, ErrorCategory.ResourceExists)]
    [InlineData(ErrorKind.InvalidData, ErrorCategory.InvalidData)]
    [InlineData(ErrorKind.WriteError, ErrorCategory.WriteError)]
    public void ErrorCategory_MapsEveryKind(ErrorKind kind, ErrorCategory category) =>
        Assert.Equal(category, ErrorRecords.Category(kind));

    [Fact]
    public void ErrorCategory_CoversEveryKind() =>
        Assert.All(Enum.GetValues<ErrorKind>(), kind => ErrorRecords.Category(kind));

    [Fact]
    public void ProgressFields_MapsEveryField()
    {
        ProgressFields fields = ProgressFields.From(new ProgressUpdate("train", "check 12/50, loss 0.1234", 12, 50, TimeSpan.FromSeconds(9.2)), 7);
        Assert.Equal(new ProgressFields(7, "train", "check 12/50, loss 0.1234", 24, 10, false), fields);
        ProgressFields done = ProgressFields.From(new ProgressUpdate("", "", 0, 0, null, Completed: true), 7);
        Assert.Equal(new ProgressFields(7, "RnnTools", "running", -1, -1, true), done);
    }

    [Fact]
    public void ActivityIds_AreFixedAndDistinctPerCmdlet()
    {
        int[] ids = [.. Support.CmdletCatalog.Cmdlets.Select(ActivityIds.For)];
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(id, 1, 1_000_000));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public void InvariantNumber_ParsesStringsWithTheDotUnderAnyCulture(string culture)
    {
        System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(0.8, InvariantNumberAttribute.Convert("0.8"));
            Assert.Equal(0.001, InvariantNumberAttribute.Convert("0.001"));
            Assert.Equal(new[] { 0.8, 0.9, 1.0 }, InvariantNumberAttribute.Convert(new object[] { "0.8", "0.9", "1" }));
            Assert.Equal(new[] { 0.8, 1.2 }, InvariantNumberAttribute.Convert("0.8,1.2"));
            Assert.Equal(1.5, InvariantNumberAttribute.Convert(1.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void InvariantNumber_NotANumber_ThrowsNamingTheValue()
    {
        FormatException error = Assert.Throws<FormatException>(() => InvariantNumberAttribute.Convert("zero point eight"));
        Assert.Contains("'zero point eight' is not a number", error.Message);
        Assert.Throws<ArgumentTransformationMetadataException>(() => new InvariantNumberAttribute().Transform(null!, "zero point eight"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void InvariantNumber_EmptyCell_IsNull(string cell) => Assert.Null(InvariantNumberAttribute.Convert(cell));

    [Theory]
    [InlineData("", null)]
    [InlineData(" ", null)]
    [InlineData("Mixed", "Mixed")]
    [InlineData("7", "7")]
    public void NullIfEmpty_EmptyCell_IsNull_OtherValuesPass(string cell, string? expected) => Assert.Equal(expected, NullIfEmptyAttribute.Convert(cell));

    [Fact]
    public void NullIfEmpty_NonStrings_Pass() => Assert.Equal(5, NullIfEmptyAttribute.Convert(5));

    [Theory]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData(" FALSE ", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void BooleanText_ExportCsvTexts_AreBooleans(string cell, bool expected) => Assert.Equal(expected, BooleanTextAttribute.Convert(cell));

    [Fact]
    public void BooleanText_OtherText_ThrowsNamingIt()
    {
        Assert.Contains("'yes please'", Assert.Throws<FormatException>(() => BooleanTextAttribute.Convert("yes please")).Message);
        Assert.Throws<ArgumentTransformationMetadataException>(() => new BooleanTextAttribute().Transform(null!, "2"));
        Assert.Equal(true, BooleanTextAttribute.Convert(true));
    }
}
