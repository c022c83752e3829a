using System.Xml.Linq;
using AngleSharp.Dom;
using StoryBot.Corpus.Html;

namespace StoryBot.Corpus.Epub;

/// <summary>Chapter titles by document path: from the EPUB 3 navigation document (<c>nav epub:type="toc"</c>), else the NCX.</summary>
internal static class EpubNavigation
{
    private static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    public static Dictionary<string, string> Titles(SafeZip zip, EpubPackage package)
    {
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (package.Nav is { } nav && zip.Read(nav.Path) is byte[] navBytes && Decode(navBytes) is string navText)
        {
            string folder = Folder(nav.Path);
            var document = HtmlDocuments.Parse(navText);
            IElement? toc = document.QuerySelectorAll("nav").FirstOrDefault(n => n.GetAttribute("epub:type") == "toc" || n.GetAttribute("role") == "doc-toc")
                ?? document.QuerySelector("nav");
            foreach (IElement link in toc?.QuerySelectorAll("a[href]") ?? Enumerable.Empty<IElement>())
            {
                if (EpubPackage.Resolve(folder, link.GetAttribute("href")!) is string path)
                {
                    titles.TryAdd(path, HtmlText.Inline(link).Trim());
                }
            }
        }

        if (titles.Count == 0 && package.Ncx is { } ncx && zip.Read(ncx.Path) is byte[] ncxBytes)
        {
            string folder = Folder(ncx.Path);
            foreach (XElement point in EpubXml.Load(ncxBytes, ncx.Path).Descendants(Ncx + "navPoint"))
            {
                string? label = point.Element(Ncx + "navLabel")?.Element(Ncx + "text")?.Value.Trim();
                string? src = (string?)point.Element(Ncx + "content")?.Attribute("src");
                if (!string.IsNullOrEmpty(label) && src is not null && EpubPackage.Resolve(folder, src) is string path)
                {
                    titles.TryAdd(path, label);
                }
            }
        }

        return titles;
    }

    /// <summary>The text of a document in the EPUB, or null when it is empty or not text.</summary>
    internal static string? Decode(byte[] bytes)
    {
        var decoded = StoryBot.Corpus.Decoding.TextDecoder.Decode(bytes);
        return decoded.Success ? decoded.Text : null;
    }

    private static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : string.Empty;
}
