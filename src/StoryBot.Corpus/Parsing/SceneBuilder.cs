using System.Buffers;
using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Splits the body into scenes and paragraphs in one pass over the lines.
/// <list type="bullet">
/// <item>Paragraphs are blocks of lines between blank lines; in files that put one paragraph per line with hardly any
/// blank lines, each line is a paragraph.</item>
/// <item>Scene breaks: rules, location headings (kept as the scene heading), flashback markers, and runs of blank
/// lines (2+, or 1+ in one-paragraph-per-line files) — the latter only in files that have no rules or headings of their
/// own (there such runs are left-overs of stripped lines), and never after a sentence that was cut off ("…yelled,").</item>
/// <item>An "End Flashback" marker without a start marker makes the scene before it a flashback, starting at its last
/// run of blank lines.</item>
/// </list>
/// </summary>
internal sealed class SceneBuilder
{
    private readonly string text;
    private readonly List<TextLine> lines;
    private readonly List<SceneDraft> scenes = [];
    private SceneDraft current = new();
    private int paragraphStart = -1;
    private int paragraphEnd = -1;

    private SceneBuilder(string text, List<TextLine> lines)
    {
        this.text = text;
        this.lines = lines;
    }

    public static List<SceneDraft> Build(string text, List<TextLine> lines, int firstLine, int lastLine)
    {
        var builder = new SceneBuilder(text, lines);
        builder.Run(firstLine, lastLine);
        return builder.scenes;
    }

    private void Run(int firstLine, int lastLine)
    {
        LineMarker[] markers = ArrayPool<LineMarker>.Shared.Rent(lastLine - firstLine);
        try
        {
            Run(firstLine, lastLine, markers);
        }
        finally
        {
            ArrayPool<LineMarker>.Shared.Return(markers, clearArray: true);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(int firstLine, int lastLine, LineMarker[] markers)
    {
        bool explicitBreaks = false;
        int blank = 0;
        int nonBlank = 0;
        for (int i = firstLine; i < lastLine; i++)
        {
            if (lines[i].IsBlank)
            {
                blank++;
                continue;
            }

            nonBlank++;
            LineMarker marker = LineClassifier.Classify(lines[i].Trimmed(text));
            markers[i - firstLine] = marker;
            explicitBreaks |= marker.Kind is MarkerKind.Rule or MarkerKind.LocationHeading;
        }

        bool linePerParagraph = nonBlank >= 10 && blank * 4 < nonBlank;
        int breakingRun = linePerParagraph ? 1 : 2;
        int blankRun = 0;
        for (int i = firstLine; i < lastLine; i++)
        {
            TextLine line = lines[i];
            if (line.IsBlank)
            {
                blankRun++;
                EndParagraph();
                continue;
            }

            LineMarker marker = markers[i - firstLine];
            if (blankRun >= breakingRun && marker.Kind == MarkerKind.None && current.Paragraphs.Count > 0)
            {
                if (!explicitBreaks && !EndsCutOff(current.Paragraphs[^1]))
                {
                    BreakScene();
                }
                else
                {
                    current.LastBlankRunSplit = current.Paragraphs.Count;
                }
            }

            blankRun = 0;
            switch (marker.Kind)
            {
                case MarkerKind.Rule:
                case MarkerKind.EndOfChapter:
                    EndParagraph();
                    BreakScene();
                    break;
                case MarkerKind.LocationHeading:
                    EndParagraph();
                    BreakScene();
                    current.Heading = marker.Heading;
                    break;
                case MarkerKind.FlashbackStart:
                    EndParagraph();
                    BreakScene();
                    current.IsFlashback = true;
                    current.OpenedByFlashbackMarker = true;
                    current.Heading ??= marker.Heading;
                    break;
                case MarkerKind.FlashbackEnd:
                    EndParagraph();
                    EndFlashback();
                    break;
                default:
                    if (linePerParagraph)
                    {
                        EndParagraph();
                    }

                    paragraphStart = paragraphStart < 0 ? line.TrimStart : paragraphStart;
                    paragraphEnd = line.TrimEnd;
                    if (linePerParagraph)
                    {
                        EndParagraph();
                    }

                    break;
            }
        }

        EndParagraph();
        BreakScene();
    }

    private void EndParagraph()
    {
        if (paragraphStart >= 0)
        {
            current.Paragraphs.Add(TextRange.FromBounds(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }
    }

    private void BreakScene()
    {
        EndParagraph();
        if (current.Paragraphs.Count > 0)
        {
            scenes.Add(current);
            current = new SceneDraft();
        }
        else
        {
            // Keep a flashback flag from a marker; a heading carries over only if nothing was written under it.
            current.LastBlankRunSplit = -1;
        }
    }

    private void EndFlashback()
    {
        if (!current.OpenedByFlashbackMarker && current.LastBlankRunSplit > 0 && current.LastBlankRunSplit < current.Paragraphs.Count)
        {
            // "…gossiping.\n\n\n<flashback>\n\nxx End Flashback xx": the flashback started at the last blank run.
            var before = new SceneDraft { Heading = current.Heading };
            before.Paragraphs.AddRange(current.Paragraphs.GetRange(0, current.LastBlankRunSplit));
            scenes.Add(before);
            current.Paragraphs.RemoveRange(0, current.LastBlankRunSplit);
            current.Heading = null;
        }

        current.IsFlashback = current.Paragraphs.Count > 0 || current.IsFlashback;
        BreakScene();
        current.IsFlashback = false;
        current.OpenedByFlashbackMarker = false;
    }

    /// <summary>A paragraph that stops mid-sentence ("…yelled his entire life,") cannot end a scene.</summary>
    private bool EndsCutOff(TextRange paragraph)
    {
        char last = text[paragraph.End - 1];
        return last is ',' or ';' or ':' or '-' or '–' or '—' || char.IsLetterOrDigit(last);
    }
}
