using System.Globalization;
using RnnTools.Core.Tasks;

namespace RnnTools.Cli.Infrastructure;

/// <summary>
/// Prints a batch for people (<c>task sample --format text</c>): a header with the identity and sizes, then per
/// sequence one line per step with its inputs, targets and mask (6 significant digits; JSON keeps every bit).
/// </summary>
public static class BatchTextPrinter
{
    /// <summary>Writes the batch.</summary>
    public static void Print(Batch batch, BatchIdentity identity, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# task={identity.Task} variant={identity.Variant} mode={identity.Mode ?? "-"} min_length={(identity.MinLength is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")} seed={identity.Seed}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# T={batch.Length} B={batch.BatchSize} n_in={batch.InputSize} n_out={batch.OutputSize}"));
        for (int b = 0; b < batch.BatchSize; b++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sequence {b} (length {batch.Lengths[b]})"));
            output.WriteLine("t | inputs | targets | mask");
            for (int t = 0; t < batch.Length; t++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t} | {Values(batch.Inputs, t, b, batch.InputSize, batch.BatchSize)} | {Values(batch.Targets, t, b, batch.OutputSize, batch.BatchSize)} | {Values(batch.Mask, t, b, batch.OutputSize, batch.BatchSize)}"));
            }
        }
    }

    private static string Values(double[] values, int t, int b, int dim, int batchSize) =>
        string.Join(' ', Enumerable.Range(0, dim).Select(i => values[(((t * dim) + i) * batchSize) + b].ToString("G6", CultureInfo.InvariantCulture)));
}
