using System.Globalization;
using System.Text.RegularExpressions;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Exports;

/// <summary>
/// Photos sent in chat carry names the bot made up ("anh-zalo-&lt;id&gt;.jpg" on Zalo, "anh-&lt;id&gt;.jpg" on Telegram)
/// that sort in no useful order: in an archive they are named for the unit, the deadline, the receipt and the page
/// ("TTRA_#4_BN2026-00012_trang-1.jpg"), numbered so they sort as sent. A name the sender chose is kept.
/// </summary>
internal static partial class PageNames
{
    public static string For(SubmissionFile file, int page, int pages, string unitCode, long deadlineId, string receiptNo)
    {
        if (!MadeUp().IsMatch(file.OriginalName))
        {
            return file.OriginalName;
        }

        var number = page.ToString(CultureInfo.InvariantCulture).PadLeft(pages.ToString(CultureInfo.InvariantCulture).Length, '0');
        return $"{unitCode}_#{deadlineId}_{receiptNo}_trang-{number}{Path.GetExtension(file.OriginalName).ToLowerInvariant()}";
    }

    [GeneratedRegex(@"^anh-(zalo-)?[0-9A-Za-z_-]+\.(jpe?g|png|webp|gif|heic)$", RegexOptions.IgnoreCase)]
    private static partial Regex MadeUp();
}
