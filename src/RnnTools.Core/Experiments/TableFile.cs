using RnnTools.Core.Csv;

namespace RnnTools.Core.Experiments;

/// <summary>Writes an experiment's table or figure data (<c>results/&lt;id&gt;.csv</c>), replacing the previous version.</summary>
public static class TableFile
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> with one column per property of <typeparamref name="TRow"/>.</summary>
    /// <exception cref="Errors.RnnToolsException">The file cannot be written.</exception>
    public static void Write<TRow>(string path, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string partial = path + ".partial";
        using (ResultCsvWriter<TRow> writer = ResultCsvWriter<TRow>.Open(partial, new PropertyOrderMap<TRow>(), ResultFileMode.Overwrite))
        {
            foreach (TRow row in rows)
            {
                writer.Write(row);
            }
        }

        File.Move(partial, path, overwrite: true);
    }
}
