using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// An extension letter: "Ban Tuyên giáo gia hạn thời gian gửi kế hoạch … đến ngày 22/12/2026", "lùi thời hạn nộp báo
/// cáo … sang ngày 22/12/2026", "điều chỉnh thời gian gửi … đến 22/12/2026". The new date is the units' due date (read
/// as "trước &lt;date&gt;" would be), and the item it makes moves the open deadline it extends (see
/// <see cref="DraftDeadline.Moves"/>) rather than standing beside it.
/// </summary>
internal static partial class ExtendedDeadlines
{
    /// <summary>
    /// Where the new dates an extension verb leads to ("gia hạn … đến ngày …") are in <paramref name="folded"/>, which
    /// no deadline keyword ("trước", "hạn") holds: the date's start and the phrase's ("đến ngày …").
    /// </summary>
    public static IEnumerable<(int Date, int Phrase)> In(string folded)
    {
        foreach (Match moved in MovedToRegex().Matches(folded))
        {
            // "Hội nghị tổng kết được lùi đến ngày 20/12/2026", "lùi hội nghị đến …" move a meeting, not a paper ("gia hạn
            // gửi báo cáo tổng hợp …" names one).
            var what = moved.Groups["what"].Value;
            var clause = folded[(folded.LastIndexOfAny(['\n', '.', ';'], Math.Max(moved.Index - 1, 0)) + 1)..moved.Groups["at"].Index];
            if (!LabelledDeadlines.MeetingRegex().IsMatch(clause) || DeadlineTitle.NamesAPaper(what))
            {
                yield return (moved.Groups["date"].Index, moved.Groups["at"].Index);
            }
        }
    }

    /// <summary>The clause before a due date extends a deadline ("Ban Tuyên giáo gia hạn thời gian gửi …", with or without diacritics).</summary>
    public static bool Extends(string clause) => VerbRegex().IsMatch(VietnameseText.Fold(clause));

    private const string Verb = @"(?<!\p{L})(?:gia\s+han|(?:keo\s+dai|lui|doi|dieu\s+chinh)(?:\s+lai)?(?=\s+(?:thoi\s+gian|thoi\s+han|han|ngay|den|sang|toi)(?!\p{L})))";

    private const string Date = @"(?<date>[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]{2,4})?|[0-9]{1,2}\s+thang\s+[0-9]{1,2}(?:\s*,?\s*nam\s+[0-9]{4})?)";

    [GeneratedRegex(Verb, RegexOptions.CultureInvariant)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(Verb + @"(?<what>[^.;\n]{0,160}?)(?<!\p{L})(?<at>(?:den|toi|sang)\s+(?:het\s+)?(?:ngay\s+)?)" + Date, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MovedToRegex();
}
