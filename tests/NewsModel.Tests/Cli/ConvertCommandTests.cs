using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NewsModel.Cli;
using NewsModel.Tests.Json;
using NewsModel.Tests.Samples;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Cli;

/// <summary>
/// <c>newsmodel convert</c>, run in-process. The oracle of each output is the library's own single-page calls on the same
/// files (parse, then serialize), in the input order the command documents: files by ordinal name, folders after files.
/// </summary>
public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsmodel-convert-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Convert_FolderToNdjson_IsEachPagesJsonInOrder_AndASummary()
    {
        var input = Corpus(("b.txt", SamplePages.Text("article-a-en.txt")), ("a.txt", SamplePages.Text("tag-page-fr.txt")), ("sub/c.txt", SamplePages.Text("article-b-ru.txt")), ("notes.md", "not a page"));
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--to", "ndjson", "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        File.ReadAllText(output).Should().Be(Expected("a.txt", "b.txt", "sub/c.txt"));
        run.StderrLines.Should().ContainSingle().Which.Should().StartWith("Converted 3 pages (0 failed; 0 warnings, 0 errors)").And.EndWith("pages/s.");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("8")]
    public void Convert_AnyParallelism_GivesTheSameBytes(string parallel)
    {
        var pages = SamplePages.All().ToArray();
        var input = Corpus([.. Enumerable.Range(0, 60).Select(i => ($"p{i:D3}.txt", SamplePages.Text(pages[i % pages.Length])))]);
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--out", output, "--parallel", parallel, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stderr.Should().BeEmpty("--quiet prints neither progress nor summary");
        File.ReadAllText(output).Should().Be(Expected([.. Enumerable.Range(0, 60).Select(i => $"p{i:D3}.txt")]));
    }

    [Fact]
    public void Convert_OneBadInput_ReportsItWithFileLineColumn_ConvertsTheRest_Exits1()
    {
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")), ("b.json", "{\"schemaVersion\":1,\n\"uiLanguage\":5}"), ("c.txt", SamplePages.Text("tag-page-fr.txt")));
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        File.ReadAllText(output).Should().Be(Expected("a.txt", "c.txt"));
        run.StderrLines[0].Should().Be(Path.Combine(input, "b.json") + ":2:14: error NM3002: The JSON value is not valid here: expected a string. (at $.uiLanguage)");
        run.StderrLines[^1].Should().StartWith("Converted 3 pages (1 failed; 0 warnings, 1 errors)");
    }

    [Fact]
    public void Convert_NdjsonToJsonFolder_WritesOneIndentedFilePerRecord_NamedByLine()
    {
        var ndjson = Path.Combine(_directory, "pages.ndjson");
        File.WriteAllText(ndjson, NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\n\n" + NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n");
        var output = Path.Combine(_directory, "json");

        var run = CliRunner.Run("convert", ndjson, "--to", "json", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        Directory.EnumerateFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("pages-1.json", "pages-3.json");
        NewsPageJson.Deserialize(File.ReadAllText(Path.Combine(output, "pages-3.json"))).Should().Be(JsonTestPages.GoldenArticlePage);
        File.ReadAllText(Path.Combine(output, "pages-1.json")).Should().Be(JsonOf(JsonTestPages.GoldenTagPage), "as 'parse' prints a page");
    }

    [Fact]
    public void Convert_ToText_PageThatPageTextCannotShow_FailsWithTheWritersReasons_ConvertsTheRest()
    {
        // A JSON page with body paragraphs but no lead: page text would read its first paragraph as the lead.
        var refused = new NewsPage { Article = new NewsArticle { Headline = "Ferries return", Body = ["Crossings resume on Monday."] } };
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")), ("b.json", NewsPageJson.Serialize(refused)));
        var output = Path.Combine(_directory, "text");

        var run = CliRunner.Run("convert", input, "--to", "text", "--out", output);

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        File.ReadAllText(Path.Combine(output, "a.txt")).Should().Be(SamplePages.Text("article-a-en.txt"));
        File.Exists(Path.Combine(output, "b.txt")).Should().BeFalse("a refused page writes no file");
        run.StderrLines.Should().Contain(line => line.StartsWith(Path.Combine(input, "b.json") + ":Article.Summary: error NM2108: ", StringComparison.Ordinal));
        run.StderrLines[^1].Should().StartWith("Converted 2 pages (1 failed; 0 warnings, 1 errors)");
    }

    [Fact]
    public void Convert_ZipToTextFolder_WritesTheCanonicalPageTextOfEachEntry()
    {
        var zip = Path.Combine(_directory, "pages.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in SamplePages.Canonical)
            {
                archive.CreateEntryFromFile(SamplePages.PathOf(name), "in/" + name);
            }
        }

        var output = Path.Combine(_directory, "text");

        var run = CliRunner.Run("convert", zip, "--to", "text", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        foreach (var name in SamplePages.Canonical)
        {
            File.ReadAllText(Path.Combine(output, "in", name)).Should().Be(SamplePages.Text(name), "the sample pages are canonical");
        }
    }

    // The command reads zips with its own streaming reader (ZipArchive holds every entry in memory); ZipArchive is the oracle.
    [Theory]
    [InlineData(CompressionLevel.NoCompression)]
    [InlineData(CompressionLevel.Optimal)]
    public void Convert_ZipToNdjson_IsEachPageEntryInArchiveOrder_AsZipArchiveReadsThem(CompressionLevel level)
    {
        var zip = Path.Combine(_directory, "pages.zip");
        var pages = SamplePages.All().ToArray();
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntry("folder/");
            foreach (var (i, name) in new[] { "z/ẹ-yoruba.txt", "a.txt", "notes.md", "m/deep/er.txt", "b.txt" }.Index())
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, level).Open());
                writer.Write(SamplePages.Text(pages[i % pages.Length]));
            }
        }

        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        File.ReadAllText(output).Should().Be(NdjsonAsZipArchiveReads(zip));
    }

    // The workers read the entries at once from one handle: stored and deflated, empty, page-sized (local header and data
    // in one read) and with data over 256 KB (header, then the data: read whole if stored, streamed into the inflater if
    // deflated), in one archive, on eight workers; ZipArchive is the oracle.
    [Fact]
    public void Convert_ZipOfEntriesOfEverySize_OnEightWorkers_IsWhatZipArchiveReads()
    {
        var zip = Path.Combine(_directory, "sizes.zip");
        var pages = SamplePages.All().ToArray();
        var random = new Random(20261202);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 120; i++)
            {
                var text = SamplePages.Text(pages[i % pages.Length]);
                text = (i % 17) switch
                {
                    0 => string.Empty,
                    1 => text + "\n\n" + string.Concat(Enumerable.Repeat("A very long paragraph, ẹ̀rọ and 新闻. ", 9000)),

                    // Random letters deflate to more than 256 KB.
                    2 => text + "\n\n" + new string([.. Enumerable.Range(0, 700_000).Select(_ => (char)random.Next('a', 'z' + 1))]),
                    _ => text,
                };
                using var writer = new StreamWriter(archive.CreateEntry($"{new string('d', random.Next(1, 40))}/{i:D3}.txt", i % 3 == 0 ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open());
                writer.Write(text);
            }
        }

        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--parallel", "8", "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        using var oracle = ZipFile.OpenRead(zip);
        oracle.Entries.Should().Contain(entry => entry.CompressedLength > 256 * 1024 && entry.CompressedLength < entry.Length, "a deflated entry's data is over 256 KB");
        oracle.Entries.Should().Contain(entry => entry.CompressedLength > 256 * 1024 && entry.CompressedLength == entry.Length, "a stored entry's data is over 256 KB");
        File.ReadAllText(output).Should().Be(NdjsonAsZipArchiveReads(zip));
    }

    // The oracle of a zip's NDJSON: each .txt entry as ZipArchive reads it, parsed and written by the library, in archive order.
    private static string NdjsonAsZipArchiveReads(string zip)
    {
        using var oracle = ZipFile.OpenRead(zip);
        return string.Concat(oracle.Entries.Where(entry => entry.FullName.EndsWith(".txt", StringComparison.Ordinal)).Select(entry =>
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            return NewsPageJson.Serialize(NewsPageText.Parse(content.ToArray())) + "\n";
        }));
    }

    // A local header whose extra field is longer than the central directory's (by more than the one read allows for):
    // the data is read in a second read, from where the local header says it starts.
    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(300)]
    public void Convert_ZipWhoseLocalExtraFieldIsLongerThanTheCentralOne_ReadsTheDataWhereTheLocalHeaderSays(int localExtraLength)
    {
        var zip = Path.Combine(_directory, "extra.zip");
        var content = SamplePages.Bytes("article-a-en.txt");
        File.WriteAllBytes(zip, StoredZip([("a.txt", content), ("b.txt", content)], localExtraLength));
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        using (var oracle = ZipFile.OpenRead(zip))
        {
            oracle.Entries.Should().HaveCount(2, "ZipArchive reads the hand-made archive too");
        }

        File.ReadAllText(output).Should().Be(string.Concat(Enumerable.Repeat(NewsPageJson.Serialize(NewsPageText.Parse(content)) + "\n", 2)));
    }

    // A stored zip written by hand: each local header with an extra field of the given length (an unknown id, zeros), the
    // central directory with none.
    private static byte[] StoredZip(IReadOnlyList<(string Name, byte[] Content)> entries, int localExtraLength)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip);
        var offsets = new List<long>();
        foreach (var (name, content) in entries)
        {
            offsets.Add(zip.Position);
            var nameBytes = Encoding.UTF8.GetBytes(name);
            writer.Write(0x04034b50u);
            WriteSharedFields(content, nameBytes.Length);
            writer.Write((ushort)localExtraLength);
            writer.Write(nameBytes);
            if (localExtraLength >= 4)
            {
                writer.Write((ushort)0xCAFE);
                writer.Write((ushort)(localExtraLength - 4));
                writer.Write(new byte[localExtraLength - 4]);
            }
            else
            {
                writer.Write(new byte[localExtraLength]);
            }

            writer.Write(content);
        }

        var directory = zip.Position;
        foreach (var ((name, content), offset) in entries.Zip(offsets))
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            writer.Write(0x02014b50u);
            writer.Write((ushort)20);
            WriteSharedFields(content, nameBytes.Length);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write((uint)offset);
            writer.Write(nameBytes);
        }

        var directoryLength = zip.Position - directory;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)entries.Count);
        writer.Write((ushort)entries.Count);
        writer.Write((uint)directoryLength);
        writer.Write((uint)directory);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();

        // What the local and the central header both hold, in the same order: version needed, flags, method (stored), time
        // and date, CRC-32, both sizes, the name's length.
        void WriteSharedFields(byte[] content, int nameLength)
        {
            writer.Write((ushort)10);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(System.IO.Hashing.Crc32.HashToUInt32(content));
            writer.Write((uint)content.Length);
            writer.Write((uint)content.Length);
            writer.Write((ushort)nameLength);
        }
    }

    [Fact]
    public void Convert_ZipWithACorruptEntry_FailsThatEntryAndConvertsTheOthers()
    {
        var zip = Path.Combine(_directory, "pages.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(SamplePages.Text(name == "b.txt" ? "tag-page-fr.txt" : "article-a-en.txt"));
            }
        }

        // Flip one byte inside b.txt's stored data: its CRC-32 no longer matches.
        var bytes = File.ReadAllBytes(zip);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(SamplePages.Text("tag-page-fr.txt")[..20]));
        bytes[at + 5] ^= 0x20;
        File.WriteAllBytes(zip, bytes);
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stderr.Should().Contain(zip + "!b.txt").And.Contain("CRC-32");
        File.ReadAllText(output).Should().Be(string.Concat(Enumerable.Repeat(NewsPageJson.Serialize(NewsPageText.Parse(SamplePages.Bytes("article-a-en.txt"))) + "\n", 2)));
    }

    // The central directory's compressed size of a stored b.txt, one byte short or one byte long: stored entries are read
    // at their offset with no stream in between, and must still tell the two damages apart. (A deflated entry ends where
    // its deflate stream says, whatever the recorded size: its content and CRC-32 decide.)
    [Theory]
    [InlineData(-1, "cut short")]
    [InlineData(1, "longer than its recorded size")]
    public void Convert_StoredZipEntryWhoseRecordedCompressedSizeIsWrong_FailsThatEntryOnly(int change, string reason)
    {
        var zip = Path.Combine(_directory, "sizes.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.NoCompression).Open());
                writer.Write(SamplePages.Text("article-a-en.txt"));
            }
        }

        var bytes = File.ReadAllBytes(zip);
        var central = FindCentralHeader(bytes, "b.txt");
        var compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(central + 20));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 20), (uint)(compressedSize + change));
        File.WriteAllBytes(zip, bytes);
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stderr.Should().Contain(zip + "!b.txt").And.Contain(reason).And.NotContain("a.txt").And.NotContain("c.txt");
        File.ReadAllText(output).Should().Be(string.Concat(Enumerable.Repeat(NewsPageJson.Serialize(NewsPageText.Parse(SamplePages.Bytes("article-a-en.txt"))) + "\n", 2)));
    }

    // The offset of the central directory header of the entry named so (its signature, then its name at byte 46).
    private static int FindCentralHeader(byte[] zip, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = zip.AsSpan().IndexOf("PK\u0001\u0002"u8); at >= 0;)
        {
            if (zip.AsSpan(at + 46).StartsWith(nameBytes))
            {
                return at;
            }

            var next = zip.AsSpan(at + 4).IndexOf("PK\u0001\u0002"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }

        throw new InvalidOperationException($"no central header for {name}");
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("")]
    public void Convert_FileNamedZipThatIsNotOne_IsOneClearFailure(string content)
    {
        var zip = Path.Combine(_directory, "broken.zip");
        File.WriteAllText(zip, content);

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", Path.Combine(_directory, "out.ndjson"), "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        run.Stderr.Should().Contain(zip).And.Contain("not a zip archive");
    }

    // Hostile archives: bytes of a valid zip overwritten at random, the end records and the central directory above all
    // (offsets, sizes and counts pointing anywhere). The reader must report, never throw: exit 0 or 1, never 2.
    // Hand-made end records that point outside the file: a Zip64 marker with no room for its locator, a directory past the end.
    [Theory]
    [InlineData("504B0506 0000 0000 FFFF FFFF 00000000 00000000 0000", "Zip64")]
    [InlineData("504B0506 0000 0000 0100 0100 2E000000 FFFFFF7F 0000", "past the end")]
    public void Convert_ZipWhoseEndRecordPointsNowhere_IsOneClearFailure(string endRecord, string reason)
    {
        var zip = Path.Combine(_directory, "nowhere.zip");
        File.WriteAllBytes(zip, Convert.FromHexString(endRecord.Replace(" ", string.Empty, StringComparison.Ordinal)));

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", Path.Combine(_directory, "out.ndjson"), "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors, run.Stderr);
        run.Stderr.Should().Contain(zip).And.Contain(reason);
    }

    [Fact]
    public void Convert_ZipWithRandomlyCorruptedStructure_NeverCrashes()
    {
        var valid = Path.Combine(_directory, "valid.zip");
        using (var archive = ZipFile.Open(valid, ZipArchiveMode.Create))
        {
            foreach (var (i, level) in new[] { CompressionLevel.NoCompression, CompressionLevel.Optimal }.Index())
            {
                using var writer = new StreamWriter(archive.CreateEntry($"p{i}.txt", level).Open());
                writer.Write(SamplePages.Text("tag-page-fr.txt"));
            }
        }

        var bytes = File.ReadAllBytes(valid);
        var directoryStart = bytes.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]) - 200;
        var random = new Random(20261202);
        var zip = Path.Combine(_directory, "hostile.zip");
        var output = Path.Combine(_directory, "out.ndjson");
        for (var round = 0; round < 500; round++)
        {
            var hostile = (byte[])bytes.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                // Mostly the central directory and the end records; sometimes anywhere; whole fields of all ones (the Zip64
                // markers) or zero, or a random byte.
                var at = random.Next(4) == 0 ? random.Next(hostile.Length) : random.Next(Math.Max(0, directoryStart), hostile.Length);
                var value = random.Next(3) switch { 0 => (byte)0xFF, 1 => (byte)0x00, _ => (byte)random.Next(256) };
                hostile.AsSpan(at, Math.Min(random.Next(2) == 0 ? 1 : 4, hostile.Length - at)).Fill(value);
            }

            File.WriteAllBytes(zip, round % 10 == 0 ? hostile[(hostile.Length - 22)..] : hostile);

            var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

            run.ExitCode.Should().BeOneOf([NewsModelCommand.ExitParsed, NewsModelCommand.ExitInputErrors], $"round {round}: {run.Stderr}");
        }
    }

    [Fact]
    public void Convert_Zip64ArchiveOfManyEntries_ReadsThePagesAfterTheFirst65535()
    {
        // More than 65,535 entries: .NET writes the Zip64 end records, whose entry count and offset the reader must take.
        var zip = Path.Combine(_directory, "many.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 65_600; i++)
            {
                archive.CreateEntry($"skip/{i}.bin", CompressionLevel.NoCompression);
            }

            using var writer = new StreamWriter(archive.CreateEntry("last.txt").Open());
            writer.Write(SamplePages.Text("article-b-ru.txt"));
        }

        File.ReadAllBytes(zip).AsSpan().IndexOf((ReadOnlySpan<byte>)[0x50, 0x4B, 0x06, 0x06]).Should().BePositive("the archive has a Zip64 end of central directory record");
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", zip, "--to", "ndjson", "--out", output, "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        File.ReadAllText(output).Should().Be(NewsPageJson.Serialize(NewsPageText.Parse(SamplePages.Bytes("article-b-ru.txt"))) + "\n");
    }

    [Fact]
    public void Convert_StdinPageTextToStdout_WritesOneNdjsonLine()
    {
        var run = CliRunner.RunWithStdin(SamplePages.Bytes("article-a-en.txt"), "convert", "-", "--out", "-", "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stdout.Should().Be(NewsPageJson.Serialize(NewsPageText.Parse(SamplePages.Bytes("article-a-en.txt"))) + "\n");
    }

    [Fact]
    public void Convert_StdinNdjsonToStdout_KeepsEveryRecord()
    {
        var ndjson = NewsPageJson.Serialize(JsonTestPages.GoldenTagPage) + "\n" + NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n";

        var run = CliRunner.RunWithStdin(Encoding.UTF8.GetBytes(ndjson), "convert", "-", "--out", "-", "--quiet");

        run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
        run.Stdout.Should().Be(ndjson);
    }

    [Fact]
    public void Convert_MissingInput_Exits2()
    {
        var run = CliRunner.Run("convert", Path.Combine(_directory, "nothing-here"), "--out", Path.Combine(_directory, "o.ndjson"));

        run.ExitCode.Should().Be(NewsModelCommand.ExitUsageOrIO);
        run.StderrLines.Should().ContainSingle().Which.Should().Contain("no such file or folder");
    }

    [Fact]
    public void Convert_TextToStdout_IsAUsageError()
        => CliRunner.Run("convert", "-", "--to", "text", "--out", "-").ExitCode.Should().Be(NewsModelCommand.ExitUsageOrIO);

    [Fact]
    public async Task Convert_CancelledMidway_Exits130_WithOnlyCompleteRecords()
    {
        // An endless NDJSON standard input: only the cancellation ends the run.
        using var cancellation = new CancellationTokenSource();
        using var stdin = TestStreams.Endless(Encoding.UTF8.GetBytes(NewsPageJson.Serialize(JsonTestPages.GoldenArticlePage) + "\n"));
        var output = Path.Combine(_directory, "out.ndjson");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var run = Task.Run(() => NewsModelCommand.Run(["convert", "-", "--out", output, "--quiet"], stdin, stdout, stderr, stderrIsTerminal: false, cancellation.Token));
        while (stdin.BytesRead < 2_000_000)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromMinutes(2));

        exitCode.Should().Be(130);
        var lines = File.ReadAllText(output).Split('\n');
        lines[^1].Should().BeEmpty("the file ends with a complete record and its line end");
        lines[..^1].Should().NotBeEmpty().And.AllSatisfy(line => NewsPageJson.Deserialize(line).Should().Be(JsonTestPages.GoldenArticlePage));
    }

    [Fact]
    public void Convert_RedirectedStderr_PrintsPlainLinesOnly()
    {
        var input = Corpus(("a.txt", SamplePages.Text("article-a-en.txt")));

        var run = CliRunner.Run("convert", input, "--out", Path.Combine(_directory, "o.ndjson"));

        run.Stderr.Should().NotContain("\u001b[", "no terminal control sequences go to a redirected standard error");
    }

    [Fact]
    public void ConvertHelp_To_TakesNdjsonAndEveryFormatOfParse()
    {
        var parseFormats = HelpValues(CliRunner.Run("parse", "--help").Stdout, "--format");
        var convertFormats = HelpValues(CliRunner.Run("convert", "--help").Stdout, "--to");

        parseFormats.Should().Contain(["json", "text"]);
        convertFormats.Should().Equal(["ndjson", .. parseFormats]);
    }

    [Fact]
    public void Convert_ToEveryFormatOfParse_WritesForEachPageWhatParsePrints()
    {
        var names = new[] { "article-a-en.txt", "tag-page-fr.txt", "article-b-ru.txt" };
        var input = Corpus([.. names.Select(name => (name, SamplePages.Text(name)))]);

        foreach (var format in HelpValues(CliRunner.Run("parse", "--help").Stdout, "--format"))
        {
            var output = Path.Combine(_directory, "out-" + format);
            var run = CliRunner.Run("convert", input, "--to", format, "--out", output, "--quiet");

            run.ExitCode.Should().Be(NewsModelCommand.ExitParsed, run.Stderr);
            var files = Directory.EnumerateFiles(output).Order(StringComparer.Ordinal).ToArray();
            // The file's name is the input's, with the format's extension (.json, .ninjs.json, ...).
            var extension = Path.GetExtension(files[0]) is ".json" && Path.GetExtension(Path.GetFileNameWithoutExtension(files[0])) is { Length: > 0 } inner ? inner + ".json" : Path.GetExtension(files[0]);
            string BaseName(string file) => Path.GetFileName(file)[..^extension.Length];
            files.Should().OnlyContain(file => file.EndsWith(extension, StringComparison.Ordinal));
            files.Select(BaseName).Should().Equal(["article-a-en", "article-b-ru", "tag-page-fr"], format);
            foreach (var file in files)
            {
                var parse = CliRunner.Run("parse", Path.Combine(input, BaseName(file) + ".txt"), "--format", format);
                File.ReadAllText(file).Should().Be(parse.Stdout, $"convert --to {format} writes what parse --format {format} prints");
            }
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Convert_FailuresAcrossBatchBoundaries_AreReportedInInputOrder_AndTheRestConverted(string parallel)
    {
        // More than three batches of 32 pages, with bad pages at the edges of batches.
        var bad = new HashSet<int> { 0, 31, 32, 63, 64, 99 };
        var files = Enumerable.Range(0, 100).Select(i => ($"p{i:D3}" + (bad.Contains(i) ? ".json" : ".txt"), bad.Contains(i) ? "{\"schemaVersion\":1,\"uiLanguage\":" + i + "}" : SamplePages.Text("article-a-en.txt"))).ToArray();
        var input = Corpus(files);
        var output = Path.Combine(_directory, "out.ndjson");

        var run = CliRunner.Run("convert", input, "--out", output, "--parallel", parallel);

        run.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        File.ReadAllText(output).Should().Be(Expected([.. files.Where(file => file.Item1.EndsWith(".txt", StringComparison.Ordinal)).Select(file => file.Item1)]));
        run.StderrLines.Where(line => line.Contains("NM3002", StringComparison.Ordinal)).Select(line => Path.GetFileName(line[..line.IndexOf(':', StringComparison.Ordinal)]))
            .Should().Equal(bad.Order().Select(i => $"p{i:D3}.json"));
        run.StderrLines[^1].Should().StartWith("Converted 100 pages (6 failed; 0 warnings, 6 errors)");
    }

    [Fact]
    public void Convert_PageFileLargerThanTheFirstRead_IsReadWhole_AndOneOverTheLimitIsReported()
    {
        // Page files are read into a buffer that doubles from 16 KiB: a page of several times that must arrive whole.
        var large = NewsPageText.Write(new NewsPage
        {
            Article = new NewsArticle { Headline = "A long read", Summary = "A lead.", Body = [.. Enumerable.Range(0, 1000).Select(i => $"Paragraph {i} of a long article, with ìròyìn and новости.")] },
        });
        Encoding.UTF8.GetByteCount(large).Should().BeGreaterThan(3 * 16 * 1024);
        var input = Corpus(("large.txt", large), ("small.txt", SamplePages.Text("article-a-en.txt")));
        var output = Path.Combine(_directory, "out.ndjson");

        var whole = CliRunner.Run("convert", input, "--out", output, "--quiet");
        whole.ExitCode.Should().Be(NewsModelCommand.ExitParsed, whole.Stderr);
        File.ReadAllText(output).Should().Be(Expected("large.txt", "small.txt"));

        var limited = CliRunner.Run("convert", input, "--out", output, "--max-input-length", "20000", "--quiet");
        limited.ExitCode.Should().Be(NewsModelCommand.ExitInputErrors);
        limited.StderrLines.Should().ContainSingle().Which.Should().StartWith(Path.Combine(input, "large.txt") + ":").And.Contain("NM1001");
        File.ReadAllText(output).Should().Be(Expected("small.txt"));
    }

    // The values an option's help lists: "--to <ndjson|json|text>" gives ndjson, json, text.
    private static string[] HelpValues(string help, string option)
    {
        var line = help.Split('\n').Single(l => l.TrimStart().StartsWith('-') && l.Contains(option + " <", StringComparison.Ordinal));
        var start = line.IndexOf('<', StringComparison.Ordinal) + 1;
        return line[start..line.IndexOf('>', start)].Split('|');
    }

    private static string JsonOf(NewsPage page)
        => NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    private string Corpus(params (string Name, string Content)[] files)
    {
        var root = Path.Combine(_directory, "in");
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return root;
    }

    private string Expected(params string[] names)
        => string.Concat(names.Select(name =>
        {
            var path = Path.Combine(_directory, "in", name);
            var page = name.EndsWith(".json", StringComparison.Ordinal) ? NewsPageJson.Deserialize(File.ReadAllText(path)) : NewsPageText.Parse(File.ReadAllBytes(path));
            return NewsPageJson.Serialize(page) + "\n";
        }));
}
