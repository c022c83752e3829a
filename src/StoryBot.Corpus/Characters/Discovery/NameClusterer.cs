namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Groups name forms into people. Titled forms are people of their own (<c>Mr. Thornby</c> and <c>Miss Thornby</c> are
/// two); a given name with its patronymic joins the one fuller name it opens (<c>Pyotr Andreyevitch</c> →
/// <c>Pyotr Andreyevitch Gorsky</c>); a single word joins the one entity whose first or last word it is (<c>Clara</c> → <c>Clara Thornby</c>), and a
/// word several entities share (<c>Thornby</c>) joins none: it stays ambiguous.
/// </summary>
internal static class NameClusterer
{
    public static List<NameEntity> Cluster(IEnumerable<NameForm> forms)
    {
        var ordered = forms.OrderByDescending(f => f.Words.Length).ThenBy(f => f.Text, StringComparer.Ordinal).ToList();
        var entities = new List<NameEntity>();
        var byUntitled = new Dictionary<string, NameEntity>(StringComparer.Ordinal);

        // Untitled names of two or more words first: Clara Thornby, John Thornby.
        foreach (var form in ordered.Where(f => f.Title is null && f.Words.Length >= 2))
        {
            // Pyotr Andreyevitch joins the one Pyotr Andreyevitch Gorsky (a given name and patronymic, then the surname).
            var longer = Patronymics.OfName(form.Words) != Model.Gender.Unknown
                ? entities.Where(e => e.Main.Words.Length > form.Words.Length && e.Main.Words.AsSpan(0, form.Words.Length).SequenceEqual(form.Words)).Take(2).ToList()
                : [];
            if (longer.Count == 1)
            {
                longer[0].Add(form);
                byUntitled[form.Text] = longer[0];
                continue;
            }

            var entity = new NameEntity(form);
            entities.Add(entity);
            byUntitled[form.Text] = entity;
        }

        // Titled names: Mr. John Thornby joins John Thornby (Mrs. John Dashwood does not); Miss Clara joins the one Clara …; Mr. Kell joins the one
        // Mr. Ambrose Kell; Mr. Thornby otherwise stands alone.
        foreach (var form in ordered.Where(f => f.Title is not null))
        {
            var key = string.Join(' ', form.Words);
            if (byUntitled.TryGetValue(key, out var same) && !IsSpouse(form))
            {
                same.Add(form);
                continue;
            }

            // Mr. Kell joins the one entity written Mr. Ambrose Kell (same title, same last word); two such: neither.
            var byTitle = form.Words.Length == 1
                ? entities.Where(e => e.Forms.Any(f => f.Title == form.Title && f.Words.Length >= 2 && f.Words[^1] == form.Words[0])).Take(2).ToList()
                : [];
            if (byTitle.Count == 1)
            {
                byTitle[0].Add(form);
                continue;
            }

            var byFirst = form.Words.Length == 1 && !IsSurnameTitle(form.Title!)
                ? entities.Where(e => e.Main.Title is null && e.Main.Words.Length >= 2 && e.Main.Words[0] == form.Words[0]).Take(2).ToList()
                : [];
            if (byFirst.Count == 1)
            {
                byFirst[0].Add(form);
                continue;
            }

            entities.Add(new NameEntity(form));
        }

        // Single words: the one entity whose first or last word it is, else a person of their own, else ambiguous.
        foreach (var form in ordered.Where(f => f.Title is null && f.Words.Length == 1))
        {
            var word = form.Words[0];
            var owners = entities.Where(e => e.Forms.Any(f => f.Words.Length >= 1 && (f.Words[^1] == word || ((f.Title is null || (f.Words.Length >= 2 && !IsSpouse(f))) && f.Words[0] == word)))).ToList();
            if (owners.Count == 0 && Diminutives.Of(word) is { Count: > 0 } full)
            {
                // Petya joins the one Pyotr …; two Pyotrs: neither (and Petya is no one of its own).
                owners = [.. entities.Where(e => e.Forms.Any(f => f.Title is null && f.Words.Length >= 2 && full.Contains(f.Words[0])))];
                if (owners.Count > 1)
                {
                    continue;
                }
            }

            if (owners.Count == 1)
            {
                owners[0].Add(form);
            }
            else if (owners.Count == 0)
            {
                entities.Add(new NameEntity(form));
            }
            else
            {
                foreach (var owner in owners)
                {
                    owner.SharedWords.Add(word);
                }
            }
        }

        return entities;
    }

    /// <summary>
    /// A title of one gender before a given name of the other: <c>Mrs. John Dashwood</c> is John Dashwood's wife, not
    /// him.
    /// </summary>
    private static bool IsSpouse(NameForm form) =>
        form.Words.Length >= 2 && CourtesyTitles.IsAnyTitle(form.Title!, out var title) && title != Model.Gender.Unknown &&
        GivenNames.Of(form.Words[0]) is var given && given != Model.Gender.Unknown && given != title;

    /// <summary>Mr., Mrs., Ms., Dr., Herr, Frau, Monsieur … go with a family name (Mr. Thornby); Sir, Lady, Lord also with a given name (Sir Walter).</summary>
    private static bool IsSurnameTitle(string title) =>
        CourtesyTitles.IsTitle(title, out _) || (title.TrimEnd('.') is var t && (t.Equals("Mr", StringComparison.OrdinalIgnoreCase) || t.Equals("Mrs", StringComparison.OrdinalIgnoreCase) ||
                                        t.Equals("Ms", StringComparison.OrdinalIgnoreCase) || t.Equals("Dr", StringComparison.OrdinalIgnoreCase)));
}
