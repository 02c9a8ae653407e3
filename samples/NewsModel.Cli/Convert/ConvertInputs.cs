
namespace NewsModel.Cli.Convert;

/// <summary>What a page file holds.</summary>
internal enum PageFileKind
{
    /// <summary>The site's page text (<c>.txt</c>).</summary>
    Text,

    /// <summary>NewsModel's canonical JSON of one page (<c>.json</c>).</summary>
    Json,

    /// <summary>schema.org JSON-LD of one page (<c>.jsonld</c>).</summary>
    JsonLd,

    /// <summary>An IPTC ninjs item (<c>.ninjs.json</c>, <c>.ninjs2.json</c>: the names <c>convert --to ninjs|ninjs2</c> writes).</summary>
    Ninjs,
}

/// <summary>One page to convert, in input order: where it comes from (for diagnostics), the name its output file gets, and its content.</summary>
internal abstract record ConvertItem(string Source, string OutputName);

/// <summary>A page file on disk, read by the worker that converts it.</summary>
internal sealed record FileItem(string Source, string OutputName, string Path, PageFileKind Kind) : ConvertItem(Source, OutputName);

/// <summary>A page entry of a zip archive, listed by the producer and read (inflated, checked) by the worker that converts it.</summary>
internal sealed record ZipEntryItem(string Source, string OutputName, ZipEntries Archive, ZipEntries.Listing Listing, PageFileKind Kind) : ConvertItem(Source, OutputName);

/// <summary>A page already in memory (standard input).</summary>
internal sealed record BytesItem(string Source, string OutputName, byte[] Bytes, PageFileKind Kind) : ConvertItem(Source, OutputName);

/// <summary>An input that could not be read (a damaged zip entry, say): converting it fails with the reason.</summary>
internal sealed record FailedItem(string Source, string OutputName, string Failure) : ConvertItem(Source, OutputName);

/// <summary>A record's line of an NDJSON input, split off by the producer and read by the worker that converts it.</summary>
internal sealed record LineItem(string Source, string OutputName, NewsPageNdjsonLine Line) : ConvertItem(Source, OutputName);

/// <summary>
/// The pages of a <c>convert</c> input, in a deterministic order: a folder walked recursively (folders and files in
/// ordinal order of their names), an NDJSON file, a <c>.zip</c> (in archive order), one page file, or standard input (an
/// NDJSON stream when it starts with <c>{</c>, else one page's text). Enumerated lazily: only the current folder's
/// listing and the current item are held.
/// </summary>
/// <remarks>Dispose it once the items are converted: a zip's entries are read from the archive it keeps open.</remarks>
internal sealed class ConvertInputs : IDisposable
{
    private readonly List<IDisposable> _opened = [];
    private readonly string _input;
    private readonly Stream _stdin;
    private readonly int _maxInputLength;

    public ConvertInputs(string input, Stream stdin, int maxInputLength)
    {
        _input = input;
        _stdin = stdin;
        _maxInputLength = maxInputLength;
    }

    /// <summary>Why the input cannot be read at all, or <see langword="null"/>.</summary>
    public string? Problem => _input == "-" || Directory.Exists(_input) || File.Exists(_input) ? null : $"'{_input}': no such file or folder";

    /// <summary>The number of pages, when it can be known cheaply beforehand (for the progress bar's ETA); else <see langword="null"/>.</summary>
    public long? CountPages()
    {
        if (_input == "-")
        {
            return null;
        }

        if (Directory.Exists(_input))
        {
            return Directory.EnumerateFiles(_input, "*", SearchOption.AllDirectories).LongCount(path => KindOf(path) is not null);
        }

        if (IsNdjson(_input))
        {
            // Lines holding a record: one fast pass over the bytes.
            using var stream = File.OpenRead(_input);
            var buffer = new byte[64 * 1024];
            long lines = 0;
            int read;
            var last = (byte)'\n';
            while ((read = stream.Read(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            return lines + (last == '\n' ? 0 : 1);
        }

        if (IsZip(_input))
        {
            return ZipEntries.Count(_input, name => KindOf(name) is not null);
        }

        return 1;
    }

    /// <summary>Closes what the enumeration opened for the workers (a zip archive).</summary>
    public void Dispose()
    {
        lock (_opened)
        {
            foreach (var opened in _opened)
            {
                opened.Dispose();
            }

            _opened.Clear();
        }
    }

    public IEnumerable<ConvertItem> Enumerate()
    {
        if (_input == "-")
        {
            return FromStdin();
        }

        if (Directory.Exists(_input))
        {
            // Opened by full path: a relative one costs the process a system call (getcwd) a page to resolve.
            return FromFolder(Path.GetFullPath(_input), _input, string.Empty);
        }

        if (IsNdjson(_input))
        {
            return FromNdjson(File.OpenRead(_input), _input, Path.GetFileNameWithoutExtension(_input));
        }

        if (IsZip(_input))
        {
            return FromZip(_input);
        }

        return [new FileItem(_input, Path.GetFileNameWithoutExtension(_input), _input, KindOf(_input) ?? PageFileKind.Text)];
    }

    /// <summary>The kind of a page file by its extension, or <see langword="null"/> for a file that is not a page.</summary>
    public static PageFileKind? KindOf(string path)
        => path.EndsWith(".ninjs.json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ninjs2.json", StringComparison.OrdinalIgnoreCase) ? PageFileKind.Ninjs
            : path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? PageFileKind.Text
            : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? PageFileKind.Json
            : path.EndsWith(".jsonld", StringComparison.OrdinalIgnoreCase) ? PageFileKind.JsonLd
            : null;

    private static bool IsNdjson(string path) => Path.GetExtension(path).ToUpperInvariant() is ".NDJSON" or ".JSONL";

    private static bool IsZip(string path) => Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase);

    // A folder's pages: read from the full path, shown (in diagnostics) by the path as the user gave it.
    private static IEnumerable<ConvertItem> FromFolder(string folder, string shownFolder, string relative)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (KindOf(file) is { } kind)
            {
                var fileName = Path.GetFileName(file);
                var name = Path.Combine(relative, Path.GetFileNameWithoutExtension(fileName));
                yield return new FileItem(Path.Combine(shownFolder, fileName), name, file, kind);
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var childName = Path.GetFileName(child);
            foreach (var item in FromFolder(child, Path.Combine(shownFolder, childName), Path.Combine(relative, childName)))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<ConvertItem> FromNdjson(Stream stream, string source, string baseName)
    {
        using (stream)
        {
            // Only split here: the workers read the lines, so that one thread does not parse every page of the file.
            foreach (var line in NewsPageNdjson.ReadLines(stream, new NewsPageJsonOptions { MaxInputLength = _maxInputLength }))
            {
                yield return new LineItem(source, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{baseName}-{line.LineNumber}"), line);
            }
        }
    }

    private IEnumerable<ConvertItem> FromZip(string path)
    {
        // Opened on the first item, closed when the inputs are disposed: the workers read the entries after they are listed.
        var archive = ZipEntries.Open(path);
        lock (_opened)
        {
            _opened.Add(archive);
        }

        foreach (var listing in archive.List(name => KindOf(name) is not null))
        {
            var source = listing.Name.Length == 0 ? path : path + "!" + listing.Name;
            var name = Path.ChangeExtension(listing.Name, null);
            yield return listing.Failure is { } failure
                ? new FailedItem(source, name, failure)
                : new ZipEntryItem(source, name, archive, listing, KindOf(listing.Name)!.Value);
        }
    }

    private IEnumerable<ConvertItem> FromStdin()
    {
        // NDJSON when the first byte that is not white space opens an object; else one page's text.
        var start = new byte[4096];
        var length = 0;
        int read;
        while (length < start.Length && (read = _stdin.Read(start, length, start.Length - length)) > 0)
        {
            length += read;
        }

        var prefix = start.AsSpan(0, length).TrimStart(" \t\r\n\uFEFF"u8);
        var whole = new ConcatStream(start.AsMemory(0, length), _stdin);
        if (!prefix.IsEmpty && prefix[0] == '{')
        {
            return FromNdjson(whole, NewsModelCommand.StdinName, "stdin");
        }

        return [new BytesItem(NewsModelCommand.StdinName, "stdin", ReadAtMost(whole, _maxInputLength + 1L), PageFileKind.Text)];
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes already read from a stream, then the rest of it.</summary>
    private sealed class ConcatStream(ReadOnlyMemory<byte> first, Stream rest) : Stream
    {
        private ReadOnlyMemory<byte> _first = first;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_first.IsEmpty)
            {
                return rest.Read(buffer);
            }

            var count = Math.Min(buffer.Length, _first.Length);
            _first.Span[..count].CopyTo(buffer);
            _first = _first[count..];
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
