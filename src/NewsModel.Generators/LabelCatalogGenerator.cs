using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace NewsModel.Generators;

/// <summary>
/// Compiles the label resources (<c>NewsLabels.resx</c>, <c>NewsLabels.{culture}.resx</c>) and the plural rules
/// (<c>PluralRules.tsv</c>) given as additional files into NewsModel's <c>ShippedLabels</c> tables, so the parser
/// reads the same data as the satellite assemblies without loading them (nor creating a <c>CultureInfo</c>).
/// </summary>
/// <remarks>
/// The neutral file's language is the project's <c>NeutralLanguage</c> property. Adding a language is adding a
/// <c>.resx</c> file: nothing here names a language.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class LabelCatalogGenerator : IIncrementalGenerator
{
    private const string BaseName = "NewsLabels";
    private const string PluralFile = "PluralRules.tsv";

    private static readonly DiagnosticDescriptor s_invalidResx = new(
        "NMGEN001", "Invalid label resource file", "The label resource file '{0}' cannot be read: {1}", "NewsModel.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor s_invalidPlural = new(
        "NMGEN002", "Invalid plural rules file", "'{0}' line {1}: {2}", "NewsModel.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor s_noNeutral = new(
        "NMGEN003", "No neutral language", "The project has label resources but no NeutralLanguage property (the language of '{0}.resx')", "NewsModel.Generators", DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var neutral = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.NeutralLanguage", out var value) ? value.Trim() : string.Empty);

        var resources = context.AdditionalTextsProvider
            .Where(static file => IsLabelResource(file.Path, out _))
            .Select(static (file, token) => ReadResx(file, token))
            .Collect();

        var plurals = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), PluralFile, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => ReadPlurals(file, token))
            .Collect();

        context.RegisterSourceOutput(resources.Combine(plurals).Combine(neutral), static (spc, input) =>
        {
            var ((files, pluralFiles), neutralLanguage) = input;
            if (files.IsEmpty && pluralFiles.IsEmpty)
            {
                return;
            }

            var ok = true;
            foreach (var file in files.Where(f => f.Error is not null))
            {
                spc.ReportDiagnostic(Diagnostic.Create(s_invalidResx, Location.None, file.Path, file.Error));
                ok = false;
            }

            foreach (var error in pluralFiles.SelectMany(f => f.Errors))
            {
                spc.ReportDiagnostic(Diagnostic.Create(s_invalidPlural, Location.None, PluralFile, error.Line, error.Message));
                ok = false;
            }

            if (files.Any(f => f.Culture.Length == 0) && neutralLanguage.Length == 0)
            {
                spc.ReportDiagnostic(Diagnostic.Create(s_noNeutral, Location.None, BaseName));
                ok = false;
            }

            if (ok)
            {
                spc.AddSource("ShippedLabels.g.cs", SourceText.From(Emit(files, pluralFiles, neutralLanguage), Encoding.UTF8));
            }
        });
    }

    private static bool IsLabelResource(string path, out string culture)
    {
        culture = string.Empty;
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) || !name.StartsWith(BaseName, StringComparison.Ordinal))
        {
            return false;
        }

        // NewsLabels.resx (neutral) or NewsLabels.{culture}.resx.
        var middle = name.Substring(BaseName.Length, name.Length - BaseName.Length - ".resx".Length);
        if (middle.Length == 0)
        {
            return true;
        }

        culture = middle.Substring(1);
        return middle[0] == '.' && culture.Length > 0 && culture.IndexOf('.') < 0;
    }

    private static ResxFile ReadResx(AdditionalText file, System.Threading.CancellationToken token)
    {
        IsLabelResource(file.Path, out var culture);
        var text = file.GetText(token)?.ToString();
        if (text is null)
        {
            return new ResxFile(file.Path, culture, ImmutableArray<KeyValuePair<string, string>>.Empty, "the file cannot be read");
        }

        try
        {
            var entries = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            foreach (var data in XDocument.Parse(text).Root!.Elements("data"))
            {
                if (data.Attribute("type") is not null || data.Attribute("mimetype") is not null)
                {
                    continue;
                }

                var name = (string?)data.Attribute("name") ?? throw new XmlException("a <data> element has no name");
                var value = (string?)data.Element("value") ?? string.Empty;
                entries.Add(new KeyValuePair<string, string>(name, value));
            }

            return new ResxFile(file.Path, culture, entries.ToImmutable(), null);
        }
        catch (XmlException e)
        {
            return new ResxFile(file.Path, culture, ImmutableArray<KeyValuePair<string, string>>.Empty, e.Message);
        }
    }

    private static PluralFileData ReadPlurals(AdditionalText file, System.Threading.CancellationToken token)
    {
        var rules = ImmutableArray.CreateBuilder<PluralRow>();
        var errors = ImmutableArray.CreateBuilder<PluralError>();
        var lines = file.GetText(token)?.Lines;
        if (lines is null)
        {
            errors.Add(new PluralError(0, "the file cannot be read"));
            return new PluralFileData(rules.ToImmutable(), errors.ToImmutable());
        }

        var header = true;
        foreach (var line in lines)
        {
            var text = line.ToString();
            if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var columns = text.Split('\t');
            if (columns.Length != 3 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                errors.Add(new PluralError(line.LineNumber + 1, "expected three tab-separated columns: locales, category, rule"));
                continue;
            }

            rules.Add(new PluralRow(columns[0].Trim(), columns[1].Trim(), columns[2].Trim()));
        }

        return new PluralFileData(rules.ToImmutable(), errors.ToImmutable());
    }

    private static string Emit(ImmutableArray<ResxFile> files, ImmutableArray<PluralFileData> pluralFiles, string neutralLanguage)
    {
        var ordered = files
            .Select(f => (Language: f.Culture.Length == 0 ? neutralLanguage : f.Culture, f.Entries))
            .OrderBy(f => string.Equals(f.Language, neutralLanguage, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f.Language, StringComparer.Ordinal)
            .ToList();

        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/>");
        sb.AppendLine("// Generated by NewsModel.Generators.LabelCatalogGenerator from NewsLabels*.resx and PluralRules.tsv. Edit those files.");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        sb.AppendLine("namespace NewsModel.Localization;");
        sb.AppendLine();
        sb.AppendLine("internal static partial class ShippedLabels");
        sb.AppendLine("{");
        sb.Append("    public const string NeutralLanguage = ").Append(Literal(neutralLanguage)).AppendLine(";");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Each shipped language's resources (name, text), neutral language first.</summary>");
        sb.AppendLine("    public static readonly (string Language, (string Name, string Text)[] Resources)[] Data =");
        sb.AppendLine("    [");
        foreach (var (language, entries) in ordered)
        {
            sb.Append("        (").Append(Literal(language)).AppendLine(",");
            sb.AppendLine("        [");
            foreach (var entry in entries)
            {
                sb.Append("            (").Append(Literal(entry.Key)).Append(", ").Append(Literal(entry.Value)).AppendLine("),");
            }

            sb.AppendLine("        ]),");
        }

        sb.AppendLine("    ];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>CLDR plural rules: (locales, category, rule with samples).</summary>");
        sb.AppendLine("    public static readonly (string Locales, string Category, string Rule)[] PluralRuleData =");
        sb.AppendLine("    [");
        foreach (var row in pluralFiles.SelectMany(f => f.Rules))
        {
            sb.Append("        (").Append(Literal(row.Locales)).Append(", ").Append(Literal(row.Category)).Append(", ").Append(Literal(row.Rule)).AppendLine("),");
        }

        sb.AppendLine("    ];");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private sealed record ResxFile(string Path, string Culture, ImmutableArray<KeyValuePair<string, string>> Entries, string? Error)
    {
        public bool Equals(ResxFile? other)
            => other is not null && Path == other.Path && Culture == other.Culture && Error == other.Error && Entries.SequenceEqual(other.Entries);

        public override int GetHashCode() => (Path, Culture, Entries.Length).GetHashCode();
    }

    private sealed record PluralRow(string Locales, string Category, string Rule);

    private sealed record PluralError(int Line, string Message);

    private sealed record PluralFileData(ImmutableArray<PluralRow> Rules, ImmutableArray<PluralError> Errors)
    {
        public bool Equals(PluralFileData? other)
            => other is not null && Rules.SequenceEqual(other.Rules) && Errors.SequenceEqual(other.Errors);

        public override int GetHashCode() => Rules.Length;
    }
}
