namespace NewsModel.Tests.Samples;

/// <summary>The sample pages of <c>samples/pages</c>, copied next to the test assembly as <c>pages/</c>.</summary>
internal static class SamplePages
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "pages");

    /// <summary>The pages whose text is exactly what the writer produces for them.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
    [
        "article-a-en.txt",
        "article-b-ru.txt",
        "body-only-c.txt",
        "tag-page-fil.txt",
        "tag-page-fr.txt",
        "truncated-a-sw.txt",
    ];

    public static IEnumerable<string> All()
        => System.IO.Directory.EnumerateFiles(Directory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> AllNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in All())
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string> CanonicalNames() => [.. Canonical];

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));

    public static NewsPage Parse(string name)
    {
        var result = NewsPageText.ParseWithDiagnostics(Bytes(name));
        result.Diagnostics.Should().BeEmpty();
        return result.Value;
    }
}
