namespace RnnTools.Core.Model;

/// <summary>
/// The sizes of an Elman RNN and the layout of its flat parameter vector, in the flattening order of training.md §1.1:
/// [W_rec | W_in | W_out | b_rec | b_out], each matrix row-major (W_rec [n_h × n_h], W_in [n_h × n_in], W_out [n_out × n_h]).
/// </summary>
/// <param name="InputSize">n_in.</param>
/// <param name="HiddenSize">n_h.</param>
/// <param name="OutputSize">n_out.</param>
public sealed record RnnShape(int InputSize, int HiddenSize, int OutputSize)
{
    /// <summary>Offset of W_rec (always 0).</summary>
    public int WRecOffset => 0;

    /// <summary>Number of entries of W_rec (n_h²).</summary>
    public int WRecLength => HiddenSize * HiddenSize;

    /// <summary>Offset of W_in.</summary>
    public int WInOffset => WRecLength;

    /// <summary>Number of entries of W_in (n_h·n_in).</summary>
    public int WInLength => HiddenSize * InputSize;

    /// <summary>Offset of W_out.</summary>
    public int WOutOffset => WInOffset + WInLength;

    /// <summary>Number of entries of W_out (n_out·n_h).</summary>
    public int WOutLength => OutputSize * HiddenSize;

    /// <summary>Offset of b_rec.</summary>
    public int BRecOffset => WOutOffset + WOutLength;

    /// <summary>Offset of b_out.</summary>
    public int BOutOffset => BRecOffset + HiddenSize;

    /// <summary>P = n_h² + n_h·n_in + n_out·n_h + n_h + n_out.</summary>
    public int ParameterCount => BOutOffset + OutputSize;

    /// <summary>The five variables as (name, offset, length, rows, columns), in flattening order.</summary>
    public IReadOnlyList<(string Name, int Offset, int Length, int Rows, int Columns)> Variables =>
    [
        ("W_rec", WRecOffset, WRecLength, HiddenSize, HiddenSize),
        ("W_in", WInOffset, WInLength, HiddenSize, InputSize),
        ("W_out", WOutOffset, WOutLength, OutputSize, HiddenSize),
        ("b_rec", BRecOffset, HiddenSize, HiddenSize, 1),
        ("b_out", BOutOffset, OutputSize, OutputSize, 1),
    ];
}
