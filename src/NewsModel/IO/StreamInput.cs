using System.Buffers;

namespace NewsModel.IO;

/// <summary>What became of reading a stream to its end.</summary>
internal enum StreamInputStatus
{
    /// <summary>The stream was read to its end, within the limit.</summary>
    Read,

    /// <summary>The stream holds more than the limit.</summary>
    TooLarge,

    /// <summary>The stream failed (threw); <see cref="StreamInput.FailureMessage"/> says why.</summary>
    Failed,
}

/// <summary>Makes a result of an input's bytes: a format's reader.</summary>
internal delegate ParseResult<T> BytesReader<T, in TOptions>(ReadOnlySpan<byte> bytes, TOptions options)
    where T : notnull;

/// <summary>
/// A stream read to its end into a pooled buffer, never more than a limit: the one reader of whole inputs from streams,
/// synchronous or asynchronous. Whatever the stream throws becomes <see cref="StreamInputStatus.Failed"/> with the
/// exception's message, except a cancellation of the token passed to <see cref="ReadAsync"/>, which propagates.
/// Dispose the result to return its buffer.
/// </summary>
internal readonly struct StreamInput : IDisposable
{
    private const int FirstBufferSize = 16 * 1024;

    private readonly byte[]? _buffer;
    private readonly int _length;

    private StreamInput(StreamInputStatus status, byte[]? buffer, int length, long? knownLength, string? failureMessage)
    {
        Status = status;
        _buffer = buffer;
        _length = length;
        KnownLength = knownLength;
        FailureMessage = failureMessage;
    }

    public StreamInputStatus Status { get; }

    /// <summary>For <see cref="StreamInputStatus.TooLarge"/>, the stream's length where it was known beforehand.</summary>
    public long? KnownLength { get; }

    public string? FailureMessage { get; }

    /// <summary>The bytes read (empty unless <see cref="StreamInputStatus.Read"/>).</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>
    /// What a format makes of this input: <paramref name="read"/> of its bytes when they were read; else the one error
    /// every format gives for an input over <paramref name="limit"/> (at <paramref name="limitPath"/>, for a JSON format)
    /// or for a stream that failed.
    /// </summary>
    public ParseResult<T> ReadWith<T, TOptions>(TOptions options, long limit, string? limitPath, BytesReader<T, TOptions> read)
        where T : notnull => Status switch
    {
        StreamInputStatus.Read => read(Bytes, options),
        StreamInputStatus.TooLarge => InputLimit.TooLarge<T>(DiagnosticBag.ForErrors(), KnownLength, limit, limitPath),
        _ => InputLimit.ReadFailed<T>(DiagnosticBag.ForErrors(), FailureMessage ?? string.Empty),
    };

    public static StreamInput Read(Stream stream, int limit)
    {
        byte[]? buffer = null;
        try
        {
            if (KnownTooLong(stream, limit) is { } known)
            {
                return new StreamInput(StreamInputStatus.TooLarge, null, 0, known, null);
            }

            buffer = ArrayPool<byte>.Shared.Rent(FirstSize(stream, limit));
            var length = 0;
            while (true)
            {
                switch (PrepareRead(ref buffer, length, limit, out var count))
                {
                    case Next.TooLarge:
                        return TooLarge(ref buffer);
                    case Next.ProbePastLimit:
                        return ProbeOneByte(stream) ? TooLarge(ref buffer) : Complete(ref buffer, length);
                }

                var read = stream.Read(buffer, length, count);
                if (read == 0)
                {
                    return Complete(ref buffer, length);
                }

                if ((uint)read > (uint)count)
                {
                    return Failed(ref buffer, DiagnosticMessages.ReadCountOutOfRange(read, count));
                }

                length += read;
            }
        }
#pragma warning disable CA1031 // Whatever a stream throws is a failure to read the input, reported as data.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(ref buffer, exception);
        }
    }

    public static async ValueTask<StreamInput> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        byte[]? buffer = null;
        try
        {
            if (KnownTooLong(stream, limit) is { } known)
            {
                return new StreamInput(StreamInputStatus.TooLarge, null, 0, known, null);
            }

            buffer = ArrayPool<byte>.Shared.Rent(FirstSize(stream, limit));
            var length = 0;
            while (true)
            {
                switch (PrepareRead(ref buffer, length, limit, out var count))
                {
                    case Next.TooLarge:
                        return TooLarge(ref buffer);
                    case Next.ProbePastLimit:
                        return await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0 ? TooLarge(ref buffer) : Complete(ref buffer, length);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return Complete(ref buffer, length);
                }

                if ((uint)read > (uint)count)
                {
                    return Failed(ref buffer, DiagnosticMessages.ReadCountOutOfRange(read, count));
                }

                length += read;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Return(ref buffer);
            throw;
        }
#pragma warning disable CA1031 // Whatever a stream throws is a failure to read the input, reported as data.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Failed(ref buffer, exception);
        }
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    /// <summary>What comes before the next read of a stream.</summary>
    private enum Next
    {
        /// <summary>Read up to the count given into the buffer after the bytes read so far.</summary>
        Read,

        /// <summary>The buffer holds the limit: one more byte says whether the stream holds more.</summary>
        ProbePastLimit,

        /// <summary>The buffer cannot grow (one array holds no more): the input is more than can be read.</summary>
        TooLarge,
    }

    // The one rule of Read and ReadAsync for where the next read goes: grow the buffer when it is full, up to the limit.
    private static Next PrepareRead(ref byte[] buffer, int length, int limit, out int count)
    {
        count = 0;
        if (length == Capacity(buffer, limit))
        {
            if (length >= limit)
            {
                return Next.ProbePastLimit;
            }

            if (buffer.Length >= Array.MaxLength)
            {
                return Next.TooLarge;
            }

            buffer = Grow(buffer, length, limit);
        }

        count = Capacity(buffer, limit) - length;
        return Next.Read;
    }

    private static bool ProbeOneByte(Stream stream)
    {
        Span<byte> probe = stackalloc byte[1];
        return stream.Read(probe) > 0;
    }

    private static StreamInput Complete(ref byte[]? buffer, int length)
    {
        var result = new StreamInput(StreamInputStatus.Read, buffer, length, null, null);
        buffer = null;
        return result;
    }

    // A seekable stream says its length: more than the limit is known without reading.
    private static long? KnownTooLong(Stream stream, int limit)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        var remaining = stream.Length - stream.Position;
        return remaining > limit ? remaining : null;
    }

    private static int FirstSize(Stream stream, int limit)
    {
        // A known length is read into one buffer; its last byte's read returns 0 without growing it.
        var wanted = stream.CanSeek ? Math.Max(stream.Length - stream.Position, 1) : FirstBufferSize;
        return (int)Math.Min(wanted, Math.Min(limit, Array.MaxLength));
    }

    private static int Capacity(byte[] buffer, int limit) => Math.Min(buffer.Length, limit);

    private static byte[] Grow(byte[] buffer, int length, int limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, Math.Min(limit, Array.MaxLength)));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static StreamInput TooLarge(ref byte[]? buffer)
    {
        Return(ref buffer);
        return new StreamInput(StreamInputStatus.TooLarge, null, 0, null, null);
    }

    private static StreamInput Failed(ref byte[]? buffer, Exception exception) => Failed(ref buffer, exception.Message);

    private static StreamInput Failed(ref byte[]? buffer, string message)
    {
        Return(ref buffer);
        return new StreamInput(StreamInputStatus.Failed, null, 0, null, message);
    }

    private static void Return(ref byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
