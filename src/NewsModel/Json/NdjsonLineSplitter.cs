using System.Buffers;

namespace NewsModel.Json;

/// <summary>
/// Splits a byte stream into NDJSON lines in a pooled buffer that grows only to the longest line (never past the limit):
/// the caller reads into <see cref="GetReadBuffer"/>, synchronously or not, and takes whole lines with
/// <see cref="TryTakeLine"/>. Memory does not depend on the number of lines. A line ends at LF; a CR before the LF
/// belongs to the line end. A line longer than the limit is reported once and its bytes are skipped, not kept.
/// </summary>
internal sealed class NdjsonLineSplitter : IDisposable
{
    private const int FirstBufferSize = 64 * 1024;

    private readonly int _limit;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _lineNumber = 1;
    private bool _completed;
    private bool _skipping;

    public NdjsonLineSplitter(int limit)
    {
        _limit = limit;
        _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(FirstBufferSize, (long)limit + 2));
    }

    /// <summary>A line, or the report that a line was longer than the limit.</summary>
    public enum LineKind
    {
        Line,
        TooLong,
    }

    /// <summary>Where the next read goes; empty only when the buffer cannot grow (never: a full buffer is a line too long).</summary>
    public Memory<byte> GetReadBuffer()
    {
        if (_start > 0 && (_end == _buffer.Length || _start == _end))
        {
            // Move the partial line to the front.
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, Math.Min((long)_limit + 2, Array.MaxLength)));
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records <paramref name="count"/> bytes read into <see cref="GetReadBuffer"/>; 0 is the end of the stream.</summary>
    public void Advance(int count)
    {
        if (count == 0)
        {
            _completed = true;
        }

        _end += count;
    }

    /// <summary>The number of the line being read.</summary>
    public long CurrentLineNumber => _lineNumber;

    /// <summary>Whether every line has been taken (the stream ended and nothing is left).</summary>
    public bool IsFinished => _completed && _start == _end && !_skipping;

    /// <summary>Takes the next whole line; <see langword="false"/> when more input is needed (or none is left).</summary>
    public bool TryTakeLine(out ReadOnlySpan<byte> line, out long lineNumber, out LineKind kind)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf((byte)'\n');
            if (_skipping)
            {
                // Drop the rest of a line too long to keep, up to its end.
                if (newline < 0)
                {
                    _start = _end;
                    if (_completed)
                    {
                        _skipping = false;
                    }

                    line = default;
                    lineNumber = 0;
                    kind = LineKind.Line;
                    return false;
                }

                _start += newline + 1;
                _skipping = false;
                _lineNumber++;
                continue;
            }

            if (newline < 0)
            {
                if (pending.Length > _limit + (pending.Length > 0 && pending[^1] == '\r' ? 1 : 0))
                {
                    // Longer than the limit before its end: report it now and skip the rest as it comes.
                    _start = _end;
                    _skipping = !_completed;
                    line = default;
                    lineNumber = _lineNumber;
                    kind = LineKind.TooLong;
                    if (_completed)
                    {
                        _lineNumber++;
                    }

                    return true;
                }

                if (!_completed || pending.IsEmpty)
                {
                    line = default;
                    lineNumber = 0;
                    kind = LineKind.Line;
                    return false;
                }

                // The last line, without a final LF.
                _start = _end;
                line = pending;
                lineNumber = _lineNumber++;
                kind = LineKind.Line;
                return true;
            }

            var content = pending[..newline];
            if (content.Length > 0 && content[^1] == '\r')
            {
                content = content[..^1];
            }

            _start += newline + 1;
            lineNumber = _lineNumber++;
            if (content.Length > _limit)
            {
                line = default;
                kind = LineKind.TooLong;
                return true;
            }

            line = content;
            kind = LineKind.Line;
            return true;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
