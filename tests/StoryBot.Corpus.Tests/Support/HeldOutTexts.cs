using System.Text;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>Plain-text works as fans have them, around <see cref="HeldOutBook"/> (and the fic paragraphs of <see cref="HeldOutHtml"/>).</summary>
internal static class HeldOutTexts
{
    /// <summary>
    /// A Project Gutenberg plain text: CRLF line ends, wrapped at 70, the licence lead-in and Title/Author lines, a
    /// CONTENTS list of indented "CHAPTER I.     The Lamp Room" entries (blank lines between), chapters headed
    /// "CHAPTER I." with the title on the next line, and the END line followed by the licence.
    /// </summary>
    public static string GutenbergCrlf()
    {
        const string nl = "\r\n";
        var text = new StringBuilder("\uFEFFThe Project Gutenberg eBook of " + Title + ", by " + Author + nl + nl +
            Wrap("This ebook is for the use of anyone anywhere in the United States and most other parts of the world at no cost and with almost no restrictions whatsoever.", 70, nl) + nl + nl +
            "Title: " + Title + nl + nl + "Author: " + Author + nl + nl + "Release date: March 3, 2012 [eBook #39012]" + nl + "                Most recently updated: October 21, 2024" + nl + nl +
            "Language: English" + nl + nl + "Credits: Volunteer Proofreaders" + nl + nl + nl +
            "*** START OF THE PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S DAUGHTER ***" + nl + nl + nl + nl + "THE LAMPLIGHTER'S DAUGHTER" + nl + nl + "By Mirren Thale" + nl + nl + nl + "CONTENTS" + nl + nl);
        for (int c = 0; c < 3; c++)
        {
            text.Append("     CHAPTER ").Append(Roman[c]).Append('.').Append(' ', 6 - Roman[c].Length).Append(ChapterTitles[c]).Append(nl).Append(nl);
        }

        for (int c = 0; c < 3; c++)
        {
            text.Append(nl).Append(nl).Append("CHAPTER ").Append(Roman[c]).Append('.').Append(nl).Append(ChapterTitles[c]).Append(nl).Append(nl).Append(nl);
            foreach (string paragraph in Paragraphs[c])
            {
                text.Append(Wrap(paragraph, 70, nl)).Append(nl).Append(nl);
            }
        }

        text.Append(nl).Append("THE END").Append(nl).Append(nl).Append(nl).Append("*** END OF THE PROJECT GUTENBERG EBOOK THE LAMPLIGHTER'S DAUGHTER ***").Append(nl).Append(nl)
            .Append("Updated editions will replace the previous one—the old editions will").Append(nl).Append("be renamed.").Append(nl).Append(nl)
            .Append("START: FULL LICENSE").Append(nl).Append(nl).Append("THE FULL PROJECT GUTENBERG LICENSE").Append(nl).Append("PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK").Append(nl);
        return text.ToString();
    }

    /// <summary>A title, a "by" line, then chapters headed by a Roman numeral alone on a centred line ("I." or "I"); one paragraph per line.</summary>
    public static string RomanAlone(bool period)
    {
        var text = new StringBuilder(Title.ToUpperInvariant() + "\n\nby " + Author + "\n\n\n");
        for (int c = 0; c < 3; c++)
        {
            text.Append("                                ").Append(Roman[c]).Append(period ? "." : string.Empty).Append("\n\n\n");
            text.Append(string.Join("\n\n", Paragraphs[c])).Append("\n\n\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Parts with chapters inside. books: "BOOK I"/"The Harbour" and "BOOK II"/"The Storm" with chapter numbers that start
    /// again in each book ("Chapter 1", "Chapter 2", "Chapter 1"), then an "Epilogue". Else "PART ONE"/"PART TWO" with
    /// chapters numbered through (1, 2, 3) and the Epilogue.
    /// </summary>
    public static string PartsWithChapters(bool books)
    {
        string[] partHeads = books ? ["BOOK I\nThe Harbour", "BOOK II\nThe Storm"] : ["PART ONE\nThe Harbour", "PART TWO\nThe Storm"];
        int[] numbers = books ? [1, 2, 1] : [1, 2, 3];
        var text = new StringBuilder("Title: " + Title + "\nAuthor: " + Author + "\n\n\n");
        for (int c = 0; c < 3; c++)
        {
            if (c is 0 or 2)
            {
                text.Append(partHeads[c / 2]).Append("\n\n\n");
            }

            text.Append("Chapter ").Append(numbers[c]).Append("\n\n").Append(string.Join("\n\n", Paragraphs[c])).Append("\n\n\n");
        }

        return text.Append("Epilogue\n\n").Append(EpilogueParagraph).Append('\n').ToString();
    }

    public const string EpilogueParagraph = "They automated the light at Carrow Point forty years later, and the engineer who came to do it found a name scratched into the iron of the ninety-first step, and a date, and under them, smaller, the word kept.";

    /// <summary>Fic notes (author's notes at the start and end of chapters) the parser must keep out of the story text.</summary>
    public static readonly string[] FicNotes =
    [
        "A/N: Hi everyone! This is my first fic in this fandom, please be nice.",
        "A/N: Thanks for reading! Reviews make me write faster.",
        "Author's Note: That's it! Maybe a sequel someday?",
    ];

    /// <summary>
    /// A fic as a fan's text export: title, "by" line, Label: value header, a disclaimer, "Chapter 1: …" headings, an A/N
    /// opening chapter 1, A/Ns closing chapters 1 and 2, scene breaks "* * *" and "~~~" (chapter 1) and "o0o" (chapter 2).
    /// </summary>
    public static string FicWithNotes() =>
        "Paper Boats\nby inkwell_otter\n\nFandom: Haikyuu!!\nRating: T\nCharacters: Hinata Shouyou, Kageyama Tobio\nSummary: Two idiots and a rainy training camp.\n\n" +
        "Disclaimer: I don't own Haikyuu!! or any of the characters.\n\n\n" +
        "Chapter 1: Rain Delay\n\n" + FicNotes[0] + "\n\n" + Paragraphs[0][0] + "\n\n* * *\n\n" + Paragraphs[0][1] + "\n\n~~~\n\n" + Paragraphs[0][2] + "\n\n" + FicNotes[1] + "\n\n\n" +
        "Chapter 2: Net Practice\n\n" + Paragraphs[1][0] + "\n\n" + Paragraphs[1][1] + "\n\no0o\n\n" + Paragraphs[1][2] + "\n\n" + FicNotes[2] + "\n";

    /// <summary>UTF-16 LE with a BOM (as Windows Notepad saves "Unicode"), CRLF, two "Chapter N" chapters of the Windows-1252 fic's paragraphs.</summary>
    public static byte[] Utf16()
    {
        string text = "Paper Boats\r\n\r\n" + string.Concat(HeldOutHtml.Windows1252Paragraphs.Select((ps, c) => $"Chapter {c + 1}\r\n\r\n" + string.Join("\r\n\r\n", ps) + "\r\n\r\n"));
        return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
    }

    /// <summary>The one-shot's paragraphs; a line in it starts like a heading ("Chapter two of her life…").</summary>
    public static readonly string[] OneShotParagraphs =
    [
        "The night ferry left at eleven, which was late enough that the only people on it were the ones who had nowhere better to be. Ines counted four of them, not including herself, and one dog that seemed to belong to nobody.",
        "Chapter two of her life began on that ferry.",
        "She would say that later, at dinners, and people would laugh because it sounded like something from a book, and she would let them, because the truth was stranger and she had never found a way to tell it that did not sound like a lie.",
        "In the morning the dog was still there. So, to her surprise, was she.",
    ];

    /// <summary>A one-shot: Title/Author header, wrapped at 72, a "* * *" scene break before the last paragraph.</summary>
    public static string OneShot() =>
        "Title: The Night Ferry\nAuthor: ferrywoman\nRating: G\n\n" +
        string.Join("\n\n", OneShotParagraphs[..3].Select(p => Wrap(p, 72))) + "\n\n* * *\n\n" + Wrap(OneShotParagraphs[3], 72) + "\n";

    /// <summary>Em-dash dialogue (no quote marks), mostly short lines, the narration wrapped at 66.</summary>
    public static readonly string[] EmDashParagraphs =
    [
        "The harbour was black and the boats were black on it, and only the lantern on the customs house gave the water any shape at all. Marta found her brother on the steps with his boots off, as though he had been planning to swim.",
        "—Where are you going? she asked.",
        "—To count the boats, said Pau. —Somebody has to count them before the harbourmaster does, or he will say there were fewer.",
        "—At this hour?",
        "—At every hour.",
        "—And if one is missing?",
        "He did not answer that. He pulled his boots back on, one and then the other, and the lantern on the customs house went out as if it had been listening and had decided it did not want to hear the rest.",
        "—Then we look for it, he said at last.",
    ];

    public static string EmDash() => "Title: Night Count\nAuthor: Núria Vell\n\n" + string.Join("\n\n", EmDashParagraphs.Select(p => Wrap(p, 66))) + "\n";
}
