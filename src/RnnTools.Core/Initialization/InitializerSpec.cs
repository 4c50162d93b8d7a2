using System.Collections.Immutable;
using System.Text;
using RnnTools.Core.Errors;

namespace RnnTools.Core.Initialization;

/// <summary>
/// A parsed per-variable initialiser of training.md §13.4: <c>name</c> or <c>name(param=value, …)</c>, e.g.
/// <c>orthogonal(scale=1)</c>, <c>xavier-normal</c>, <c>spectral(inner=gaussian(std=0.14), rho=1.1)</c>. Names and
/// parameter names are those of §6 (see <see cref="InitializerCatalog"/>); argument values are kept as written.
/// </summary>
/// <param name="Name">The initialiser's name, lower case.</param>
/// <param name="Arguments">Parameter name to value text (a nested initialiser for <c>inner</c>).</param>
public sealed record InitializerSpec(string Name, ImmutableSortedDictionary<string, string> Arguments)
{
    /// <summary>Parses and validates a specification (names, parameters and values).</summary>
    /// <param name="text">The text, e.g. <c>gaussian(std=0.01)</c>.</param>
    /// <param name="parameter">The option the text came from (e.g. <c>WRecInit</c>), named in errors.</param>
    /// <exception cref="RnnToolsException"><see cref="ErrorIds.InvalidHyperParameter"/> naming <paramref name="parameter"/>.</exception>
    public static InitializerSpec Parse(string text, string parameter)
    {
        var reader = new Reader(text, parameter);
        InitializerSpec spec = reader.ReadSpec();
        reader.ExpectEnd();
        InitializerCatalog.Validate(spec, parameter);
        return spec;
    }

    /// <summary>The canonical text: <c>name</c> or <c>name(a=1, b=2)</c> with parameters in ordinal order.</summary>
    public override string ToString() =>
        Arguments.IsEmpty ? Name : $"{Name}({string.Join(", ", Arguments.Select(argument => $"{argument.Key}={argument.Value}"))})";

    private sealed class Reader(string text, string parameter)
    {
        private int position;

        public InitializerSpec ReadSpec()
        {
            string name = ReadWord("an initialiser name").ToLowerInvariant();
            var arguments = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            SkipSpaces();
            if (Peek() == '(')
            {
                position++;
                SkipSpaces();
                if (Peek() == ')')
                {
                    position++;
                    return new InitializerSpec(name, arguments.ToImmutable());
                }

                while (true)
                {
                    string key = ReadWord("a parameter name").ToLowerInvariant();
                    SkipSpaces();
                    Expect('=');
                    SkipSpaces();
                    string value = ReadValue();
                    if (!arguments.TryAdd(key, value))
                    {
                        throw Error($"parameter '{key}' of '{name}' is given twice");
                    }

                    SkipSpaces();
                    char next = Peek();
                    position++;
                    if (next == ')')
                    {
                        break;
                    }

                    if (next != ',')
                    {
                        throw Error($"expected ',' or ')' at position {position}");
                    }

                    SkipSpaces();
                }
            }

            return new InitializerSpec(name, arguments.ToImmutable());
        }

        public void ExpectEnd()
        {
            SkipSpaces();
            if (position < text.Length)
            {
                throw Error($"unexpected '{text[position..]}' at position {position + 1}");
            }
        }

        private string ReadValue()
        {
            int start = position;
            int depth = 0;
            while (position < text.Length)
            {
                char c = text[position];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    break;
                }

                position++;
            }

            string value = text[start..position].Trim();
            if (value.Length == 0 || depth != 0)
            {
                throw Error($"a value is missing or unbalanced at position {start + 1}");
            }

            if (value.Contains('(', StringComparison.Ordinal))
            {
                // A nested initialiser: normalise it to its canonical text.
                var nested = new Reader(value, parameter);
                InitializerSpec spec = nested.ReadSpec();
                nested.ExpectEnd();
                return spec.ToString();
            }

            return value.ToLowerInvariant();
        }

        private string ReadWord(string what)
        {
            SkipSpaces();
            int start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_'))
            {
                position++;
            }

            return position > start ? text[start..position] : throw Error($"expected {what} at position {start + 1}");
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error($"expected '{c}' at position {position + 1}");
            }

            position++;
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private void SkipSpaces()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private RnnToolsException Error(string problem) =>
            RnnToolsException.InvalidParameter(parameter, new StringBuilder().Append('\'').Append(text).Append("': ").Append(problem)
                .Append(" (write name or name(param=value, ...), e.g. orthogonal(scale=1)).").ToString());
    }
}
