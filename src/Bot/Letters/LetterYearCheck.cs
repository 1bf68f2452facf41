using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A letter dated "28 tháng 11 năm 2025" whose deadlines are all in December 2026: the letter's own date is the likely
/// typo, not every due date it gives, so it is said once above the items.
/// </summary>
internal static class LetterYearCheck
{
    private const int FarMonths = 6;

    public static string? Warning(LetterDraft draft, DateOnly today)
    {
        if (draft.LetterDate is not { } letter || draft.Items.Where(i => i.Due is not null).Select(i => i.Due!.Value).ToList() is not { Count: > 0 } dues)
        {
            return null;
        }

        var far = dues.Where(d => d > letter.AddMonths(FarMonths) && d >= today).ToList();
        if (far.Count * 2 <= dues.Count)
        {
            return null;
        }

        var years = string.Join(", ", far.Select(d => d.Year).Distinct().Order());
        return $"Ngày văn bản {VietnameseWording.Date(letter)} có vẻ ghi nhầm năm: {(far.Count == dues.Count ? "các" : "phần lớn các")} hạn nộp ở năm {years}, cách ngày văn bản hơn {FarMonths} tháng; hạn được giữ như văn bản ghi, kiểm tra lại ngày trên văn bản.";
    }
}
