using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>A person found in the text: the name forms that refer to them (<c>Clara Thornby</c>, <c>Clara</c>).</summary>
internal sealed class NameEntity(NameForm main)
{
    public NameForm Main { get; private set; } = main;

    public List<NameForm> Forms { get; } = [main];

    /// <summary>Single words that several entities share (<c>Thornby</c> for Mr. and Miss Thornby): listed so they match as ambiguous.</summary>
    public List<string> SharedWords { get; } = [];

    public int Speaks => Forms.Sum(f => f.Speaks) + EpithetSpeaks;

    /// <summary>Speech tags that name its rank (<c>said the Captain</c>) when it is the one found name with that rank.</summary>
    public int EpithetSpeaks { get; set; }

    /// <summary>The ranks its titles say (<c>captain</c> for Captain Everard Stowe, <c>doctor</c> for Dr. Vos).</summary>
    public IEnumerable<string> Ranks => Forms.Where(f => f.Title is not null).Select(f => RankWords.Rank(f.Title)).OfType<string>().Distinct(StringComparer.Ordinal);

    public int Mentions => Forms.Sum(f => f.Mentions);

    public int Addressed => Forms.Sum(f => f.Addressed) + EpithetAddressed;

    /// <summary>Times a quote addresses its rank alone (<c>"Yes, Inspector."</c>) when it is the one found name with that rank.</summary>
    public int EpithetAddressed { get; set; }

    public int Narrator => Forms.Sum(f => f.Narrator);

    /// <summary>
    /// The gender its titles (Mr., Mrs., Lady …), its patronymic (<c>Marya Ivanovna</c>) or a kin word or a lone rank as its name
    /// (<c>Grandad</c>, <c>Queen</c>) say, or unknown when none or when they disagree.
    /// </summary>
    public Gender TitleGender
    {
        get
        {
            var gender = Gender.Unknown;
            foreach (var form in Forms)
            {
                var g = form.Words.Length == 1 ? (KinNames.Of(form) is var kin && kin != Gender.Unknown ? kin : LoneRanks.Of(form)) : Patronymics.OfName(form.Words);
                if (g == Gender.Unknown && (form.Title is null || !(CourtesyTitles.IsAnyTitle(form.Title, out g) || RankWords.IsTitle(form.Title, out g)) || g == Gender.Unknown))
                {
                    continue;
                }

                if (gender != Gender.Unknown && gender != g)
                {
                    return Gender.Unknown;
                }

                gender = g;
            }

            return gender;
        }
    }

    public void Add(NameForm form)
    {
        Forms.Add(form);

        // The fullest untitled form names the entity: Clara Thornby rather than Miss Clara or Clara; Captain Everard Stowe rather than Everard.
        if (form.Title is null && (Main.Title is not null ? form.Words.Length >= Main.Words.Length : form.Words.Length > Main.Words.Length))
        {
            Main = form;
        }
    }
}
