using System.Buffers.Binary;

namespace RnnTools.Core.Datasets.Pickle;

/// <summary>
/// A NumPy integer dtype rebuilt from a pickle (<c>dtype('i8', 0, 1)</c> plus its BUILD state): kind i, u or b, size
/// 1, 2, 4 or 8 bytes, and a byte order. It decodes the raw bytes of a scalar.
/// </summary>
internal sealed class NumpyDtype
{
    private NumpyDtype(char kind, int size)
    {
        Kind = kind;
        Size = size;
    }

    /// <summary>'i' (signed), 'u' (unsigned) or 'b' (bool).</summary>
    public char Kind { get; }

    /// <summary>Bytes per value.</summary>
    public int Size { get; }

    /// <summary>Whether values are big-endian ('&gt;' in the BUILD state).</summary>
    public bool BigEndian { get; set; }

    /// <summary>Parses a type code such as "i8", "u2" or "b1"; null when it is not an integer type.</summary>
    public static NumpyDtype? Parse(string code)
    {
        if (code.Length != 2 || code[0] is not ('i' or 'u' or 'b') || code[1] is not ('1' or '2' or '4' or '8'))
        {
            return null;
        }

        int size = code[1] - '0';
        return code[0] == 'b' && size != 1 ? null : new NumpyDtype(code[0], size);
    }

    /// <summary>The value of one scalar; null when <paramref name="data"/> has the wrong size or the value exceeds a long.</summary>
    public long? Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length != Size)
        {
            return null;
        }

        ulong raw = Size switch
        {
            1 => data[0],
            2 => BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data) : BinaryPrimitives.ReadUInt16LittleEndian(data),
            4 => BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data) : BinaryPrimitives.ReadUInt32LittleEndian(data),
            _ => BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(data) : BinaryPrimitives.ReadUInt64LittleEndian(data),
        };
        if (Kind != 'i')
        {
            return raw > long.MaxValue ? null : (long)raw;
        }

        int shift = 64 - (8 * Size);
        return (long)(raw << shift) >> shift;
    }
}
