using System.Globalization;

namespace NewsModel.Localization;

/// <summary>
/// A parsed CLDR plural rule condition (UTS #35, Part 3, "Language Plural Rules"), such as
/// <c>v = 0 and i % 10 = 2..4 and i % 100 != 12..14</c>, evaluated for whole numbers.
/// </summary>
/// <remarks>
/// For a whole number the operands are n = i = the number, and v = w = f = t = c = e = 0 (no visible fraction digits,
/// no compact exponent). Legacy <c>is</c>, <c>is not</c>, <c>in</c>, <c>not in</c> and <c>within</c> are accepted too.
/// The same file is compiled into NewsModel.Generators (netstandard2.0), which parses every rule at build time and
/// refuses a bad one with an error, so it keeps to what both frameworks have.
/// </remarks>
internal sealed class PluralCondition
{
    // Disjunction of conjunctions.
    private readonly Relation[][] _or;

    private PluralCondition(Relation[][] or) => _or = or;

    /// <summary>Parses the condition before the samples (<c>@integer</c>, <c>@decimal</c>); <see langword="null"/> when it is empty (the "other" rule).</summary>
    /// <exception cref="FormatException">The rule is not valid CLDR plural rule syntax.</exception>
    public static PluralCondition? Parse(string rule)
    {
        var at = rule.IndexOf('@');
        var text = (at >= 0 ? rule.Substring(0, at) : rule).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var tokens = new Tokens(text);
        var or = new List<Relation[]>();
        do
        {
            var and = new List<Relation>();
            do
            {
                and.Add(ParseRelation(ref tokens));
            }
            while (tokens.TryTake("and"));

            or.Add([.. and]);
        }
        while (tokens.TryTake("or"));

        if (!tokens.AtEnd)
        {
            throw new FormatException($"Unexpected '{tokens.Peek()}' in plural rule '{rule}'.");
        }

        return new PluralCondition([.. or]);
    }

    public bool Matches(ulong count)
    {
        foreach (var and in _or)
        {
            var all = true;
            foreach (var relation in and)
            {
                if (!relation.Matches(count))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static Relation ParseRelation(ref Tokens tokens)
    {
        var operand = tokens.Take();
        if (operand is not ("n" or "i" or "v" or "w" or "f" or "t" or "c" or "e"))
        {
            throw new FormatException($"Unknown plural operand '{operand}'.");
        }

        ulong? modulus = null;
        if (tokens.TryTake("%") || tokens.TryTake("mod"))
        {
            modulus = ParseValue(tokens.Take());
        }

        bool negated;
        if (tokens.TryTake("="))
        {
            negated = false;
        }
        else if (tokens.TryTake("!="))
        {
            negated = true;
        }
        else if (tokens.TryTake("is"))
        {
            negated = tokens.TryTake("not");
        }
        else
        {
            negated = tokens.TryTake("not");
            if (!tokens.TryTake("in") && !tokens.TryTake("within"))
            {
                throw new FormatException($"Expected '=', '!=', 'is', 'in' or 'within' after '{operand}', found '{tokens.Peek()}'.");
            }
        }

        var ranges = new List<(ulong Low, ulong High)>();
        do
        {
            var low = ParseValue(tokens.Take());
            var high = tokens.TryTake("..") ? ParseValue(tokens.Take()) : low;
            ranges.Add((low, high));
        }
        while (tokens.TryTake(","));

        // Only n and i are non-zero for a whole number.
        var isCount = operand is "n" or "i";
        return new Relation(isCount, modulus, negated, [.. ranges]);
    }

    private static ulong ParseValue(string token)
        => ulong.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Expected a number in a plural rule, found '{token}'.");

    private readonly record struct Relation(bool IsCount, ulong? Modulus, bool Negated, (ulong Low, ulong High)[] Ranges)
    {
        public bool Matches(ulong count)
        {
            var value = IsCount ? count : 0;
            if (Modulus is { } modulus)
            {
                value %= modulus;
            }

            var inRange = false;
            foreach (var (low, high) in Ranges)
            {
                if (value >= low && value <= high)
                {
                    inRange = true;
                    break;
                }
            }

            return inRange != Negated;
        }
    }

    /// <summary>Splits a rule into words, numbers and the operators <c>= != % .. ,</c>.</summary>
    private ref struct Tokens(string text)
    {
        private readonly string _text = text;
        private int _position;
        private string? _peeked;

        public bool AtEnd => Peek().Length == 0;

        public string Peek() => _peeked ??= Read();

        public string Take()
        {
            var token = Peek();
            _peeked = null;
            return token.Length > 0 ? token : throw new FormatException($"Unexpected end of plural rule '{_text}'.");
        }

        public bool TryTake(string expected)
        {
            if (Peek() != expected)
            {
                return false;
            }

            _peeked = null;
            return true;
        }

        private string Read()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }

            if (_position == _text.Length)
            {
                return string.Empty;
            }

            var start = _position;
            var c = _text[_position];
            if (IsAsciiLetterOrDigit(c))
            {
                while (_position < _text.Length && IsAsciiLetterOrDigit(_text[_position]))
                {
                    _position++;
                }
            }
            else if (_position + 1 < _text.Length && ((c == '!' && _text[_position + 1] == '=') || (c == '.' && _text[_position + 1] == '.')))
            {
                _position += 2;
            }
            else
            {
                _position++;
            }

            return _text.Substring(start, _position - start);
        }

        private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
    }
}
