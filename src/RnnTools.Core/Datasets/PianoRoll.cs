namespace RnnTools.Core.Datasets;

/// <summary>The 88-key piano roll of tasks.md §5.2: column j is MIDI note j + 21, for notes 21 (A0) to 108 (C8).</summary>
public static class PianoRoll
{
    /// <summary>Number of keys (columns).</summary>
    public const int Keys = 88;

    /// <summary>The lowest MIDI note (column 0).</summary>
    public const int LowestNote = 21;

    /// <summary>The highest MIDI note (column 87).</summary>
    public const int HighestNote = LowestNote + Keys - 1;

    /// <summary>The column of a MIDI note.</summary>
    public static int Column(int note) => note - LowestNote;
}
