using NewsModel.Interchange.JsonLd;
using NewsModel.Interchange.Ninjs;
using NewsModel.Interchange.Tests.Ninjs;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests;

/// <summary>
/// The asynchronous overloads of both interchange formats: the same bytes and pages as the synchronous ones (the oracle),
/// on streams that forbid synchronous reads or writes, as ASP.NET Core's request and response bodies do.
/// </summary>
public sealed class InterchangeAsyncTests
{
    public static TheoryData<string> Formats => ["jsonld", "ninjs3.1", "ninjs2.2"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SerializeAsync_AsyncOnlyStream_WritesTheBytesOfTheSynchronousWriter(string format)
    {
        var page = NinjsTestPages.ReferenceWithMetadata();
        using var written = new AsyncOnlyWriteStream();

        await SerializeAsync(format, written, page, CancellationToken.None);

        written.ToArray().Should().Equal(SerializeToUtf8Bytes(format, page));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task SerializeAsync_Cancelled_Throws(string format)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => SerializeAsync(format, new AsyncOnlyWriteStream(), NinjsTestPages.Reference(), cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(NinjsVersion.V3_1)]
    [InlineData(NinjsVersion.V2_2)]
    public async Task NinjsDeserializeAsync_AsyncOnlyStream_ReadsWhatTheSynchronousReaderReads(NinjsVersion version)
    {
        var options = new NewsPageNinjsOptions { Version = version };
        var bytes = NewsPageNinjs.SerializeToUtf8Bytes(NinjsTestPages.ReferenceWithMetadata(), options);
        var expected = NewsPageNinjs.DeserializeWithDiagnostics(bytes);

        var read = await NewsPageNinjs.DeserializeWithDiagnosticsAsync(TestStreams.AsyncOnly(bytes), CancellationToken.None);
        var page = await NewsPageNinjs.DeserializeAsync(TestStreams.AsyncOnly(bytes), options, CancellationToken.None);

        read.Success.Should().BeTrue();
        read.Value.Should().Be(expected.Value);
        read.Diagnostics.Should().Equal(expected.Diagnostics);
        page.Should().Be(expected.Value);
    }

    [Fact]
    public async Task NinjsDeserializeWithDiagnosticsAsync_FailingStreamOrTooLarge_ReportsWithoutThrowing()
    {
        var failed = await NewsPageNinjs.DeserializeWithDiagnosticsAsync(TestStreams.Throwing(new IOException("gone"), "{\"uri\""u8.ToArray(), 3), CancellationToken.None);
        var tooLarge = await NewsPageNinjs.DeserializeWithDiagnosticsAsync(
            TestStreams.AsyncOnly("{\"uri\": \"urn:a:1\", \"type\": \"text\"}"u8.ToArray()), new NewsPageNinjsOptions { MaxInputLength = 8 }, CancellationToken.None);

        failed.Success.Should().BeFalse();
        failed.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        failed.Diagnostics[0].Message.Should().Contain("gone");
        tooLarge.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        await FluentActions.Awaiting(() => NewsPageNinjs.DeserializeAsync(TestStreams.Throwing(new IOException("gone")), CancellationToken.None).AsTask())
            .Should().ThrowAsync<NewsFormatException>().Where(exception => exception.Diagnostic!.Code == NewsDiagnosticCode.ReadFailed);
    }

    [Fact]
    public async Task NinjsDeserializeWithDiagnosticsAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => NewsPageNinjs.DeserializeWithDiagnosticsAsync(TestStreams.AsyncOnly([1]), cancelled.Token).AsTask())
            .Should().ThrowAsync<OperationCanceledException>();
    }

    private static Task SerializeAsync(string format, Stream stream, NewsPage page, CancellationToken cancellationToken) => format switch
    {
        "jsonld" => NewsPageJsonLd.SerializeAsync(stream, page, cancellationToken),
        "ninjs3.1" => NewsPageNinjs.SerializeAsync(stream, page, cancellationToken),
        _ => NewsPageNinjs.SerializeAsync(stream, page, new NewsPageNinjsOptions { Version = NinjsVersion.V2_2 }, cancellationToken),
    };

    private static byte[] SerializeToUtf8Bytes(string format, NewsPage page) => format switch
    {
        "jsonld" => NewsPageJsonLd.SerializeToUtf8Bytes(page),
        "ninjs3.1" => NewsPageNinjs.SerializeToUtf8Bytes(page),
        _ => NewsPageNinjs.SerializeToUtf8Bytes(page, new NewsPageNinjsOptions { Version = NinjsVersion.V2_2 }),
    };

    // Like ASP.NET Core's response body with AllowSynchronousIO off: a synchronous write throws.
    private sealed class AsyncOnlyWriteStream : MemoryStream
    {
        private bool _writingAsynchronously;

        public override void Write(byte[] buffer, int offset, int count)
        {
            ThrowIfSynchronous();
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ThrowIfSynchronous();
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            ThrowIfSynchronous();
            base.WriteByte(value);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _writingAsynchronously = true;
            try
            {
                base.Write(buffer.Span);
            }
            finally
            {
                _writingAsynchronously = false;
            }

            return ValueTask.CompletedTask;
        }

        private void ThrowIfSynchronous()
        {
            if (!_writingAsynchronously)
            {
                throw new InvalidOperationException("Synchronous operations are disallowed.");
            }
        }
    }
}
