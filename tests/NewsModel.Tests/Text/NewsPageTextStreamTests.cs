using NewsModel.Tests.Samples;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>Page text from streams, synchronously and not: misbehaving streams give ReadFailed, never an exception (issue 7, section 2; issue 10, section 2).</summary>
public sealed class NewsPageTextStreamTests
{
    private static readonly byte[] s_page = SamplePages.Bytes("article-a-en.txt");

    public static TheoryData<string> Exceptions() => new() { "io", "cancelled", "timeout", "disposed", "unsupported", "denied", "invalid" };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public async Task ParseWithDiagnostics_StreamThrowingAnyException_ReturnsReadFailedWithItsMessage(string kind)
    {
        Exception Create() => kind switch
        {
            "io" => new IOException("boom"),
            "cancelled" => new OperationCanceledException("boom"),
            "timeout" => new TimeoutException("boom"),
            "disposed" => new ObjectDisposedException(null, "boom"),
            "unsupported" => new NotSupportedException("boom"),
            "denied" => new UnauthorizedAccessException("boom"),
            _ => new InvalidOperationException("boom"),
        };

        var sync = NewsPageText.ParseWithDiagnostics(TestStreams.Throwing(Create(), s_page, goodBytes: 7));
        var async = await NewsPageText.ParseWithDiagnosticsAsync(TestStreams.Throwing(Create(), s_page, goodBytes: 7));

        foreach (var result in new[] { sync, async })
        {
            result.Success.Should().BeFalse();
            result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.ReadFailed });
            result.Diagnostics[0].Message.Should().EndWith("boom");
        }
    }

    [Fact]
    public void ParseWithDiagnostics_DisposedStream_ReturnsReadFailed()
        => NewsPageText.ParseWithDiagnostics(TestStreams.Disposed()).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);

    [Fact]
    public async Task ParseAsync_StreamForbiddingSynchronousReads_ReadsThePage_WhereTheSyncReadReportsReadFailed()
    {
        var page = await NewsPageText.ParseAsync(TestStreams.AsyncOnly(s_page));

        page.Should().Be(NewsPageText.Parse(s_page));
        NewsPageText.ParseWithDiagnostics(TestStreams.AsyncOnly(s_page)).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public async Task ParseWithDiagnosticsAsync_TricklingStream_GivesWhatTheBytesGive(int chunk)
    {
        var fromStream = await NewsPageText.ParseWithDiagnosticsAsync(TestStreams.Trickling(s_page, chunk));

        fromStream.Value.Should().Be(NewsPageText.Parse(s_page));
        fromStream.Diagnostics.Should().Equal(NewsPageText.ParseWithDiagnostics(s_page).Diagnostics);
    }

    [Fact]
    public async Task ParseWithDiagnosticsAsync_CancelledToken_PropagatesCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await NewsPageText.ParseWithDiagnosticsAsync(TestStreams.Trickling(s_page), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ParseWithDiagnostics_MaxInputLengthIntMaxValue_ReadsNonSeekableStreamWithoutOverflow()
    {
        var options = new NewsPageTextOptions { MaxInputLength = int.MaxValue };

        NewsPageText.ParseWithDiagnostics(TestStreams.Trickling(s_page, 100), options).Success.Should().BeTrue();
        (await NewsPageText.ParseWithDiagnosticsAsync(TestStreams.Trickling(s_page, 100), options, CancellationToken.None)).Success.Should().BeTrue();
    }

    [Fact]
    public async Task ParseWithDiagnosticsAsync_OverTheLimit_ReportsInputTooLarge()
    {
        var options = new NewsPageTextOptions { MaxInputLength = s_page.Length - 1 };

        var result = await NewsPageText.ParseWithDiagnosticsAsync(TestStreams.Trickling(s_page, 64), options, CancellationToken.None);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
    }
}
