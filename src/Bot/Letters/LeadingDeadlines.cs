using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A due date written before what is due: "Đến ngày 15/12/2026 các đơn vị phải hoàn thành và gửi báo cáo …", "Ngày
/// 23/12/2026 là hạn cuối nộp báo cáo …". Read as "trước &lt;date&gt;" would be; the title comes from the words after.
/// </summary>
internal static partial class LeadingDeadlines
{
    public static IReadOnlyList<DateParseResult> FindAll(string text, DateOnly today, DateOnly? documentDate)
    {
        var folded = FoldedText.Of(text);
        var found = new List<DateParseResult>();
        foreach (Match leading in LeadingRegex().Matches(folded.Value))
        {
            LabelledDeadlines.Add(found, folded, leading.Groups["date"].Index, today, documentDate, leading.Groups["at"].Index);
        }

        // "Ban Tuyên giáo gia hạn thời gian gửi … đến ngày 22/12/2026": an extension letter's new date (see ExtendedDeadlines).
        foreach (var (date, phrase) in ExtendedDeadlines.In(folded.Value))
        {
            LabelledDeadlines.Add(found, folded, date, today, documentDate, phrase);
        }

        return found;
    }

    private const string Date = @"(?<date>[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]{2,4})?|[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*,?\s*nam\s+[0-9]{4})?)";

    // At a clause's start (after a number or dash): "Đến ngày …" followed by what must be sent or done in the same
    // sentence; "Ngày … là hạn (cuối|chót) …" anywhere. Not "từ ngày … đến ngày …" (a period), whose "đến" is mid-clause.
    [GeneratedRegex(@"(?:(?<=^|[\n.;:]\s*|[\n.;:]\s*[0-9]+\.\s*|[\n]\s*[-–+•]\s*)(?<at>den\s+ngay\s+)" + Date + @"(?=\s*,?\s+[^.\n]{0,100}?(?<!\p{L})(?:gui|nop|hoan\s+thanh|bao\s+cao)(?!\p{L}))"
        + @"|(?<!\p{L})(?<at>ngay\s+)" + Date + @"(?=\s+(?:la|se\s+la)\s+(?:han|thoi\s+han)(?!\p{L})))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LeadingRegex();
}
