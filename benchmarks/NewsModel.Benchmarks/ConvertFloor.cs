using System.Buffers.Binary;
using System.Diagnostics;
using System.Text.Unicode;

namespace NewsModel.Benchmarks;

/// <summary>
/// The floor of text → NDJSON on a machine: only the work every converter to a model of strings must do. It reads each page
/// (one file at a time from a folder, or each stored entry of a zip), decodes it to UTF-16, encodes it back to UTF-8 and
/// writes it; no parsing, no model, no JSON. <c>benchmarks/scale-benchmark.sh</c> runs it beside <c>newsmodel convert</c>
/// on the same input and the same core, so the ratio of the two says what the parser and the writer cost whatever the
/// machine's speed at that moment.
/// </summary>
/// <remarks>
/// Run as <c>dotnet NewsModel.Benchmarks.dll convert-floor &lt;folder-or-stored-zip&gt; &lt;output&gt;</c>. The zip walk
/// reads local headers in order and handles stored entries only (what the scale script writes): strictly less work than
/// the CLI's reader, as a floor should be.
/// </remarks>
internal static class ConvertFloor
{
    public static int Run(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        var chars = new char[1 << 20];
        var bytes = new byte[3 << 20];
        var page = new byte[1 << 20];
        var pages = 0;
        using var target = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

        void Convert(ReadOnlySpan<byte> utf8)
        {
            Utf8.ToUtf16(utf8, chars, out _, out var decoded);
            Utf8.FromUtf16(chars.AsSpan(0, decoded), bytes, out _, out var encoded);
            target.Write(bytes, 0, encoded);
            pages++;
        }

        if (input.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = File.OpenHandle(input);
            var header = new byte[30];
            long offset = 0;
            while (RandomAccess.Read(zip, header, offset) == header.Length && BinaryPrimitives.ReadUInt32LittleEndian(header) == 0x04034b50)
            {
                var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(18));
                var data = offset + header.Length + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28));
                var read = RandomAccess.Read(zip, page.AsSpan(0, size), data);
                offset = data + size;
                if (size > 0)
                {
                    Convert(page.AsSpan(0, read));
                }
            }
        }
        else
        {
            // Paths in ordinal order: the CLI's order but for where a folder's files fall against its subfolders; the same work.
            var files = Directory.GetFiles(input, "*", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                using var handle = File.OpenHandle(file);
                Convert(page.AsSpan(0, RandomAccess.Read(handle, page, 0)));
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"Floor: {pages:N0} pages in {seconds:F1} s: {pages / seconds:N0} pages/s.");
        return 0;
    }
}
