namespace NewsModel.Tests.TestSupport;

/// <summary>Streams that misbehave on purpose: they throw, trickle, refuse to seek or to be read synchronously.</summary>
internal static class TestStreams
{
    /// <summary>A stream whose reads throw <paramref name="exception"/> after <paramref name="goodBytes"/> bytes of <paramref name="content"/>.</summary>
    public static Stream Throwing(Exception exception, byte[]? content = null, int goodBytes = 0) => new ThrowingStream(content ?? [], goodBytes, exception);

    /// <summary>A non-seekable stream that gives at most <paramref name="chunk"/> bytes per read.</summary>
    public static Stream Trickling(byte[] content, int chunk = 1) => new TricklingStream(content, chunk);

    /// <summary>A stream like ASP.NET Core's request body: synchronous reads throw <see cref="InvalidOperationException"/>; asynchronous reads work.</summary>
    public static Stream AsyncOnly(byte[] content) => new AsyncOnlyStream(content);

    /// <summary>
    /// A stream that repeats <paramref name="line"/> without end, for readers that must stream: <see cref="EndlessStream.BytesRead"/>
    /// tells how far a reader went.
    /// </summary>
    public static EndlessStream Endless(byte[] line) => new(line);

    /// <summary>An exception of the named type with a message: the kinds a caller's stream may throw, for tests that try each.</summary>
    public static Exception CreateException(string type, string message) => type switch
    {
        nameof(IOException) => new IOException(message),
        nameof(OperationCanceledException) => new OperationCanceledException(message),
        nameof(TimeoutException) => new TimeoutException(message),
        nameof(ObjectDisposedException) => new ObjectDisposedException(null, message),
        nameof(NotSupportedException) => new NotSupportedException(message),
        nameof(UnauthorizedAccessException) => new UnauthorizedAccessException(message),
        nameof(InvalidOperationException) => new InvalidOperationException(message),
        nameof(ArgumentException) => new ArgumentException(message),
        nameof(FormatException) => new FormatException(message),
        nameof(InvalidDataException) => new InvalidDataException(message),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>A disposed stream.</summary>
    public static Stream Disposed()
    {
        var stream = new MemoryStream([1, 2, 3]);
        stream.Dispose();
        return stream;
    }

    internal abstract class ReadOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    }

    /// <summary>The stream of <see cref="Endless(byte[])"/>; safe to read from one thread while another reads <see cref="BytesRead"/>.</summary>
    internal sealed class EndlessStream(byte[] line) : ReadOnlyStream
    {
        private long _position;

        public long BytesRead => Interlocked.Read(ref _position);

        public override int Read(Span<byte> buffer)
        {
            var start = Interlocked.Read(ref _position);
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = line[(int)((start + i) % line.Length)];
            }

            Interlocked.Add(ref _position, buffer.Length);
            return buffer.Length;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new(Read(buffer.Span));
        }
    }

    private sealed class ThrowingStream(byte[] content, int goodBytes, Exception exception) : ReadOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            if (_position >= goodBytes)
            {
                throw exception;
            }

            var count = Math.Min(buffer.Length, Math.Min(goodBytes, content.Length) - _position);
            content.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => _position >= goodBytes ? ValueTask.FromException<int>(exception) : new(Read(buffer.Span));
    }

    private sealed class TricklingStream(byte[] content, int chunk) : ReadOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, chunk), content.Length - _position);
            content.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return Read(buffer.Span);
        }
    }

    private sealed class AsyncOnlyStream(byte[] content) : ReadOnlyStream
    {
        private int _position;

        public override int Read(Span<byte> buffer)
            => throw new InvalidOperationException("Synchronous operations are disallowed. Call ReadAsync or set AllowSynchronousIO to true instead.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(buffer.Length, content.Length - _position);
            content.AsSpan(_position, count).CopyTo(buffer.Span);
            _position += count;
            return count;
        }
    }
}
