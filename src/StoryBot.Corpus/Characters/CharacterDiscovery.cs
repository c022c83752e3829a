using StoryBot.Corpus.Characters.Discovery;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters;

/// <summary>
/// A story's characters when nobody wrote them down. Order of trust: a characters.json list (the override, used as is);
/// else the work's Character tags (gender from the pronouns that refer to them), plus speakers found in the text whose
/// names share no word with a tag; else the proper names that speak in the text.
/// </summary>
public static class CharacterDiscovery
{
    /// <summary>Speech tags a name needs to be listed (or one tag and this many mentions).</summary>
    private const int MinSpeaks = 2;
    private const int MinMentionsWithOneTag = 3;
    private const int MinMentionsSilent = 3;
    private const int MinTitledAddressed = 2;

    /// <param name="known">
    /// Characters the story already has (found in its other chapters, or stored by an earlier import): kept with their
    /// aliases and gender (an unknown gender is estimated again), their names in this text are not someone new, and
    /// speakers found here whose names are none of theirs are added.
    /// </param>
    public static CharacterCast Resolve(IReadOnlyList<ParsedChapter> chapters, CharacterList? listed = null, IReadOnlyList<string>? tags = null, CharacterList? known = null)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        if (listed is { Characters.Count: > 0 })
        {
            return new CharacterCast([.. listed.Characters.Select(c => new FoundCharacter(c, CharacterSource.Json, 0, 0))]);
        }

        var epithetTags = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = TextNameCollector.Collect(chapters, epithetTags);
        // A titled name only ever addressed ("Good night, Mr. Ashby.") is someone only when nobody else has its surname:
        // "Mr. Vane?" next to a Julius Vane of the narration is him, and must not split his name in two.
        var narrationWords = new HashSet<string>(forms.Values.Where(f => f.Mentions + f.Speaks + f.Narrator > 0).SelectMany(f => f.Words), StringComparer.Ordinal);
        // A word of a titled or fuller name (Inspector Marsh) is a name even when it only ever opens sentences alone (Marsh took off his gloves).
        var fullerWords = new HashSet<string>(forms.Values.Where(f => (f.Title is not null || f.Words.Length >= 2) && IsProperName(f)).SelectMany(f => f.Words), StringComparer.Ordinal);
        var entities = NameClusterer.Cluster(forms.Values.Where(f => (IsProperName(f) || IsFullerNameWord(f, fullerWords)) &&
            (f.Title is null || f.Mentions + f.Speaks + f.Narrator > 0 || (f.Addressed >= MinTitledAddressed && !f.Words.Any(narrationWords.Contains)))));
        // "said the Captain" speaks for the one found name written with that rank (Captain Everard Stowe); two: for neither.
        // "Yes, Inspector." addresses him the same way.
        foreach (var (key, count) in epithetTags)
        {
            if (!TextNameCollector.IsSpeechKey(key) && !key.StartsWith(TextNameCollector.AddressedKey, StringComparison.Ordinal))
            {
                continue;
            }

            var addressed = key.StartsWith(TextNameCollector.AddressedKey, StringComparison.Ordinal);
            var rank = addressed ? key[TextNameCollector.AddressedKey.Length..] : key;
            var owners = entities.Where(e => e.Ranks.Contains(rank, StringComparer.Ordinal)).Take(2).ToList();
            if (owners.Count == 1 && addressed)
            {
                owners[0].EpithetAddressed += count;
            }
            else if (owners.Count == 1)
            {
                owners[0].EpithetSpeaks += count;
            }
        }

        // "said the Queen" of a fable that never names her: the capitalised rank nobody found carries is a character of its own.
        entities.AddRange(LoneRanks.Find(entities, epithetTags, MinSpeaks));

        var drafts = new List<Draft>();
        var prior = Prior(tags, known);
        if (prior.Count > 0)
        {
            var priorList = new CharacterList([.. prior.Select(p => p.Character)]);
            var priorNames = new HashSet<string>(prior.SelectMany(p => p.Character.Aliases.Append(p.Character.Name)), StringComparer.OrdinalIgnoreCase);
            var speaks = new int[prior.Count];
            var mentions = new int[prior.Count];
            foreach (var form in forms.Values)
            {
                var match = MatchWhole(priorList.Matcher, form.Text);
                if (match >= 0)
                {
                    speaks[match] += form.Speaks;
                    mentions[match] += form.Mentions;
                }
            }

            for (var t = 0; t < prior.Count; t++)
            {
                var given = prior[t].Character.Gender != Gender.Unknown ? prior[t].Character.Gender : TitleGender(prior[t].Character.Name);
                drafts.Add(new Draft(prior[t].Character with { Gender = Gender.Unknown }, prior[t].Source, speaks[t], mentions[t], given, Silent: false));
            }

            // A name in the text that is a tag's or a known character's (Naruto for Uzumaki Naruto, or Uchiha for two of
            // them) is not someone new; Mr. Thornby next to a tagged Clara Thornby is.
            entities = [.. entities.Where(e => !e.Forms.Any(f => f.Title is null && MatchWhole(priorList.Matcher, f.Text, ambiguous: true) >= 0) &&
                                                !e.Forms.Any(f => priorNames.Contains(f.Text)) &&
                                                !e.SharedWords.Any(w => MatchWhole(priorList.Matcher, w, ambiguous: true) >= 0))];
        }

        // Told in the first person, a name only ever addressed ("Okafor, will you talk to her?") is often the narrator
        // nobody names in the narration: listed, so the attributor can find "I" by address (AddressedNarrator).
        // Its words must be nobody else's ("Nell Harper." beside a "Miss Harper": one of them is someone else).
        var firstPerson = entities.Any(AddressedOnly) && chapters.Any(Attribution.AddressedNarrator.SaysIThroughout);
        var wordOwners = entities.SelectMany(e => e.Forms.SelectMany(f => f.Words).Distinct(StringComparer.Ordinal)).CountBy(w => w, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var addressedOnly = firstPerson
            ? entities.Where(e => !Speaks(e) && AddressedOnly(e) && e.Forms.SelectMany(f => f.Words).All(w => wordOwners[w] == 1)).Take(2).ToList()
            : [];
        // Two such names: either could be "I", so neither is (AddressedNarrator would find nobody).
        var kept = entities.Where(e => Speaks(e) || (addressedOnly.Count == 1 && addressedOnly[0] == e)).ToList();
        var sharing = new HashSet<string>(kept.SelectMany(e => e.SharedWords), StringComparer.Ordinal);
        var candidates = entities.Where(e => kept.Contains(e) || e.SharedWords.Any(sharing.Contains) || e.Mentions >= MinMentionsSilent ||
                                                   (e.TitleGender != Gender.Unknown && e.Mentions >= 2)).ToList();
        // A name that never speaks stays only to keep he/she honest (so only with a known gender), or because it shares
        // a word with a speaker (so that word stays ambiguous).
        var uniqueRanks = entities.SelectMany(e => e.Ranks).CountBy(r => r, StringComparer.Ordinal).Where(p => p.Value == 1).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        drafts.AddRange(candidates.Select(e => new Draft(ToCharacter(e, uniqueRanks), CharacterSource.Text, e.Speaks, e.Mentions, e.TitleGender,
            Silent: !kept.Contains(e) && !e.SharedWords.Any(sharing.Contains))));

        // Gender: a title (or an earlier chapter) says it; otherwise the pronouns that refer to the name, read with the whole list in play.
        // A common given name (Walter, Ada) is a weak prior, taken when the pronouns tie or say nothing; for a one-word name
        // never the subject of a speech verb (only addressed or mentioned: maybe a surname, Mallory) only when no pronoun
        // says the other gender.
        var estimated = GenderEstimator.Estimate(chapters, new CharacterList([.. drafts.Select(d => d.Character)]), [.. drafts.Select(d => NamePrior(d.Character.Name))],
            [.. drafts.Select(d => d.Speaks == 0 && !d.Character.Name.Contains(' ', StringComparison.Ordinal))]);
        var entries = new List<FoundCharacter>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var gender = draft.Given != Gender.Unknown ? draft.Given : estimated[i];
            if (draft.Silent && gender == Gender.Unknown)
            {
                continue;
            }

            entries.Add(new FoundCharacter(draft.Character with { Gender = gender }, draft.Source, draft.Speaks, draft.Mentions));
        }

        return new CharacterCast([.. entries.OrderBy(e => e.Source).ThenByDescending(e => e.Speaks).ThenByDescending(e => e.Mentions)]);
    }

    /// <summary>
    /// The characters the story has before its text is read: its Character tags (in tag order), then the known ones
    /// (aliases and gender kept) that are none of the tags.
    /// </summary>
    private static List<(Character Character, CharacterSource Source)> Prior(IReadOnlyList<string>? tags, CharacterList? known)
    {
        var prior = new List<(Character, CharacterSource)>();
        var tagNames = tags is null ? [] : TagCharacters.Names(tags);
        prior.AddRange(tagNames.Select(n => (new Character(n, []), CharacterSource.Tags)));
        if (known is not { Characters.Count: > 0 })
        {
            return prior;
        }

        var tagList = new CharacterList([.. tagNames.Select(n => new Character(n, []))]);
        var names = new HashSet<string>(tagNames, StringComparer.OrdinalIgnoreCase);
        foreach (var character in known.Characters)
        {
            if (names.Add(character.Name) && (tagNames.Count == 0 || MatchWhole(tagList.Matcher, character.Name, ambiguous: true) < 0))
            {
                prior.Add((character, CharacterSource.Text));
            }
        }

        return prior;
    }

    /// <summary>
    /// Speaks often enough to be listed; a titled name (Mrs. Hale) is a name for sure, so one tag will do; so is the
    /// narrator's own name, a titled name addressed twice whose surname nobody else has ("Good night, Mr. Ashby." — often
    /// the narrator nobody names in the narration; "Mr. Vane" next to a Julius Vane is not someone new), and a name both in the narration and addressed in a quote three times in all.
    /// </summary>
    private static bool Speaks(NameEntity entity) =>
        entity.Speaks >= MinSpeaks || (entity.Speaks >= 1 && (entity.Mentions >= MinMentionsWithOneTag || entity.TitleGender != Gender.Unknown ||
                                                            (entity.Mentions >= 2 && entity.Forms.Any(f => f.Title is not null && f.Speaks > 0)))) ||
        entity.Narrator > 0 || (entity.TitleGender != Gender.Unknown && entity.Addressed >= MinTitledAddressed && entity.SharedWords.Count == 0) || (entity.Addressed >= 1 && entity.Mentions >= 1 && entity.Mentions + entity.Addressed + entity.Speaks >= MinMentionsWithOneTag);

    /// <summary>An untitled name addressed twice, never in the narration, sharing no word: in first-person text, maybe "I".</summary>
    private static bool AddressedOnly(NameEntity entity) =>
        entity.TitleGender == Gender.Unknown && entity.Addressed >= MinTitledAddressed && entity.Mentions + entity.Speaks + entity.Narrator == 0 &&
        entity.SharedWords.Count == 0;

    /// <summary>
    /// A capitalised sequence that is a name: titled (Mrs. Hale), or capitalised in the middle of sentences and not a
    /// common word that happens to open them ("Still", "Will" written "will" elsewhere needs two mid-sentence uses), and
    /// not mostly after in/at/from (a place).
    /// </summary>
    private static bool IsProperName(NameForm form)
    {
        // "Ma, it's the doctor." alone is anybody's mother (and must not hide a narrator known by address): an everyday
        // kin word is a name only when the narration uses it as one.
        if (form.AfterPlaceWord * 3 > form.Mentions || (form.Mentions == 0 && KinNames.IsCommon(form)) ||
            (form.Title is null && form.Words.Length == 1 && CommonWords.IsMonthName(form.Words[0]) && form.Speaks + form.Addressed == 0))
        {
            return false; // a place, anybody's mother, "last June"
        }

        if (form.Title is not null)
        {
            return true;
        }

        if (form.LowerCase == 0)
        {
            // Two capitalised words that are no common words (Clara Thornby) make a name even at a sentence start.
            return form.Words.Length >= 2 || form.MidSentence > 0 || form.Speaks > 0 || form.Addressed > 0 || form.Narrator > 0;
        }

        return form.MidSentence >= 2 && form.MidSentence * 4 >= form.LowerCase;
    }

    /// <summary>An untitled word never written in lower case nor mostly after in/at/from, that a titled or fuller name has.</summary>
    private static bool IsFullerNameWord(NameForm form, HashSet<string> fullerWords) =>
        form.Title is null && form.Words.Length == 1 && form.LowerCase == 0 && form.AfterPlaceWord * 3 <= form.Mentions && fullerWords.Contains(form.Words[0]);

    /// <summary>
    /// The gender a list of common given names gives a name without a title: its first word (Walter Brisk), or, in
    /// fandom order (Uzumaki Naruto), its last when only that one is listed.
    /// </summary>
    private static Gender NamePrior(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || CourtesyTitles.IsAnyTitle(words[0], out _) || RankWords.IsTitle(words[0], out _))
        {
            return Gender.Unknown;
        }

        var first = GivenNames.Of(words[0]);
        var last = words.Length > 1 ? GivenNames.Of(words[^1]) : Gender.Unknown;
        return first != Gender.Unknown ? first : last;
    }

    /// <summary>The gender the title a name starts with says (<c>Mr. Thornby</c>), or unknown.</summary>
    private static Gender TitleGender(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && (CourtesyTitles.IsAnyTitle(name.AsSpan(0, space), out var gender) || RankWords.IsTitle(name.AsSpan(0, space), out gender)) ? gender : Gender.Unknown;
    }

    /// <param name="uniqueRanks">Ranks one found name alone carries: its bare rank is an alias too (<c>Inspector</c>, <c>Doctor</c>), as a hand-written list would give it.</param>
    private static Character ToCharacter(NameEntity entity, HashSet<string> uniqueRanks)
    {
        var ranks = entity.Ranks.Where(r => uniqueRanks.Contains(r) && RankWords.Epithet(r) is not null)
            .Select(r => char.ToUpperInvariant(r[0]) + r[1..]);
        var aliases = entity.Forms.Select(f => f.Text).Concat(entity.SharedWords).Concat(ranks)
            .Where(a => !string.Equals(a, entity.Main.Text, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Character(entity.Main.Text, aliases);
    }

    /// <summary>The character <paramref name="name"/> names as a whole, or -1; with <paramref name="ambiguous"/> a shared name gives 0.</summary>
    private static int MatchWhole(NameMatcher matcher, string name, bool ambiguous = false)
    {
        var tokens = new List<Text.Token>();
        Text.Tokenizer.Tokenize(name, 0, name.Length, tokens);
        var match = matcher.Match(name, tokens, 0);
        if (!match.Success || match.TokenCount != tokens.Count)
        {
            return -1;
        }

        return match.Ambiguous ? (ambiguous ? 0 : -1) : match.Character;
    }

    /// <param name="Given">The gender a title or an earlier chapter says (unknown: estimated from the pronouns).</param>
    private sealed record Draft(Character Character, CharacterSource Source, int Speaks, int Mentions, Gender Given, bool Silent);
}
