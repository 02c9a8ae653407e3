// make-corpus: writes N varied pages, cycling through every interface language of the shipped catalog, deterministic
// by seed (the same arguments give the same bytes on any machine). Pages are built as models and written with the
// library's page-text writer, so each one reads back as the page it was made from.
//
//   dotnet run -c Release --project tools/make-corpus -- --count 100000 --seed 1 --out corpus/
//     corpus/00000/00000-yo.txt ...   page text, 1,000 files per folder
//   ... --format ndjson --out corpus.ndjson   the same pages as one NDJSON file
//   ... --format zip --out corpus.zip         the page-text files in one zip
using System.Globalization;
using System.IO.Compression;
using System.Text;
using NewsModel;
using NewsModel.Tools.MakeCorpus;

var count = 1000;
var seed = 1;
string? output = null;
var format = "text";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--format": format = args[++i]; break;
        default:
            Console.Error.WriteLine($"make-corpus: unknown argument '{args[i]}'. Usage: --count N --seed S --out PATH [--format text|ndjson|zip]");
            return 2;
    }
}

if (output is null || count < 0 || format is not ("text" or "ndjson" or "zip"))
{
    Console.Error.WriteLine("make-corpus: usage: --count N --seed S --out PATH [--format text|ndjson|zip]");
    return 2;
}

var corpus = new Corpus(seed);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
switch (format)
{
    case "ndjson":
        using (var stream = File.Create(output))
        {
            NewsPageNdjson.Write(stream, Enumerable.Range(0, count).Select(i => corpus.Page(i).Page), null);
        }

        break;
    case "zip":
        using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
        {
            for (var i = 0; i < count; i++)
            {
                var (page, language) = corpus.Page(i);
                using var entry = new StreamWriter(zip.CreateEntry(Corpus.FileName(i, language), CompressionLevel.Fastest).Open(), utf8);
                entry.Write(NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language }));
            }
        }

        break;
    default:
        for (var i = 0; i < count; i++)
        {
            var (page, language) = corpus.Page(i);
            var path = Path.Combine(output, Corpus.FileName(i, language));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, NewsPageText.Write(page, new NewsPageTextOptions { UiLanguage = language }), utf8);
        }

        break;
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"make-corpus: {count:N0} pages ({format}, seed {seed}) in {output}"));
return 0;
