using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsModel.Cli.Convert;

/// <summary>
/// A zip archive open for reading: its entries listed one at a time, in central-directory order (the order of
/// <see cref="ZipArchive.Entries"/>), and each read on its own, on any thread (<c>convert</c>'s workers inflate and check
/// the entries, not the one thread that lists them). Nothing is kept per entry: <see cref="ZipArchive"/> keeps an object
/// for every entry of the archive, so that its memory grows with the number of pages. Stored and deflated entries, Zip64
/// sizes and offsets; each entry's CRC-32 is checked.
/// </summary>
/// <remarks>
/// A damaged archive does not throw: an entry that cannot be read (an unknown compression method, encryption, a wrong
/// checksum, data cut short) is that entry's failure and the next entries are read; a central directory that cannot be
/// read is one failure, which ends the listing.
/// </remarks>
internal sealed class ZipEntries : IDisposable
{
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndOfCentralDirectorySignature = 0x06064b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint LocalHeaderSignature = 0x04034b50;
    private const int EndOfCentralDirectoryLength = 22;
    private const int CentralHeaderLength = 46;
    private const int LocalHeaderLength = 30;
    private const ushort Stored = 0;
    private const ushort Deflated = 8;

    private readonly string _path;
    private readonly Archive _file;

    private ZipEntries(string path, SafeFileHandle handle)
    {
        _path = path;
        _file = new Archive(handle, RandomAccess.GetLength(handle));
    }

    /// <summary>Opens the archive for <see cref="List"/> and <see cref="Read"/>; the caller disposes it once every read is done.</summary>
    public static ZipEntries Open(string path) => new(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read));

    /// <summary>One entry: its name in the archive and its content (at most the limit's bytes), or why it could not be read.</summary>
    public readonly record struct Entry(string Name, byte[]? Content, string? Failure);

    /// <summary>
    /// An entry as the central directory lists it: its name and where its data lies, for <see cref="Read"/>; or a failure
    /// that needs no reading (a damaged directory, with no name; an encrypted entry; an unknown compression method).
    /// </summary>
    public readonly record struct Listing(string Name, string? Failure)
    {
        internal CentralHeader Header { get; init; }
    }

    /// <summary>
    /// The entries whose names <paramref name="wanted"/> accepts, in central-directory order, one header at a time; a
    /// damaged directory ends with its failure. Listing reads no entry's data: <see cref="Read"/> does, on any thread.
    /// </summary>
    public IEnumerable<Listing> List(Func<string, bool> wanted)
    {
        using var directory = OpenSequential(_path);
        foreach (var (header, failure) in CentralDirectory(_file, directory))
        {
            if (failure is not null)
            {
                yield return new Listing(string.Empty, failure);
                yield break;
            }

            if (wanted(header.Name))
            {
                yield return (header.Flags & 1) != 0 ? new Listing(header.Name, "the entry is encrypted")
                    : header.Method is not (Stored or Deflated) ? new Listing(header.Name, $"compression method {header.Method} is not supported (only stored and deflated entries are)")
                    : new Listing(header.Name, null) { Header = header };
            }
        }
    }

    /// <summary>
    /// Reads a listed entry to at most <paramref name="limit"/> bytes, checking its sizes and CRC-32. Safe on any number of
    /// threads at once: every read is at an offset of the one handle, with nothing shared between reads.
    /// </summary>
    public Entry Read(Listing listing, long limit)
        => listing.Failure is not null ? new Entry(listing.Name, null, listing.Failure) : ReadEntry(_file, listing.Header, limit);

    /// <summary>How many entries <paramref name="wanted"/> accepts (the central directory alone is read); those before any damage.</summary>
    public static long Count(string path, Func<string, bool> wanted)
    {
        using var archive = Open(path);
        using var directory = OpenSequential(path);
        return CentralDirectory(archive._file, directory).TakeWhile(item => item.Failure is null).LongCount(item => wanted(item.Header.Name));
    }

    /// <summary>Closes the archive.</summary>
    public void Dispose() => _file.Handle.Dispose();

    private static FileStream OpenSequential(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    /// <summary>What the central directory says of an entry (<c>VariableLength</c>: its name's and extra field's lengths, which the local header's usually are too).</summary>
    internal readonly record struct CentralHeader(string Name, ushort Flags, ushort Method, uint Crc, long Size, long CompressedSize, long LocalOffset, int VariableLength);

    // The central directory's headers in order, one at a time, read through a buffered stream of the archive; a damaged
    // directory ends with its failure.
    private static IEnumerable<(CentralHeader Header, string? Failure)> CentralDirectory(Archive file, FileStream directory)
    {
        var (count, offset, failure) = FindCentralDirectory(file);
        if (failure is not null)
        {
            yield return (default, failure);
            yield break;
        }

        directory.Position = offset;
        var header = new byte[CentralHeaderLength];
        for (long i = 0; i < count; i++)
        {
            if (!TryReadExactly(directory, header) || BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeaderSignature)
            {
                yield return (default, $"the central directory is damaged at entry {i + 1} of {count}");
                yield break;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
            var variable = new byte[nameLength + extraLength + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32))];
            if (!TryReadExactly(directory, variable))
            {
                yield return (default, $"the central directory is cut short at entry {i + 1} of {count}");
                yield break;
            }

            long compressedSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(20));
            long size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(24));
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(42));
            ReadZip64Sizes(variable.AsSpan(nameLength, extraLength), ref size, ref compressedSize, ref localOffset);
            yield return (new CentralHeader(
                Encoding.UTF8.GetString(variable, 0, nameLength),
                BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8)),
                BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(10)),
                BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(16)),
                size,
                compressedSize,
                localOffset,
                nameLength + extraLength), null);
        }
    }

    private static (long Count, long Offset, string? Failure) FindCentralDirectory(Archive file)
    {
        // The end record is the last 22 bytes but for a comment of up to 65,535 bytes.
        var tailLength = (int)Math.Min(file.Length, EndOfCentralDirectoryLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        if (!TryReadAt(file, file.Length - tailLength, tail))
        {
            return (0, 0, "the archive could not be read to its end");
        }

        for (var at = tailLength - EndOfCentralDirectoryLength; at >= 0; at--)
        {
            var record = tail.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndOfCentralDirectorySignature
                || at + EndOfCentralDirectoryLength + BinaryPrimitives.ReadUInt16LittleEndian(record[20..]) > tailLength)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
            if (count == ushort.MaxValue || offset == uint.MaxValue)
            {
                // Zip64: the locator just before the end record gives where the Zip64 end record is.
                var recordPosition = file.Length - tailLength + at;
                var locator = new byte[20];
                var zip64 = new byte[56];
                if (recordPosition < locator.Length || !TryReadAt(file, recordPosition - locator.Length, locator) || BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
                {
                    return (0, 0, "the Zip64 end of central directory locator is missing");
                }

                if (!TryReadAt(file, (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8)), long.MaxValue), zip64) || BinaryPrimitives.ReadUInt32LittleEndian(zip64) != Zip64EndOfCentralDirectorySignature)
                {
                    return (0, 0, "the Zip64 end of central directory record is missing");
                }

                count = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(32)), long.MaxValue);
                offset = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip64.AsSpan(48)), long.MaxValue);
            }

            return offset > file.Length ? (0, 0, "the central directory lies past the end of the archive") : (count, offset, null);
        }

        return (0, 0, "not a zip archive (no end of central directory record)");
    }

    // The Zip64 extra field holds, in this order, the members whose 32-bit field is all ones.
    private static void ReadZip64Sizes(ReadOnlySpan<byte> extra, ref long size, ref long compressedSize, ref long localOffset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]), extra.Length - 4);
            var field = extra.Slice(4, length);
            if (id == 1)
            {
                size = Take(ref field, size);
                compressedSize = Take(ref field, compressedSize);
                localOffset = Take(ref field, localOffset);
                return;
            }

            extra = extra[(4 + length)..];
        }

        static long Take(ref ReadOnlySpan<byte> field, long value)
        {
            if (value != uint.MaxValue || field.Length < 8)
            {
                return value;
            }

            value = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(field), long.MaxValue);
            field = field[8..];
            return value;
        }
    }

    // Data up to this size is read with its local header in one system call, into a pooled buffer; larger data is read
    // (or inflated) from the file after the header.
    private const int OneReadLimit = 256 * 1024;

    // How much longer than the central directory's the local header's name and extra field may be for that one read to
    // hold the data too (timestamps are often longer there); longer ones cost a second read.
    private const int LocalExtraSlack = 64;

    // An entry's local header and data, in one read for a page-sized entry (its data then comes from the buffer), else in
    // two. Stored data is the content itself; deflated data goes through the inflater. Either way the same checks.
    private static Entry ReadEntry(Archive file, CentralHeader header, long limit)
    {
        var name = header.Name;
        var dataLength = header.Method == Stored ? Math.Min(header.CompressedSize, limit) : header.CompressedSize;
        var headerGuess = LocalHeaderLength + header.VariableLength + LocalExtraSlack;
        byte[]? buffer = null;
        try
        {
            int read;
            if (dataLength <= OneReadLimit)
            {
                buffer = ArrayPool<byte>.Shared.Rent(headerGuess + (int)dataLength);
                read = ReadAvailable(file, header.LocalOffset, buffer.AsSpan(0, headerGuess + (int)dataLength));
            }
            else
            {
                buffer = ArrayPool<byte>.Shared.Rent(LocalHeaderLength);
                read = ReadAvailable(file, header.LocalOffset, buffer.AsSpan(0, LocalHeaderLength));
            }

            if (read < LocalHeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(buffer) != LocalHeaderSignature)
            {
                return new Entry(name, null, "the entry's local header is missing");
            }

            // The offset was read (so it lies within the file): the data's start cannot overflow.
            var dataOffset = LocalHeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
            var start = header.LocalOffset + dataOffset;
            var inBuffer = dataOffset + dataLength <= read ? buffer.AsMemory(dataOffset, (int)dataLength) : (ReadOnlyMemory<byte>?)null;
            if (header.Method == Stored)
            {
                return ReadStored(file, header, start, limit, inBuffer);
            }

            using var compressed = inBuffer is { } data ? new MemoryStream(buffer, dataOffset, data.Length, writable: false) : (Stream)new SegmentStream(file, start, header.CompressedSize);
            return Inflate(header, limit, compressed);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static Entry Inflate(CentralHeader header, long limit, Stream compressed)
    {
        var (name, size) = (header.Name, header.Size);
        try
        {
            var wanted = (int)Math.Min(size, limit);
            var content = new byte[wanted];
            using var source = new DeflateStream(compressed, CompressionMode.Decompress, leaveOpen: true);
            if (!TryReadExactly(source, content))
            {
                return new Entry(name, null, "the entry's data is cut short");
            }

            // Read whole, the entry must be its recorded size (one read past it tells that nothing follows) and checksum.
            if (wanted == size && source.ReadByte() >= 0)
            {
                return new Entry(name, null, "the entry's data is longer than its recorded size");
            }

            return wanted == size && Crc32.HashToUInt32(content) != header.Crc
                ? new Entry(name, null, "the entry's data does not match its CRC-32")
                : new Entry(name, content, null);
        }
        catch (InvalidDataException exception)
        {
            return new Entry(name, null, $"the entry's data cannot be inflated: {exception.Message}");
        }
    }

    // A stored entry's data is its content: the same checks as through a stream (cut short, longer than recorded, CRC-32).
    private static Entry ReadStored(Archive file, CentralHeader header, long start, long limit, ReadOnlyMemory<byte>? inBuffer)
    {
        var (name, size) = (header.Name, header.Size);
        var wanted = (int)Math.Min(size, limit);
        if (header.CompressedSize < wanted)
        {
            return new Entry(name, null, "the entry's data is cut short");
        }

        byte[] content;
        if (inBuffer is { } data)
        {
            content = data.Span[..wanted].ToArray();
        }
        else
        {
            content = new byte[wanted];
            if (!TryReadAt(file, start, content))
            {
                return new Entry(name, null, "the entry's data is cut short");
            }
        }

        if (wanted == size && header.CompressedSize > size)
        {
            return new Entry(name, null, "the entry's data is longer than its recorded size");
        }

        return wanted == size && Crc32.HashToUInt32(content) != header.Crc
            ? new Entry(name, null, "the entry's data does not match its CRC-32")
            : new Entry(name, content, null);
    }

    /// <summary>The archive's handle for reads at offsets, and its length (asked once: each ask is a system call).</summary>
    private readonly record struct Archive(SafeFileHandle Handle, long Length);

    // A read at an offset from the archive's own fields: one past the end (or negative) reads nothing, rather than throws.
    private static bool TryReadAt(Archive file, long offset, Span<byte> buffer)
        => offset >= 0 && offset <= file.Length - buffer.Length && ReadAvailable(file, offset, buffer) == buffer.Length;

    // What the archive holds from an offset, up to the buffer's length: RandomAccess may read less than asked before the
    // end, so it reads until the buffer is full or the end. An offset outside the archive reads nothing.
    private static int ReadAvailable(Archive file, long offset, Span<byte> buffer)
    {
        if (offset < 0 || offset > file.Length)
        {
            return 0;
        }

        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file.Handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static bool TryReadExactly(Stream stream, Span<byte> buffer) => stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;

    /// <summary>
    /// The <c>length</c> bytes of the archive from <c>start</c>, and no more (an inflater reads ahead), read at offsets of
    /// the handle: each entry has its own, so that threads can inflate entries of one archive at once.
    /// </summary>
    private sealed class SegmentStream(Archive file, long start, long length) : Stream
    {
        private long _position = start;

        // Where the data ends, never past the archive's end (a recorded size of up to 2^63 - 1 must not overflow).
        private readonly long _end = length > file.Length - start ? file.Length : start + Math.Max(0, length);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var wanted = (int)Math.Min(buffer.Length, _end - _position);
            if (wanted <= 0)
            {
                return 0;
            }

            var read = RandomAccess.Read(file.Handle, buffer[..wanted], _position);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
