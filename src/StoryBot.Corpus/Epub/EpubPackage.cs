using System.Xml.Linq;
using StoryBot.Corpus.Html;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Epub;

/// <summary>
/// container.xml → the OPF: the <c>dc:*</c> metadata (title, creators, description, subjects, source, language, dates,
/// Calibre's series), the manifest (paths resolved against the OPF's folder; a path leaving the archive is dropped) and
/// the spine (reading order; <c>linear="no"</c> items left out).
/// </summary>
internal sealed class EpubPackage
{
    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public required WorkMetadata Story { get; init; }

    public required IReadOnlyList<string> Subjects { get; init; }

    public required IReadOnlyDictionary<string, EpubManifestItem> Manifest { get; init; }

    public required IReadOnlyList<EpubManifestItem> Spine { get; init; }

    public EpubManifestItem? Ncx { get; init; }

    public EpubManifestItem? Nav { get; init; }

    public static EpubPackage Read(SafeZip zip)
    {
        byte[] container = zip.Read("META-INF/container.xml") ?? throw new EpubException("not an EPUB (no META-INF/container.xml)");
        XDocument containerXml = EpubXml.Load(container, "META-INF/container.xml");
        string? opfPath = containerXml.Descendants(Container + "rootfile")
            .Select(r => (string?)r.Attribute("full-path"))
            .FirstOrDefault(p => p is not null && SafeZip.Normalize(p) is not null);
        if (opfPath is null)
        {
            throw new EpubException("not an EPUB (container.xml names no package file)");
        }

        byte[] opfBytes = zip.Read(opfPath) ?? throw new EpubException($"not an EPUB (package file '{opfPath}' is missing)");
        XDocument opf = EpubXml.Load(opfBytes, opfPath);
        string folder = opfPath.Contains('/', StringComparison.Ordinal) ? opfPath[..(opfPath.LastIndexOf('/') + 1)] : string.Empty;

        var manifest = new Dictionary<string, EpubManifestItem>(StringComparer.Ordinal);
        foreach (XElement item in opf.Descendants(Opf + "item"))
        {
            string? id = (string?)item.Attribute("id");
            string? href = (string?)item.Attribute("href");
            if (id is null || href is null || Resolve(folder, href) is not string path)
            {
                continue;
            }

            manifest.TryAdd(id, new EpubManifestItem(id, path, (string?)item.Attribute("media-type") ?? string.Empty, (string?)item.Attribute("properties") ?? string.Empty));
        }

        XElement? spineElement = opf.Descendants(Opf + "spine").FirstOrDefault();
        var spine = new List<EpubManifestItem>();
        foreach (XElement itemRef in spineElement?.Elements(Opf + "itemref") ?? [])
        {
            if ((string?)itemRef.Attribute("linear") == "no")
            {
                continue;
            }

            if ((string?)itemRef.Attribute("idref") is string idref && manifest.TryGetValue(idref, out EpubManifestItem? item) && item.IsHtml)
            {
                spine.Add(item);
            }
        }

        if (spine.Count == 0)
        {
            throw new EpubException("the EPUB's spine lists no readable chapters");
        }

        string? ncxId = (string?)spineElement?.Attribute("toc");
        EpubManifestItem? ncx = ncxId is not null ? manifest.GetValueOrDefault(ncxId) : manifest.Values.FirstOrDefault(i => i.MediaType == "application/x-dtbncx+xml");
        return new EpubPackage
        {
            Story = ReadMetadata(opf, out List<string> subjects, out WorkMetadataBuilder extras),
            Subjects = subjects,
            Manifest = manifest,
            Spine = spine,
            Ncx = ncx,
            Nav = manifest.Values.FirstOrDefault(i => i.IsNav),
            Extras = extras,
        };
    }

    /// <summary>Language, dates and series from the OPF.</summary>
    public required WorkMetadataBuilder Extras { get; init; }

    /// <summary>A manifest href resolved against the OPF's folder (URL-decoded, fragment dropped); null when it leaves the archive.</summary>
    public static string? Resolve(string folder, string href)
    {
        int hash = href.IndexOf('#', StringComparison.Ordinal);
        string path = hash >= 0 ? href[..hash] : href;
        if (path.Length == 0 || path.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        return SafeZip.Normalize(folder + Uri.UnescapeDataString(path));
    }

    private static WorkMetadata ReadMetadata(XDocument opf, out List<string> subjects, out WorkMetadataBuilder extras)
    {
        XElement? metadata = opf.Descendants(Opf + "metadata").FirstOrDefault();
        extras = new WorkMetadataBuilder();
        subjects = [];
        if (metadata is null)
        {
            return new WorkMetadata();
        }

        string? title = Value(metadata.Elements(Dc + "title").FirstOrDefault());
        var creators = metadata.Elements(Dc + "creator")
            .Where(c => (string?)c.Attribute(Opf + "role") is null or "aut")
            .Select(Value).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? description = Value(metadata.Elements(Dc + "description").FirstOrDefault());
        if (description is not null && description.Contains('<', StringComparison.Ordinal))
        {
            description = Ao3Html.Flatten(HtmlText.Of(HtmlDocuments.Parse(description).Body!));
        }

        subjects.AddRange(metadata.Elements(Dc + "subject").Select(Value).OfType<string>());
        string? source = metadata.Elements(Dc + "source").Select(Value).FirstOrDefault(v => Ao3Html.HttpOnly(v) is not null)
            ?? metadata.Elements(Dc + "identifier").Select(Value).FirstOrDefault(v => Ao3Html.HttpOnly(v) is not null);
        extras.SetLanguage(Value(metadata.Elements(Dc + "language").FirstOrDefault()));
        foreach (XElement date in metadata.Elements(Dc + "date"))
        {
            string? kind = (string?)date.Attribute(Opf + "event") ?? (string?)date.Attribute("event");
            if (kind is "modification" or "modified")
            {
                extras.SetUpdated(Value(date));
            }
            else if (kind is null or "publication" or "original-publication" or "creation")
            {
                extras.SetPublished(Value(date));
            }
        }

        string? series = metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("name") == "calibre:series").Select(m => (string?)m.Attribute("content")).FirstOrDefault();
        string? index = metadata.Elements(Opf + "meta").Where(m => (string?)m.Attribute("name") == "calibre:series_index").Select(m => (string?)m.Attribute("content")).FirstOrDefault();
        if (series is not null)
        {
            extras.SetSeries(index is not null && double.TryParse(index, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double part)
                ? $"{series} [{(int)part}]"
                : series);
        }

        return new WorkMetadata
        {
            Title = title,
            Author = creators.Count > 0 ? string.Join(", ", creators) : null,
            Summary = description,
            Url = Ao3Html.HttpOnly(source),
        };
    }

    private static string? Value(XElement? element)
    {
        string? value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
