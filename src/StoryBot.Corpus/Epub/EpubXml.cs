using System.Xml;
using System.Xml.Linq;

namespace StoryBot.Corpus.Epub;

/// <summary>
/// Loads the EPUB's XML files (container.xml, the OPF, the NCX) with DTD processing off: a DOCTYPE is skipped, no
/// external resource is ever resolved (no resolver), and an entity it would have declared stays undeclared, so the file
/// is refused rather than expanded.
/// </summary>
internal static class EpubXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 64L * 1024 * 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XDocument Load(byte[] bytes, string what)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new EpubException($"{what} is not valid XML ({ex.Message.ReplaceLineEndings(" ").Trim()})", ex);
        }
    }
}
