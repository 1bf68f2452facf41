using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// "Các đơn vị (trừ Chi bộ Báo Yên Bái) gửi …", "Các đơn vị, trừ Đảng bộ Sở Y tế và Chi bộ Báo Yên Bái, gửi …",
/// "ngoại trừ …", "không kể …": the units a sentence takes out of its group. Their names are the ones left out, never the
/// units asked.
/// </summary>
internal static partial class ExceptedUnits
{
    /// <summary>The sentence without its "trừ …" part, and that part's names as written; null when it takes none out.</summary>
    public static (string Remaining, string Names)? Split(string sentence)
    {
        var folded = FoldedText.Of(sentence);
        if (ExceptRegex().Match(folded.Value) is not { Success: true } except)
        {
            return null;
        }

        var names = except.Groups["names"];
        var (namesEnd, end) = (names.Index + names.Length, except.Index + except.Length);
        // "trừ các đơn vị đã gửi báo cáo chuyên đề": units told by what they did, written whole to the clause's end, never
        // cut at their verb into "các đơn vị đã".
        if (QualifiedRegex().IsMatch(names.Value))
        {
            namesEnd = folded.Value.IndexOfAny(['.', ',', ';', ')', '\t', '\n'], namesEnd) is var stop and >= 0 ? stop : folded.Value.Length;
            end = namesEnd < folded.Value.Length && folded.Value[namesEnd] == ')' ? namesEnd + 1 : namesEnd;
        }

        var from = folded.OriginalStart(except.Index);
        var to = folded.OriginalEnd(end);
        var written = sentence[folded.OriginalStart(names.Index)..folded.OriginalEnd(namesEnd)].Trim().TrimEnd('.', ',', ';');
        // The group and the verb stay joined: "Các đơn vị, trừ …, gửi" becomes "Các đơn vị gửi".
        return written.Length == 0 ? null : (sentence[..from].TrimEnd(' ', ',') + " " + sentence[to..].TrimStart(' ', ','), written);
    }

    /// <summary>"các đơn vị đã gửi báo cáo chuyên đề", "những chi bộ chưa nộp": units the letter tells by what they did, not by name.</summary>
    public static bool ToldByWhatTheyDid(string names) => QualifiedRegex().IsMatch(VietnameseText.Fold(names));

    /// <summary>
    /// ". Riêng Đảng bộ Sở Y tế, Đảng bộ Sở Tư pháp không phải gửi.", ", riêng Chi bộ Báo Yên Bái được miễn nộp": the units
    /// the words after a due date (to the end of the next sentence) exempt from it, as written; empty when none.
    /// </summary>
    public static string Exempted(string after)
    {
        var folded = FoldedText.Of(after);
        if (ExemptRegex().Match(folded.Value) is not { Success: true } exempt)
        {
            return string.Empty;
        }

        var names = exempt.Groups["names"];
        return char.IsUpper(folded.Original[folded.OriginalStart(names.Index)]) && !names.Value.StartsWith("cac ", StringComparison.Ordinal) && !names.Value.StartsWith("nhung ", StringComparison.Ordinal)
            ? after[folded.OriginalStart(names.Index)..folded.OriginalEnd(names.Index + names.Length)].Trim()
            : string.Empty;
    }

    [GeneratedRegex(@"^(?:cac|nhung)\s+(?:don\s+vi|chi\s+bo|dang\s+bo)\s+(?:da|chua|duoc|co|khong|dang)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedRegex();

    [GeneratedRegex(@"[.;(,]\s*(?:rieng\s+)?(?<names>[^.;()]+?)(?:\s+da\s+(?:gui|nop|bao\s+cao)(?:\s+(?:roi|xong))?)?(?:\s+(?:nen|thi))?\s+(?:khong\s+(?:phai|can)|duoc\s+mien(?:\s+tru)?)\s+(?:gui|nop|bao\s+cao|thuc\s+hien)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ExemptRegex();

    // After "(", a comma or the group's own words; the names run to the closing bracket, to the comma or space before
    // the verb ("xây dựng" only after a comma: "Sở Xây dựng", "Trung tâm Kiểm định xây dựng" are names; the text is
    // folded to lower case, so case cannot tell), or to the end of a table cell or the due
    // date's words ("Các chi bộ trừ Chi bộ Báo Yên Bái<tab>trước 17 giờ …"). The excluding words are /giao's.
    [GeneratedRegex(@"(?:\(\s*|,\s*|(?<=(?:don\s+vi|co\s+so|truc\s+thuoc|chi\s+bo|dang\s+bo|doan\s+the|khoi)\s+))" + UnitGroupPhrases.ExcludingWords + @"\s*:?\s*(?<names>[^()\t\n]+?)\s*(?:\)|,?\s+(?=(?:gui|nop|bao\s+cao|hoan\s+thanh|thuc\s+hien|tong\s+hop|to\s+chuc|trien\s+khai|chuan\s+bi|lap|dang\s+ky|co\s+trach\s+nhiem|chu\s+dong)(?!\p{L}))|,\s+(?=xay\s+dung(?!\p{L}))|(?=[\t\n])|,?\s+(?=(?:truoc|cham\s+nhat|han\s+chot|han\s+nop)(?!\p{L}))|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ExceptRegex();
}
