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

    /// <summary>A disposed stream.</summary>
    public static Stream Disposed()
    {
        var stream = new MemoryStream([1, 2, 3]);
        stream.Dispose();
        return stream;
    }

    private abstract class ReadOnlyStream : Stream
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
