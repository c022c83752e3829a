namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Russian diminutives as translations spell them (<c>Petya</c> for Pyotr, <c>Varya</c> for Varvara, <c>Stiva</c> for
/// Stepan): a diminutive joins the one found name whose given name it shortens.
/// </summary>
internal static class Diminutives
{
    private static readonly Dictionary<string, string[]> Full = new(StringComparer.Ordinal)
    {
        ["Petya"] = ["Pyotr", "Peter"], ["Pasha"] = ["Pavel"], ["Kolya"] = ["Nikolai", "Nikolay"], ["Misha"] = ["Mikhail"],
        ["Sasha"] = ["Alexander", "Alexandr", "Aleksandr", "Alexandra"], ["Seryozha"] = ["Sergei", "Sergey"],
        ["Volodya"] = ["Vladimir"], ["Vanya"] = ["Ivan"], ["Kostya"] = ["Konstantin"], ["Stiva"] = ["Stepan"], ["Fedya"] = ["Fyodor"],
        ["Grisha"] = ["Grigory"], ["Dima"] = ["Dmitri", "Dmitry"], ["Mitya"] = ["Dmitri", "Dmitry"], ["Alyosha"] = ["Alexei", "Alexey", "Aleksei"],
        ["Lyova"] = ["Lev"], ["Yasha"] = ["Yakov"], ["Tolya"] = ["Anatoly"], ["Andryusha"] = ["Andrei", "Andrey"],
        ["Varya"] = ["Varvara"], ["Lena"] = ["Yelena", "Elena"], ["Lenochka"] = ["Yelena", "Elena"], ["Masha"] = ["Marya", "Maria", "Mariya"],
        ["Natasha"] = ["Natalya", "Natalia"], ["Katya"] = ["Yekaterina", "Ekaterina"], ["Dolly"] = ["Darya"], ["Dasha"] = ["Darya"],
        ["Sonya"] = ["Sofya", "Sofia"], ["Tanya"] = ["Tatyana", "Tatiana"], ["Anya"] = ["Anna"], ["Nadya"] = ["Nadezhda"],
        ["Lyuba"] = ["Lyubov"], ["Dunya"] = ["Avdotya"], ["Nastya"] = ["Anastasia", "Anastasiya"], ["Olya"] = ["Olga"], ["Kitty"] = ["Yekaterina", "Ekaterina"],
    };

    /// <summary>The given names <paramref name="word"/> shortens (empty for none).</summary>
    public static IReadOnlyList<string> Of(string word) => Full.TryGetValue(word, out var names) ? names : [];
}
