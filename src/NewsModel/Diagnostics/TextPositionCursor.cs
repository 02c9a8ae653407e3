using System.Text;

namespace NewsModel;

/// <summary>
/// The positions of many byte offsets of one UTF-8 input, in one pass however many there are: give the offsets in
/// non-decreasing order and each costs only the bytes since the previous one (the rule of <see cref="TextPosition"/>).
/// </summary>
internal ref struct TextPositionCursor(ReadOnlySpan<byte> utf8)
{
    private readonly ReadOnlySpan<byte> _utf8 = utf8;
    private int _line = 1;
    private int _lineStart;
    private int _scanned;
    private int _columnOffset;
    private int _column = 1;

    /// <summary>The 1-based line and UTF-16 column of a byte offset (clamped to the input), not before the previous one.</summary>
    public (int Line, int Column) MoveTo(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        while (_scanned < offset)
        {
            var next = _utf8[_scanned..offset].IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0)
            {
                _scanned = offset;
                break;
            }

            _scanned += next + TextPosition.LineEndLength(_utf8, _scanned + next);
            _lineStart = _scanned;
            _line++;
        }

        if (_columnOffset < _lineStart)
        {
            (_columnOffset, _column) = (_lineStart, 1);
        }

        _column += Encoding.UTF8.GetCharCount(_utf8[_columnOffset..Math.Max(offset, _columnOffset)]);
        _columnOffset = Math.Max(offset, _columnOffset);
        return (_line, _column);
    }
}
