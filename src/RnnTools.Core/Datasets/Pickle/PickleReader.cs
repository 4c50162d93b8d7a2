using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Datasets.Pickle;

/// <summary>
/// A safe reader of the data subset of Python pickle protocols 0–2: None, booleans, integers, floats, byte and text
/// strings, lists, tuples, dicts, the memo, and NumPy integer scalars through exactly two globals
/// (<c>numpy.core.multiarray scalar</c>, <c>numpy dtype</c>). It never runs code: every other global and every
/// object-building opcode is refused. Values: null, bool, long, double, string (byte strings as Latin-1), List (list),
/// object?[] (tuple), <see cref="PickleDict"/>.
/// </summary>
internal sealed class PickleReader
{
    private const int HighestProtocol = 2;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private readonly byte[] data;
    private readonly string source;
    private readonly List<object?> stack = [];
    private readonly List<int> marks = [];
    private readonly Dictionary<long, object?> memo = [];
    private int position;
    private int opcodeStart;

    private PickleReader(byte[] data, string source)
    {
        this.data = data;
        this.source = source;
    }

    /// <summary>Reads the object a pickle holds.</summary>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidInputFile"/> naming the source, the problem and the byte offset.</exception>
    public static object? Read(byte[] data, string source) => new PickleReader(data, source).Run();

    private object? Run()
    {
        while (position < data.Length)
        {
            opcodeStart = position;
            byte opcode = data[position++];
            switch (opcode)
            {
                case 0x80: // PROTO
                    byte protocol = ReadByte();
                    if (protocol > HighestProtocol)
                    {
                        throw Fail($"pickle protocol {protocol} is not supported (protocols 0 to {HighestProtocol} are)");
                    }

                    break;
                case (byte)'.': // STOP
                    return Pop();
                case (byte)'(': // MARK
                    marks.Add(stack.Count);
                    break;
                case (byte)'0': // POP
                    Pop();
                    break;
                case (byte)'1': // POP_MARK
                    PopMark();
                    break;
                case (byte)'2': // DUP
                    Push(Peek());
                    break;
                case (byte)'N': // NONE
                    Push(null);
                    break;
                case 0x88: // NEWTRUE
                    Push(true);
                    break;
                case 0x89: // NEWFALSE
                    Push(false);
                    break;
                case (byte)'I': // INT
                    Push(ParseInt(ReadLine()));
                    break;
                case (byte)'J': // BININT
                    Push((long)BinaryPrimitives.ReadInt32LittleEndian(Take(4)));
                    break;
                case (byte)'K': // BININT1
                    Push((long)ReadByte());
                    break;
                case (byte)'M': // BININT2
                    Push((long)BinaryPrimitives.ReadUInt16LittleEndian(Take(2)));
                    break;
                case (byte)'L': // LONG
                    Push(ParseLong(ReadLine()));
                    break;
                case 0x8a: // LONG1
                    Push(LittleEndianInteger(Take(ReadByte())));
                    break;
                case 0x8b: // LONG4
                    Push(LittleEndianInteger(Take(ReadLength())));
                    break;
                case (byte)'F': // FLOAT
                    Push(ParseFloat(ReadLine()));
                    break;
                case (byte)'G': // BINFLOAT
                    Push(BinaryPrimitives.ReadDoubleBigEndian(Take(8)));
                    break;
                case (byte)'S': // STRING
                    Push(Unquote(ReadLine()));
                    break;
                case (byte)'T': // BINSTRING
                    Push(Encoding.Latin1.GetString(Take(ReadLength())));
                    break;
                case (byte)'U': // SHORT_BINSTRING
                    Push(Encoding.Latin1.GetString(Take(ReadByte())));
                    break;
                case (byte)'V': // UNICODE
                    Push(RawUnicodeEscape(ReadLine()));
                    break;
                case (byte)'X': // BINUNICODE
                    Push(Utf8(Take(ReadLength())));
                    break;
                case (byte)']': // EMPTY_LIST
                    Push(new List<object?>());
                    break;
                case (byte)'l': // LIST
                    Push(PopMark());
                    break;
                case (byte)'a': // APPEND
                    object? item = Pop();
                    Target<List<object?>>("APPEND", "a list").Add(item);
                    break;
                case (byte)'e': // APPENDS
                    List<object?> items = PopMark();
                    Target<List<object?>>("APPENDS", "a list").AddRange(items);
                    break;
                case (byte)')': // EMPTY_TUPLE
                    Push(Array.Empty<object?>());
                    break;
                case (byte)'t': // TUPLE
                    Push(PopMark().ToArray());
                    break;
                case 0x85: // TUPLE1
                case 0x86: // TUPLE2
                case 0x87: // TUPLE3
                    Push(PopTuple(opcode - 0x84));
                    break;
                case (byte)'}': // EMPTY_DICT
                    Push(new PickleDict());
                    break;
                case (byte)'d': // DICT
                    var dict = new PickleDict();
                    SetItems(dict, PopMark());
                    Push(dict);
                    break;
                case (byte)'s': // SETITEM
                    object? value = Pop(), key = Pop();
                    Target<PickleDict>("SETITEM", "a dict").Set(key, value);
                    break;
                case (byte)'u': // SETITEMS
                    List<object?> pairs = PopMark();
                    SetItems(Target<PickleDict>("SETITEMS", "a dict"), pairs);
                    break;
                case (byte)'p': // PUT
                    memo[ParseMemoKey(ReadLine())] = Peek();
                    break;
                case (byte)'q': // BINPUT
                    memo[ReadByte()] = Peek();
                    break;
                case (byte)'r': // LONG_BINPUT
                    memo[BinaryPrimitives.ReadUInt32LittleEndian(Take(4))] = Peek();
                    break;
                case (byte)'g': // GET
                    Push(Recall(ParseMemoKey(ReadLine())));
                    break;
                case (byte)'h': // BINGET
                    Push(Recall(ReadByte()));
                    break;
                case (byte)'j': // LONG_BINGET
                    Push(Recall(BinaryPrimitives.ReadUInt32LittleEndian(Take(4))));
                    break;
                case (byte)'c': // GLOBAL
                    Push(Global(Ascii(ReadLine()), Ascii(ReadLine())));
                    break;
                case (byte)'R': // REDUCE
                    object? arguments = Pop(), callable = Pop();
                    Push(Reduce(callable, arguments));
                    break;
                case (byte)'b': // BUILD
                    object? state = Pop();
                    Build(Peek(), state);
                    break;
                default:
                    throw Fail(string.Create(CultureInfo.InvariantCulture,
                        $"opcode 0x{opcode:x2} is not part of the supported data subset (only data, lists, tuples, dicts and NumPy integer scalars load)"));
            }
        }

        throw Fail("the pickle ends without a STOP opcode (truncated file?)");
    }

    private object Global(string module, string name) => (module, name) switch
    {
        ("numpy.core.multiarray", "scalar") => PickleGlobal.NumpyScalar,
        ("numpy", "dtype") => PickleGlobal.NumpyDtype,
        _ => throw Fail($"the pickle names the global '{module} {name}', which is refused: only 'numpy.core.multiarray scalar' and 'numpy dtype' are allowed, so loading a dataset never runs code"),
    };

    private object Reduce(object? callable, object? arguments)
    {
        if (arguments is not object?[] args)
        {
            throw Fail("REDUCE needs a tuple of arguments");
        }

        switch (callable)
        {
            case PickleGlobal.NumpyDtype when args.Length >= 1 && args[0] is string code:
                return NumpyDtype.Parse(code) ?? throw Fail($"NumPy dtype '{code}' is not supported (integer dtypes i1..i8, u1..u8 and b1 are)");
            case PickleGlobal.NumpyScalar when args.Length == 2 && args[0] is NumpyDtype dtype && args[1] is string raw:
                return dtype.Decode(Encoding.Latin1.GetBytes(raw))
                    ?? throw Fail(string.Create(CultureInfo.InvariantCulture, $"a NumPy scalar has {raw.Length} data bytes for a {dtype.Size}-byte dtype, or does not fit a 64-bit integer"));
            case PickleGlobal.NumpyScalar or PickleGlobal.NumpyDtype:
                throw Fail("REDUCE has arguments of the wrong shape for the NumPy global");
            default:
                throw Fail("REDUCE applies only to the allowed NumPy globals");
        }
    }

    private void Build(object? target, object? state)
    {
        if (target is not NumpyDtype dtype || state is not object?[] { Length: >= 2 } fields || fields[1] is not string order || order.Length != 1
            || order[0] is not ('<' or '>' or '|' or '='))
        {
            throw Fail("BUILD applies only to a NumPy dtype with a (version, byte order, ...) state");
        }

        dtype.BigEndian = order[0] == '>';
    }

    private void SetItems(PickleDict dict, List<object?> items)
    {
        if (items.Count % 2 != 0)
        {
            throw Fail("a dict needs key/value pairs");
        }

        for (int i = 0; i < items.Count; i += 2)
        {
            dict.Set(items[i], items[i + 1]);
        }
    }

    private T Target<T>(string opcode, string what)
        where T : class =>
        Peek() as T ?? throw Fail($"{opcode} needs {what} below its items");

    private void Push(object? value) => stack.Add(value);

    private object? Peek()
    {
        if (stack.Count == 0 || (marks.Count > 0 && stack.Count == marks[^1]))
        {
            throw Fail("the stack is empty where a value is needed");
        }

        return stack[^1];
    }

    private object? Pop()
    {
        object? value = Peek();
        stack.RemoveAt(stack.Count - 1);
        return value;
    }

    private object?[] PopTuple(int count)
    {
        var items = new object?[count];
        for (int i = count - 1; i >= 0; i--)
        {
            items[i] = Pop();
        }

        return items;
    }

    private List<object?> PopMark()
    {
        if (marks.Count == 0)
        {
            throw Fail("an opcode needs a MARK that is missing");
        }

        int start = marks[^1];
        marks.RemoveAt(marks.Count - 1);
        List<object?> items = stack.GetRange(start, stack.Count - start);
        stack.RemoveRange(start, stack.Count - start);
        return items;
    }

    private object? Recall(long key) =>
        memo.TryGetValue(key, out object? value) ? value : throw Fail(string.Create(CultureInfo.InvariantCulture, $"memo entry {key} is read before it is written"));

    private byte ReadByte() => Take(1)[0];

    private int ReadLength()
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        return length >= 0 ? length : throw Fail("a negative length");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - position)
        {
            throw Fail("the pickle ends inside an opcode (truncated file?)");
        }

        position += count;
        return data.AsSpan(position - count, count);
    }

    private ReadOnlySpan<byte> ReadLine()
    {
        int end = Array.IndexOf(data, (byte)'\n', position);
        if (end < 0)
        {
            throw Fail("the pickle ends inside a text opcode (truncated file?)");
        }

        ReadOnlySpan<byte> line = data.AsSpan(position, end - position);
        position = end + 1;
        return line;
    }

    private object ParseInt(ReadOnlySpan<byte> line) => Ascii(line) switch
    {
        "01" => true,
        "00" => false,
        string text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Fail($"INT '{Shorten(text)}' is not a 64-bit integer"),
    };

    private long ParseLong(ReadOnlySpan<byte> line)
    {
        string text = Ascii(line);
        string digits = text.EndsWith('L') ? text[..^1] : text;
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Fail($"LONG '{Shorten(text)}' is not a 64-bit integer");
    }

    private double ParseFloat(ReadOnlySpan<byte> line)
    {
        string text = Ascii(line);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw Fail($"FLOAT '{Shorten(text)}' is not a number");
    }

    private long ParseMemoKey(ReadOnlySpan<byte> line)
    {
        string text = Ascii(line);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long key)
            ? key
            : throw Fail($"memo key '{Shorten(text)}' is not a whole number");
    }

    private long LittleEndianInteger(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 8)
        {
            throw Fail("an integer wider than 64 bits");
        }

        if (bytes.Length == 0)
        {
            return 0;
        }

        ulong raw = 0;
        for (int i = bytes.Length - 1; i >= 0; i--)
        {
            raw = (raw << 8) | bytes[i];
        }

        int shift = 64 - (8 * bytes.Length);
        return (long)(raw << shift) >> shift;
    }

    private string Unquote(ReadOnlySpan<byte> line)
    {
        if (line.Length < 2 || line[0] is not ((byte)'\'' or (byte)'"') || line[^1] != line[0])
        {
            throw Fail("STRING is not a quoted Python string");
        }

        var text = new StringBuilder(line.Length);
        for (int i = 1; i < line.Length - 1; i++)
        {
            char c = (char)line[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= line.Length - 1)
            {
                throw Fail("STRING ends inside an escape");
            }

            char escape = (char)line[i];
            switch (escape)
            {
                case '\\' or '\'' or '"':
                    text.Append(escape);
                    break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'v': text.Append('\v'); break;
                case 'x':
                    text.Append((char)Hex(line, i + 1, 2, "STRING"));
                    i += 2;
                    break;
                case >= '0' and <= '7':
                    int value = 0, digits = 0;
                    while (digits < 3 && i < line.Length - 1 && line[i] is >= (byte)'0' and <= (byte)'7')
                    {
                        value = (value * 8) + (line[i] - '0');
                        digits++;
                        i++;
                    }

                    i--;
                    text.Append((char)(value & 0xff));
                    break;
                default:
                    text.Append('\\').Append(escape);
                    break;
            }
        }

        return text.ToString();
    }

    private string RawUnicodeEscape(ReadOnlySpan<byte> line)
    {
        var text = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is (byte)'u' or (byte)'U')
            {
                int digits = line[i + 1] == 'u' ? 4 : 8;
                int code = Hex(line, i + 2, digits, "UNICODE");
                if (code is < 0 or > 0x10FFFF || (digits == 8 && code is >= 0xD800 and <= 0xDFFF))
                {
                    throw Fail("UNICODE has an escape outside the Unicode range");
                }

                text.Append(digits == 4 ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                i += 1 + digits;
            }
            else
            {
                text.Append((char)line[i]);
            }
        }

        return text.ToString();
    }

    private int Hex(ReadOnlySpan<byte> line, int start, int digits, string opcode)
    {
        if (start + digits > line.Length
            || !int.TryParse(Encoding.ASCII.GetString(line.Slice(start, digits)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value))
        {
            throw Fail($"{opcode} has a malformed hexadecimal escape");
        }

        return value;
    }

    private string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Fail("BINUNICODE is not valid UTF-8");
        }
    }

    private string Ascii(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b > 0x7f)
            {
                throw Fail("a text opcode holds a non-ASCII byte");
            }
        }

        return Encoding.ASCII.GetString(line);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private RnnToolsException Fail(string message) =>
        RnnToolsException.InvalidFile(source, string.Create(CultureInfo.InvariantCulture, $"pickle: {message} (at byte {opcodeStart})."));
}
