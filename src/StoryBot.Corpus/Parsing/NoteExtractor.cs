using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Takes the notes out of a chapter's story paragraphs: trailing notes (from the first note or footnote among the last
/// paragraphs to the end), leading notes, and "A/N" paragraphs anywhere. The chapter's paragraphs are walked in place;
/// a set of note paragraphs exists only once a chapter has one.
/// </summary>
internal static class NoteExtractor
{
    /// <summary>How far from either end of the chapter an unlabelled note ("Note:", "I don't own…") may sit.</summary>
    private const int EdgeParagraphs = 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Extract(string text, List<SceneDraft> drafts, List<Note> notes)
    {
        HashSet<TextRange>? noteParagraphs = null;

        // Trailing notes: from the first note or footnote among the last paragraphs of the last scene to the end.
        SceneDraft? last = drafts.Count > 0 ? drafts[^1] : null;
        if (last is not null)
        {
            for (int i = Math.Max(0, last.Paragraphs.Count - 12); i < last.Paragraphs.Count; i++)
            {
                ReadOnlySpan<char> paragraph = text.AsSpan(last.Paragraphs[i].Start, last.Paragraphs[i].Length);
                bool nearEnd = i >= last.Paragraphs.Count - EdgeParagraphs;
                // A labelled note opens the closing notes when it starts a scene of its own or only a couple of
                // paragraphs follow it; otherwise it is a lone note in the middle of the story.
                bool closing = i == 0 || last.Paragraphs.Count - i <= EdgeParagraphs;
                if ((closing && NoteDetector.Anywhere(paragraph) is not null) || (nearEnd && NoteDetector.AtEdge(paragraph) is not null)
                    || IsFootnoteStart(text, paragraph, last.Paragraphs[i].Start))
                {
                    noteParagraphs ??= [];
                    for (int j = i; j < last.Paragraphs.Count; j++)
                    {
                        noteParagraphs.Add(last.Paragraphs[j]);
                    }

                    break;
                }
            }
        }

        // Leading notes (only while every paragraph before is a note), and "A/N" paragraphs anywhere.
        int index = 0;
        bool notesSoFar = true;
        foreach (SceneDraft scene in drafts)
        {
            foreach (TextRange range in scene.Paragraphs)
            {
                ReadOnlySpan<char> paragraph = text.AsSpan(range.Start, range.Length);
                bool leading = index < EdgeParagraphs && notesSoFar;
                if ((leading ? NoteDetector.AtEdge(paragraph) : NoteDetector.Anywhere(paragraph)) is not null)
                {
                    noteParagraphs ??= [];
                    noteParagraphs.Add(range);
                }

                notesSoFar = notesSoFar && noteParagraphs is not null && noteParagraphs.Contains(range);
                index++;
            }
        }

        if (noteParagraphs is null)
        {
            return;
        }

        foreach (SceneDraft scene in drafts)
        {
            bool any = false;
            foreach (TextRange range in scene.Paragraphs)
            {
                if (!noteParagraphs.Contains(range))
                {
                    continue;
                }

                any = true;
                ReadOnlySpan<char> paragraph = text.AsSpan(range.Start, range.Length);
                NoteKind kind = NoteDetector.AtEdge(paragraph) ?? NoteKind.AuthorNote;
                int? number = NoteDetector.FootnoteNumber(paragraph);
                notes.Add(number is not null && kind == NoteKind.AuthorNote && NoteDetector.Anywhere(paragraph) is null
                    ? new Note(NoteKind.Footnote, range, range.Slice(text), number)
                    : new Note(kind, range, range.Slice(text)));
            }

            if (any)
            {
                scene.Paragraphs.RemoveAll(noteParagraphs.Contains);
            }
        }
    }

    /// <summary>"(1) …" counts as a footnote when it is number 1 or its marker "(N)" appears earlier in the text.</summary>
    private static bool IsFootnoteStart(string text, ReadOnlySpan<char> paragraph, int start)
    {
        int? number = NoteDetector.FootnoteNumber(paragraph);
        if (number is null)
        {
            return false;
        }

        string marker = paragraph[..(paragraph.IndexOfAny(")]}") + 1)].ToString();
        return number == 1 || text.AsSpan(0, start).Contains(marker, StringComparison.Ordinal);
    }
}
