using StoryBot.Corpus.Model;

namespace StoryBot.Data.Queries;

/// <summary>A line a character speaks (or thinks), with its paragraph for context.</summary>
public sealed record SpokenLine(int DialogueLineId, string Text, DialogueKind Kind, double Confidence, ParagraphView Paragraph);
