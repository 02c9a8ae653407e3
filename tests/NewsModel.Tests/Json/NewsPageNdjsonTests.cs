using System.Text;
using CsCheck;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Json;

public sealed class NewsPageNdjsonTests
{
    private static readonly byte[] s_endlessLine = Encoding.UTF8.GetBytes(NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n");

    private static readonly NewsPage[] s_pages = [.. JsonTestPages.ByName.Values];

    [Fact]
    public void Write_Pages_IsEachPagesCompactJsonAndALineFeed()
    {
        using var stream = new MemoryStream();

        var count = NewsPageNdjson.Write(stream, s_pages, null);

        count.Should().Be(s_pages.Length);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(string.Concat(s_pages.Select(p => NewsPageJson.Serialize(p) + "\n")));
    }

    [Fact]
    public async Task WriteAsync_ManyPages_WritesInBlocksTheSameBytes()
    {
        using var stream = new MemoryStream();
        var pages = Enumerable.Range(0, 2_000).Select(i => s_pages[i % s_pages.Length]).ToArray();

        var count = await NewsPageNdjson.WriteAsync(stream, pages.ToAsyncEnumerable(), null, CancellationToken.None);

        count.Should().Be(2_000);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(string.Concat(pages.Select(p => NewsPageJson.Serialize(p) + "\n")));
    }

    [Fact]
    public void Writer_Indented_IsRefused()
    {
        var act = () => new NewsPageNdjsonWriter(new MemoryStream(), new NewsPageJsonOptions { WriteIndented = true });

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Read_LinesOfBothSchemaVersions_ReadEach_AndAVersion1LineWithMetadataFailsAlone()
    {
        var metadata = NewsPageJson.Serialize(JsonTestPages.GoldenMetadataPage);
        var text = string.Join('\n', [
            """{"schemaVersion":1,"uiLanguage":"en"}""",
            metadata,
            """{"schemaVersion":1,"article":{"headline":"H","published":"2026-03-01T08:30:00Z"}}""",
            NewsPageJson.Serialize(JsonTestPages.GoldenTagPage)]);

        var records = NewsPageNdjson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        records.Select(r => r.Result.Success).Should().Equal(true, true, false, true);
        records[1].Result.Value.Should().Be(JsonTestPages.GoldenMetadataPage);
        records[2].Result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Code = NewsDiagnosticCode.InvalidJsonValue, Path = "$.article.published", Line = 3, Column = 46 });
    }

    [Fact]
    public void Read_GeneratedPagesThroughTricklingStream_GivesThemBackWithTheirLineNumbers()
        => Gen.Select(JsonPageGenerators.Page.Array[0, 12], Gen.Int[1, 50], Gen.Bool).Sample(
            (pages, chunk, crlf) =>
            {
                // Blank lines and CRLF line ends between the pages, no line end after the last.
                var text = new StringBuilder();
                var expectedLines = new List<long>();
                var line = 1L;
                for (var i = 0; i < pages.Length; i++)
                {
                    if (i % 3 == 1)
                    {
                        text.Append(crlf ? "\r\n" : "\n");
                        line++;
                    }

                    text.Append(NewsPageJson.Serialize(pages[i]));
                    expectedLines.Add(line++);
                    if (i < pages.Length - 1)
                    {
                        text.Append(crlf ? "\r\n" : "\n");
                    }
                }

                var records = NewsPageNdjson.Read(TestStreams.Trickling(Encoding.UTF8.GetBytes(text.ToString()), chunk)).ToList();

                records.Select(r => r.Result.Value).Should().Equal(pages);
                records.Select(r => r.LineNumber).Should().Equal(expectedLines);
            },
            iter: 300);

    [Fact]
    public async Task ReadAsync_StreamForbiddingSynchronousReads_GivesThePages()
    {
        var bytes = Ndjson(s_pages);
        var pages = new List<NewsPage>();

        await foreach (var record in NewsPageNdjson.ReadAsync(TestStreams.AsyncOnly(bytes)))
        {
            pages.Add(record.Result.Value);
        }

        pages.Should().Equal(s_pages);
    }

    [Fact]
    public void Read_BadLines_ReportTheirDiagnosticsAtTheirLineAndTheRestIsRead()
    {
        var good = NewsPageJson.Serialize(JsonTestPages.GoldenTagPage);
        var text = good + "\n" + """{"schemaVersion":1,"uiLanguage":5}""" + "\n\n" + "{\"schemaVersion\":1," + "\n" + good + "\n";

        var records = NewsPageNdjson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        records.Select(r => r.LineNumber).Should().Equal(1, 2, 4, 5);
        records[0].Result.Value.Should().Be(JsonTestPages.GoldenTagPage);
        records[1].Result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJsonValue, Line = 2, Column = 33, Path = "$.uiLanguage", Record = 1 });
        records[2].Result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InvalidJson, Line = 4, Record = 2 }, "the blank line 3 holds no record");
        records[1].Result.Diagnostics[0].Format("feed.ndjson").Should().EndWith("(record 1, at $.uiLanguage)");
        records[3].Result.Value.Should().Be(JsonTestPages.GoldenTagPage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public void Read_LineLongerThanTheLimit_IsOneInputTooLargeRecordAndTheNextLinesAreRead(int chunk)
    {
        var good = NewsPageJson.Serialize(JsonTestPages.GoldenTagPage);
        var longLine = "{\"schemaVersion\":1,\"unclassifiedText\":[\"" + new string('x', 5_000) + "\"]}";
        var options = new NewsPageJsonOptions { MaxInputLength = 1_000 };
        var bytes = Encoding.UTF8.GetBytes(good + "\n" + longLine + "\n" + good + "\n" + longLine);

        var records = NewsPageNdjson.Read(TestStreams.Trickling(bytes, chunk), options).ToList();

        records.Select(r => r.LineNumber).Should().Equal(1, 2, 3, 4);
        records[0].Result.Success.Should().BeTrue();
        records[1].Result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InputTooLarge, Line = 2 });
        records[2].Result.Success.Should().BeTrue();
        records[3].Result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
    }

    [Fact]
    public void Read_StreamFailingMidway_EndsWithOneReadFailedRecord()
    {
        var bytes = Ndjson(s_pages);
        var firstLine = Array.IndexOf(bytes, (byte)'\n') + 1;

        var records = NewsPageNdjson.Read(TestStreams.Throwing(new IOException("cable cut"), bytes, goodBytes: firstLine + 3)).ToList();

        records.Should().HaveCount(2);
        records[0].Result.Value.Should().Be(s_pages[0]);
        records[1].Result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("cable cut");
        records[1].LineNumber.Should().Be(2);
    }

    [Fact]
    public async Task ReadAsync_CancelledWhileReading_PropagatesCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var act = async () =>
        {
            await foreach (var record in NewsPageNdjson.ReadAsync(TestStreams.Endless(s_endlessLine), null, cancellation.Token))
            {
                _ = record;
                await cancellation.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Read_EndlessStream_StreamsRecordsWithoutReadingAhead()
    {
        // A stream that never ends: the reader must hand out records as it goes, keeping only the current line.
        using var stream = TestStreams.Endless(s_endlessLine);

        var records = NewsPageNdjson.Read(stream).Take(20_000).ToList();

        records.Should().HaveCount(20_000).And.OnlyContain(r => r.Result.Success);
        stream.BytesRead.Should().BeLessThan((20_001L * s_endlessLine.Length) + (128 * 1024), "the reader reads at most one buffer ahead");
    }

    [Fact]
    public void Read_TenTimesThePages_AllocatesAboutTenTimesAsMuch()
    {
        var small = Ndjson(Enumerable.Repeat(JsonTestPages.GoldenArticlePage, 1_000));
        var large = Ndjson(Enumerable.Repeat(JsonTestPages.GoldenArticlePage, 10_000));
        Consume(small);

        var smallBytes = AllocatedBy(() => Consume(small));
        var largeBytes = AllocatedBy(() => Consume(large));

        ((double)largeBytes / smallBytes).Should().BeInRange(8, 12, "memory per page does not depend on the number of pages");
    }

    // ReadLines then Read on each line must give what Read gives, record for record: the oracle is Read itself on the same
    // bytes, over every kind of line (pages, bad JSON, blank lines, CRLF, lines too long, a stream that fails midway).
    public static TheoryData<string> LineShapes() => new() { "pages", "bad-and-blank", "too-long", "fails-midway" };

    [Theory]
    [MemberData(nameof(LineShapes))]
    public void ReadLines_EachLineRead_GivesTheRecordsOfRead(string shape)
    {
        var options = new NewsPageJsonOptions { MaxInputLength = shape == "too-long" ? 1_000 : NewsPageJsonOptions.DefaultMaxInputLength };
        Func<Stream> stream = shape switch
        {
            "pages" => () => new MemoryStream(Ndjson(s_pages)),
            "bad-and-blank" => () => new MemoryStream(Encoding.UTF8.GetBytes(
                NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\r\n \t\n{\"schemaVersion\":1,\"uiLanguage\":5}\n\n{\"schemaVersion\":1,\n" + NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage))),
            "too-long" => () => TestStreams.Trickling(Encoding.UTF8.GetBytes(
                NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\n{\"unclassifiedText\":[\"" + new string('x', 5_000) + "\"]}\n" + NewsPageJson.Serialize(JsonTestPages.GoldenTagPage)), 7),
            _ => () => TestStreams.Throwing(new IOException("cable cut"), Ndjson(s_pages), goodBytes: Ndjson(s_pages).Length / 2),
        };

        var expected = NewsPageNdjson.Read(stream(), options).ToList();
        var lines = NewsPageNdjson.ReadLines(stream(), options).ToList();
        var actual = lines.Select(line => line.Read()).ToList();

        expected.Should().NotBeEmpty();
        lines.Select(line => line.LineNumber).Should().Equal(expected.Select(record => record.LineNumber));
        actual.Select(record => record.LineNumber).Should().Equal(expected.Select(record => record.LineNumber));
        actual.Select(record => record.Result.Success).Should().Equal(expected.Select(record => record.Result.Success));
        actual.Select(record => record.Result.TryGetValue(out var page) ? page : null).Should().Equal(expected.Select(record => record.Result.TryGetValue(out var page) ? page : null));
        actual.Select(record => record.Result.Diagnostics.Select(d => d.Format("in.ndjson")).ToList())
            .Should().BeEquivalentTo(expected.Select(record => record.Result.Diagnostics.Select(d => d.Format("in.ndjson")).ToList()), o => o.WithStrictOrdering());
    }

    [Fact]
    public void ReadLines_LinesReadOnManyThreadsAtOnce_GiveThePagesInOrder()
    {
        var pages = Enumerable.Range(0, 40).SelectMany(_ => s_pages).ToArray();

        var lines = NewsPageNdjson.ReadLines(new MemoryStream(Ndjson(pages)), null).ToArray();
        var records = new NewsPageNdjsonRecord[lines.Length];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => records[i] = lines[^(i + 1)].Read());

        records.Reverse().Select(record => record.Result.Value).Should().Equal(pages);
    }

    [Fact]
    public void ReadLines_LineTooLongOrFailedRead_KeepsNoBytes()
    {
        var options = new NewsPageJsonOptions { MaxInputLength = 100 };
        var bytes = Encoding.UTF8.GetBytes(new string(' ', 500) + "\n");

        var lines = NewsPageNdjson.ReadLines(TestStreams.Throwing(new IOException("gone"), bytes, goodBytes: bytes.Length), options).ToList();

        lines.Should().HaveCount(2).And.OnlyContain(line => line.Utf8Json.IsEmpty);
        lines.Select(line => line.Read().Result.Diagnostics.Single().Code).Should().Equal(NewsDiagnosticCode.InputTooLarge, NewsDiagnosticCode.ReadFailed);
    }

    [Fact]
    public void ReadLines_NullStream_Throws()
    {
        var act = () => NewsPageNdjson.ReadLines(null!, null);

        act.Should().Throw<ArgumentNullException>().WithParameterName("utf8Ndjson");
    }

    private static void Consume(byte[] ndjson)
    {
        foreach (var record in NewsPageNdjson.Read(new MemoryStream(ndjson)))
        {
            _ = record.Result.Value;
        }
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static byte[] Ndjson(IEnumerable<NewsPage> pages)
    {
        using var stream = new MemoryStream();
        NewsPageNdjson.Write(stream, pages, null);
        return stream.ToArray();
    }
}
