using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper.Configuration;
using RnnTools.Core.Csv;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Prints records as an aligned table, CSV (the ClassMap header) or JSON, in ClassMap column order. JSON writes enums
/// by name, doubles as round-trip numbers and non-finite values as "NaN", "Infinity" and "-Infinity".
/// </summary>
public static class RecordPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Prints the records in the chosen format.</summary>
    public static void Print<T>(IReadOnlyList<T> records, ClassMap<T> map, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                using (ResultCsvWriter<T> writer = ResultCsvWriter<T>.ToWriter(output, map))
                {
                    foreach (T record in records)
                    {
                        writer.Write(record);
                    }
                }

                break;
            case OutputFormat.Json:
                var rows = records.Select(record => Columns(map).ToDictionary(c => c.Name, c => c.Property.GetValue(record))).ToList();
                output.WriteLine(JsonSerializer.Serialize(rows, Json));
                break;
            default:
                PrintTable(records, map, output);
                break;
        }
    }

    private static void PrintTable<T>(IReadOnlyList<T> records, ClassMap<T> map, TextWriter output)
    {
        var columns = Columns(map).ToList();
        var cells = records.Select(record => columns.Select(c => Text(c.Property.GetValue(record))).ToList()).ToList();
        int[] widths = [.. columns.Select((c, i) => Math.Max(c.Name.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Length)))];
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (List<string> row in cells)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    private static IEnumerable<(string Name, PropertyInfo Property)> Columns<T>(ClassMap<T> map) =>
        map.MemberMaps.OrderBy(m => m.Data.Index).Select(m => (m.Data.Names[0], (PropertyInfo)m.Data.Member!));

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
