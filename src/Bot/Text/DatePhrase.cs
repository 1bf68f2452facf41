namespace QcdcBot.Bot.Text;

/// <summary>
/// A deadline phrase as written. <see cref="Start"/>/<see cref="Length"/> index the text given to the parser,
/// covering the keyword (if any) through the date, so the text before <see cref="Start"/> is the task title.
/// </summary>
/// <param name="Keyword">"trước", "hạn", "hạn chót", "chậm nhất", "đến hết", or "" for a bare date.</param>
/// <param name="Year">As written (two-digit years already expanded to 20xx); null when not written.</param>
internal sealed record DatePhrase(int Start, int Length, string Keyword, int Day, int Month, int? Year);
