using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NewsModel.Cli.Convert;

/// <summary>
/// Reads the entries of a zip archive one at a time, in central-directory order (the order of
/// <see cref="ZipArchive.Entries"/>), holding only the current entry: <see cref="ZipArchive"/> keeps an object for every
/// entry of the archive, so that its memory grows with the number of pages. Stored and deflated entries, Zip64 sizes and
/// offsets; each entry's CRC-32 is checked.
/// </summary>
/// <remarks>
/// A damaged archive does not throw: an entry that cannot be read (an unknown compression method, encryption, a wrong
/// checksum, data cut short) is that entry's failure and the next entries are read; a central directory that cannot be
/// read is one failure, which ends the listing.
/// </remarks>
internal static class ZipEntries
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

    /// <summary>One entry: its name in the archive and its content (at most the limit's bytes), or why it could not be read.</summary>
    public readonly record struct Entry(string Name, byte[]? Content, string? Failure);

    /// <summary>The entries whose names <paramref name="wanted"/> accepts, each read to at most <paramref name="limit"/> bytes.</summary>
    public static IEnumerable<Entry> Read(string path, Func<string, bool> wanted, long limit)
    {
        using var directory = OpenSequential(path);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var file = new Archive(handle, RandomAccess.GetLength(handle));
        using var data = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
        foreach (var (header, failure) in CentralDirectory(directory))
        {
            if (failure is not null)
            {
                yield return new Entry(string.Empty, null, failure);
                yield break;
            }

            if (wanted(header.Name))
            {
                yield return (header.Flags & 1) != 0 ? new Entry(header.Name, null, "the entry is encrypted")
                    : header.Method is not (Stored or Deflated) ? new Entry(header.Name, null, $"compression method {header.Method} is not supported (only stored and deflated entries are)")
                    : ReadEntry(file, data, header, limit);
            }
        }
    }

    /// <summary>How many entries <paramref name="wanted"/> accepts (the central directory alone is read); those before any damage.</summary>
    public static long Count(string path, Func<string, bool> wanted)
    {
        using var directory = OpenSequential(path);
        return CentralDirectory(directory).TakeWhile(item => item.Failure is null).LongCount(item => wanted(item.Header.Name));
    }

    private static FileStream OpenSequential(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    /// <summary>What the central directory says of an entry.</summary>
    private readonly record struct CentralHeader(string Name, ushort Flags, ushort Method, uint Crc, long Size, long CompressedSize, long LocalOffset);

    // The central directory's headers in order, one at a time; a damaged directory ends with its failure.
    private static IEnumerable<(CentralHeader Header, string? Failure)> CentralDirectory(FileStream directory)
    {
        var (count, offset, failure) = FindCentralDirectory(directory);
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
                localOffset), null);
        }
    }

    private static (long Count, long Offset, string? Failure) FindCentralDirectory(FileStream file)
    {
        // The end record is the last 22 bytes but for a comment of up to 65,535 bytes.
        var tailLength = (int)Math.Min(file.Length, EndOfCentralDirectoryLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        file.Position = file.Length - tailLength;
        if (!TryReadExactly(file, tail))
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

    // Stored entries are read from the handle at their offset, with no stream in between (most archives of pages are
    // stored, and a buffered stream copied each one twice); deflated ones through the inflater over the stream.
    private static Entry ReadEntry(Archive file, FileStream data, CentralHeader header, long limit)
    {
        var (name, size) = (header.Name, header.Size);
        try
        {
            Span<byte> local = stackalloc byte[LocalHeaderLength];
            if (!TryReadAt(file, header.LocalOffset, local) || BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeaderSignature)
            {
                return new Entry(name, null, "the entry's local header is missing");
            }

            // The offset was read (so it lies within the file): the data's start cannot overflow.
            var start = header.LocalOffset + LocalHeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
            if (header.Method == Stored)
            {
                return ReadStored(file, header, start, limit);
            }

            data.Position = start;
            var wanted = (int)Math.Min(size, limit);
            var content = new byte[wanted];
            using var compressed = new BoundedReadStream(data, header.CompressedSize);
            using var source = header.Method == Deflated ? new DeflateStream(compressed, CompressionMode.Decompress, leaveOpen: true) : (Stream)compressed;
            if (!TryReadExactly(source, content))
            {
                return new Entry(name, null, "the entry's data is cut short");
            }

            // Read whole, the entry must be its recorded size (one read past it tells that nothing follows) and checksum.
            if (wanted == size && source.ReadByte() >= 0)
            {
                return new Entry(name, null, "the entry's data is longer than its recorded size");
            }

            if (wanted == size && Crc32.HashToUInt32(content) != header.Crc)
            {
                return new Entry(name, null, "the entry's data does not match its CRC-32");
            }

            return new Entry(name, content, null);
        }
        catch (InvalidDataException exception)
        {
            return new Entry(name, null, $"the entry's data cannot be inflated: {exception.Message}");
        }
    }

    // A stored entry's data is its content: the same checks as through a stream (cut short, longer than recorded, CRC-32).
    private static Entry ReadStored(Archive file, CentralHeader header, long start, long limit)
    {
        var (name, size) = (header.Name, header.Size);
        var wanted = (int)Math.Min(size, limit);
        var content = new byte[wanted];
        if (header.CompressedSize < wanted || !TryReadAt(file, start, content))
        {
            return new Entry(name, null, "the entry's data is cut short");
        }

        if (wanted == size && header.CompressedSize > size)
        {
            return new Entry(name, null, "the entry's data is longer than its recorded size");
        }

        return wanted == size && Crc32.HashToUInt32(content) != header.Crc
            ? new Entry(name, null, "the entry's data does not match its CRC-32")
            : new Entry(name, content, null);
    }

    // A read at an offset from the archive's own fields: one past the end (or negative) reads nothing, rather than throws.
    private static bool TryReadAt(FileStream file, long offset, Span<byte> buffer)
    {
        if (offset < 0 || offset > file.Length - buffer.Length)
        {
            return false;
        }

        file.Position = offset;
        return TryReadExactly(file, buffer);
    }

    /// <summary>The archive's handle for reads at offsets, and its length (asked once: each ask is a system call).</summary>
    private readonly record struct Archive(SafeFileHandle Handle, long Length);

    // The same on the handle: RandomAccess may read less than asked before the end, so it reads until full or the end.
    private static bool TryReadAt(Archive file, long offset, Span<byte> buffer)
    {
        if (offset < 0 || offset > file.Length - buffer.Length)
        {
            return false;
        }

        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(file.Handle, buffer, offset);
            if (read == 0)
            {
                return false;
            }

            buffer = buffer[read..];
            offset += read;
        }

        return true;
    }

    private static bool TryReadExactly(Stream stream, Span<byte> buffer) => stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;

    /// <summary>The next <c>length</c> bytes of a stream, and no more (an inflater reads ahead).</summary>
    private sealed class BoundedReadStream(Stream inner, long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _left)]);
            _left -= read;
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
