namespace RnnTools.Core.Initialization;

/// <summary>The matrix an initialiser fills: its shape and the option that chose the initialiser (named in errors).</summary>
/// <param name="Rows">Number of rows (fan_out).</param>
/// <param name="Columns">Number of columns (fan_in).</param>
/// <param name="Parameter">The PascalCase option at fault if the initialiser cannot fill it (e.g. <c>WRecInit</c>).</param>
public readonly record struct MatrixTarget(int Rows, int Columns, string Parameter)
{
    /// <summary>Rows·Columns.</summary>
    public int Length => Rows * Columns;
}
