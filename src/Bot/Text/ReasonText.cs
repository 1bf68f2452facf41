using System.Text.RegularExpressions;

namespace QcdcBot.Bot.Text;

/// <summary>
/// A reason as people type it on a phone, made fit to quote: "a, em chua hop chi bo" → "em chua hop chi bo",
/// "Lý do: lý do: chờ ký" → "chờ ký". What opens it as politeness ("dạ", "ạ", a lone "a,") or repeats the label the
/// bot prints itself ("lý do:") is dropped; the words of the reason are kept as typed.
/// </summary>
internal static partial class ReasonText
{
    public static string Clean(string reason) => Clean(reason, out _);

    /// <param name="caused">
    /// The reason opened with the word that gives it ("vì", "do", "lý do:"): everything after is the reason as the person
    /// meant it, even words that are also in the deadline's title ("vì công tác dân vận chưa sơ kết xong").
    /// </param>
    public static string Clean(string reason, out bool caused)
    {
        var cleaned = reason.Trim();
        caused = false;
        while (Opening().Match(cleaned) is { Success: true, Length: > 0 } opening)
        {
            caused |= Cause().IsMatch(opening.Value);
            cleaned = cleaned[opening.Length..];
        }

        return WithoutEnding(cleaned).Trim(' ', ',', ';', ':', '-');
    }

    /// <summary>"20/12 cho số liệu ạ" → "20/12 cho số liệu": a closing "ạ", "a", "nhé", "nha", "với" is courtesy, not part of the reason.</summary>
    public static string WithoutEnding(string text)
    {
        var cleaned = text.TrimEnd();
        while (Ending().Match(cleaned) is { Success: true, Length: > 0 } ending && ending.Index > 0)
        {
            cleaned = cleaned[..ending.Index].TrimEnd();
        }

        return cleaned;
    }

    // "ạ", "dạ", "vâng", "thưa" alone, or "a"/"da" only with a comma after (without diacritics "da" may be "đã"); the
    // phone's fillers "nhé", "nha", "với" left at the front once the request before them is taken away ("nhe, vi chua
    // hop", "nhé ạ, vì …"), with a stop after them or another filler or the linking "vì" that follows;
    // the address that closes the request ("nhé anh, vì …", "anh ơi, …") and a lone "em xin" before the reason's
    // own words ("em xin, vì …"), only with a stop or a filler or "vì" after them;
    // "lý do", "ly do", "ld" with or without a colon; the linking "vì", "do", "bởi vì", "tại vì" that only joins the
    // reason to the request ("vì chưa họp chi bộ") — but not "vi phạm", "do dự", and never when nothing follows.
    [GeneratedRegex(@"^\s*(?:(?:(?:bởi|boi|tại|tai)\s+(?:vì|vi)|vì|vi|bởi|boi|do)(?![\p{L}\p{N}])(?!\s+(?:phạm|pham|dự|du)(?![\p{L}\p{N}]))[\s,:;-]+(?=[\p{L}\p{N}])|(?:ạ|à|dạ|vâng|vang|thưa|thua)(?![\p{L}\p{N}])[\s,.:;-]*|(?:a|da|ah|ak|nhé|nhe|nha|nhá|với|voi)\s*[,.;:-]\s*|(?:nhé|nhe|nha|nhá|với|voi)\s+(?=(?:ạ|à|a|vì|vi|bởi|boi|tại|tai|do|lý|ly|lí)(?![\p{L}\p{N}]))|(?:(?:nhé|nhe|nha|nhá)\s+(?:anh|chị|chi|em)|(?:anh|chị|chi)\s+(?:ơi|oi)|(?:em|e)\s+xin)(?![\p{L}\p{N}])\s*(?:[,.;:-]\s*|(?=(?:ạ|à|a|vì|vi|bởi|boi|tại|tai|do|lý|ly|lí)(?![\p{L}\p{N}])))|(?:lý|ly|lí|li)\s+(?:do|dó)(?![\p{L}\p{N}])\s*(?:(?:là|la)(?![\p{L}\p{N}]))?\s*[:,.-]?\s*|ld\s*:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // A last word "ạ", "à", "a" (ạ typed without marks), "nhé", "nhe", "nha", "nhá", "ah", "ak", "với", with any stops after it;
    // or the address with it ("… nhé anh", "… anh ạ"); only a whole word ("cho em xin với" loses "với"; "nhanh" and "hạ" stay).
    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,!?)])[\s,]+(?:(?:nhé|nhe|nha|nhá|ạ|a)\s+(?:anh|chị|chi|em)|(?:anh|chị)\s+(?:ạ|a|nhé|nhe|nha)|ạ|à|a|nhé|nhe|nha|nhá|ah|ak|với|voi)[\s.!,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ending();

    [GeneratedRegex(@"^\s*(?:bởi|boi|tại|tai|vì|vi|do|lý|ly|lí|li|ld)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cause();
}
