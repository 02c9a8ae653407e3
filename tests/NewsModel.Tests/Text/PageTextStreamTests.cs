using System.Text;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>
/// Issue 7, section 2: reading a stream never throws for what the stream does. Every exception a stream raises (at
/// Read, Length, Position or CanSeek), a disposed stream, and a limit of int.MaxValue come back as diagnostics;
/// trickling, non-seekable and lying streams read the same page as the bytes.
/// </summary>
public sealed class PageTextStreamTests
{
    private const string Page = "Headline of the day\n\nA lead sentence.\n\nA body paragraph.";

    private static readonly byte[] s_bytes = Encoding.UTF8.GetBytes(Page);
    private static readonly NewsPage s_expected = NewsPageText.Parse(s_bytes);

    private static readonly string[] s_exceptionTypes =
    [
        nameof(IOException), nameof(OperationCanceledException), nameof(TimeoutException), nameof(ObjectDisposedException),
        nameof(NotSupportedException), nameof(UnauthorizedAccessException), nameof(InvalidOperationException),
        nameof(ArgumentException), nameof(FormatException),
    ];

    public static TheoryData<string> ExceptionTypes() => [.. s_exceptionTypes];

    public static TheoryData<string, string> ExceptionTypesAndMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in s_exceptionTypes)
        {
            foreach (var member in new[] { "Read", "Length", "Position", "CanSeek" })
            {
                data.Add(type, member);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExceptionTypesAndMembers))]
    public void ParseWithDiagnostics_StreamThrowing_ReportsReadFailedWithTheMessage(string type, string member)
    {
        using var stream = new ThrowingStream(s_bytes, TestStreams.CreateException(type, "the stream broke"), member);

        var result = NewsPageText.ParseWithDiagnostics(stream);

        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        diagnostic.IsError.Should().BeTrue();
        diagnostic.Message.Should().Be("The input could not be read: the stream broke");
    }

    [Theory]
    [MemberData(nameof(ExceptionTypes))]
    public void TryParse_StreamThrowing_ReturnsFalse(string type)
    {
        using var stream = new ThrowingStream(s_bytes, TestStreams.CreateException(type, "no"), "Read");

        NewsPageText.TryParse(stream, out var page).Should().BeFalse();
        page.Should().BeNull();
    }

    [Fact]
    public void ParseWithDiagnostics_StreamThrowingAfterSomeBytes_ReportsReadFailed()
    {
        using var stream = new ThrowingStream(s_bytes, new TimeoutException("timed out"), "Read", failAfter: 10);

        NewsPageText.ParseWithDiagnostics(stream).Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Be("The input could not be read: timed out");
    }

    [Fact]
    public void ParseWithDiagnostics_DisposedStream_ReportsReadFailed()
    {
        var stream = new MemoryStream(s_bytes);
        stream.Dispose();

        var result = NewsPageText.ParseWithDiagnostics(stream);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
    }

    [Fact]
    public void ParseWithDiagnostics_DisposedFileStream_ReportsReadFailed()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, s_bytes);
            var stream = File.OpenRead(path);
            stream.Dispose();

            NewsPageText.ParseWithDiagnostics(stream).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ParseWithDiagnostics_WriteOnlyStream_ReportsReadFailed()
    {
        var path = Path.GetTempFileName();
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);

            NewsPageText.ParseWithDiagnostics(stream).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void ParseWithDiagnostics_StreamReturningAnImpossibleCount_ReportsReadFailed(int count)
    {
        using var stream = new LyingStream(count);

        NewsPageText.ParseWithDiagnostics(stream).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_MaxInputLengthIntMaxValue_ReadsThePage(bool seekable)
    {
        // Issue 7, section 2: the limit plus the one byte read past it overflowed an int.
        var options = new NewsPageTextOptions { MaxInputLength = int.MaxValue };
        using var stream = seekable ? new MemoryStream(s_bytes) : TestStreams.Trickling(s_bytes, 4096);

        NewsPageText.Parse(stream, options).Should().Be(s_expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16 * 1024)]
    public void Parse_TricklingNonSeekableStream_ReadsTheSamePage(int chunk)
    {
        using var stream = TestStreams.Trickling(s_bytes, chunk);

        NewsPageText.Parse(stream).Should().Be(s_expected);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData(false, 1)]
    public void ParseWithDiagnostics_StreamAtTheLimit_ReadsAndOneByteMoreIsTooLarge(bool seekable, int extra)
    {
        var bytes = Encoding.UTF8.GetBytes(Page + new string('x', extra));
        var options = new NewsPageTextOptions { MaxInputLength = s_bytes.Length };
        using Stream stream = seekable ? new MemoryStream(bytes) : TestStreams.Trickling(bytes, 5);

        var result = NewsPageText.ParseWithDiagnostics(stream, options);

        if (extra == 0)
        {
            result.Value.Should().Be(s_expected);
        }
        else
        {
            result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        }
    }

    [Fact]
    public void Parse_SeekableStreamPositionedPastItsEnd_ReadsAnEmptyPage()
    {
        using var stream = new MemoryStream(s_bytes) { Position = s_bytes.Length + 10 };

        NewsPageText.ParseWithDiagnostics(stream).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.EmptyInput);
    }

    [Fact]
    public void Parse_SeekableStreamUnderstatingItsLength_ReadsEverything()
    {
        using var stream = new ShortLengthStream(s_bytes);

        NewsPageText.Parse(stream).Should().Be(s_expected);
    }

    /// <summary>A seekable stream that throws from one member (after <c>failAfter</c> bytes, for Read).</summary>
    private sealed class ThrowingStream(byte[] bytes, Exception exception, string member, int failAfter = 0) : MemoryStream(bytes)
    {
        public override bool CanSeek => member == "CanSeek" ? throw exception : true;

        public override long Length => member == "Length" ? throw exception : base.Length;

        public override long Position
        {
            get => member == "Position" ? throw exception : base.Position;
            set => base.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
            => member == "Read" && base.Position >= failAfter ? throw exception : base.Read(buffer, offset, Math.Min(count, Math.Max(failAfter, 1)));
    }

    /// <summary>A seekable stream whose Length says less than it holds.</summary>
    private sealed class ShortLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override long Length => 3;
    }

    /// <summary>A stream whose Read returns a count it cannot have read.</summary>
    private sealed class LyingStream(int count) : MemoryStream(s_bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int requested) => count;
    }
}
