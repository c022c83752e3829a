using System.Text;
using BenchmarkDotNet.Attributes;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Dialogue;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Bench;

/// <summary>
/// Quote finding and speaker attribution over the five seeds concatenated to about 9 MB (docs/dialogue.md reports MB/s
/// measured on ~107 MB). Run with BenchmarkDotNet: <c>BenchmarkRunner.Run&lt;DialogueBenchmarks&gt;()</c>.
/// </summary>
[MemoryDiagnoser]
public class DialogueBenchmarks
{
    private string _text = string.Empty;
    private List<TextRange> _paragraphs = [];
    private ParsedChapter? _chapter;
    private CharacterList _characters = CharacterList.Empty;

    [Params(100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = FindSeeds();
        var builder = new StringBuilder();
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var i = 0; i < Copies; i++)
        {
            foreach (var file in files)
            {
                builder.Append(file.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n\n");
            }
        }

        _text = builder.ToString();
        _chapter = ChapterParser.ParseText(_text, "bench.txt");
        _paragraphs = [.. _chapter.Paragraphs.Select(p => p.Range)];
        _characters = CharacterList.Parse(File.ReadAllText(Path.Combine(seeds, "characters.json")));
    }

    [Benchmark]
    public int FindQuotes() => QuoteFinder.Find(_text, _paragraphs).Count;

    [Benchmark]
    public int Attribute() => SpeakerAttributor.Attribute(_chapter!, _characters).Count;

    private static string FindSeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "characters.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/characters.json was not found above " + AppContext.BaseDirectory);
    }
}
