using System.Text;
using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Letters.Reading;

/// <summary>
/// The lines of one table cell (paragraphs or line breaks) as one text. A line that starts as a unit's name does
/// ("Công đoàn viên chức tỉnh" under "Đoàn Thanh niên Khối") is another name, joined with "; " as a units cell lists
/// them; any other line is the line before it wrapped by hand, joined with a space.
/// </summary>
internal static partial class CellLines
{
    public static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Select(l => l.Trim(' ')).Where(l => l.Length > 0))
        {
            if (text.Length > 0)
            {
                text.Append(char.IsLetter(text[^1]) && char.IsUpper(line[0]) && UnitHead().IsMatch(VietnameseFold.Fold(line)) ? "; " : " ");
            }

            text.Append(line);
        }

        return text.ToString();
    }

    // The words a unit's name begins with ("Số 2200-CV", "Báo cáo", "Hội nghị", "Dài không quá" fold like "Sở", "Báo",
    // "Hội", "Đài" and are not); "Nghị quyết số 05" under "… thực hiện" is a title wrapped, not a unit.
    [GeneratedRegex(@"^(?:dang bo|chi bo|dang uy|doan thanh nien|doan tn|cong doan|hoi(?! nghi| thao| thi| dien)|cuu chien binh|so(?! ?[0-9])|ban|cuc|chi cuc|truong|benh vien|cong ty|tong cong ty|ngan hang|kho bac|bao(?! cao)|dai phat thanh|dai truyen hinh|vien|trung tam|van phong|bao hiem|uy ban|ubnd|quy (?:dau tu|phat trien|ho tro|bao)|chi nhanh|buu dien|lien doan|lien minh|hiep hoi|tinh doan|mat tran|vien kiem sat|toa an|thanh tra|vnpt|viettel|agribank)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex UnitHead();
}
