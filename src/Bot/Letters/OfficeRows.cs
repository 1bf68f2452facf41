using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// A table row that is not a deadline for the units: the office's own work ("4 | Họp Ban chỉ đạo | Ban Tuyên giáo |
/// 15/12/2026") or a meeting or event on a day, which a plan lists beside the units' reports.
/// </summary>
internal static partial class OfficeRows
{
    /// <returns>Why the row holding <paramref name="at"/> is left out, or null when it is not a table row or is the units'.</returns>
    public static string? WhyLeftOut(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var end = text.IndexOf('\n', at) is var e and >= 0 ? e : text.Length;
        var row = text[start..end];
        if (!row.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = row.Split('\t').Select(c => c.Trim()).Where(c => c.Any(char.IsLetter)).ToList();
        if (cells.FirstOrDefault(c => OfficeRegex().IsMatch(VietnameseText.Fold(c))) is { } office)
        {
            return $"việc của {office}, không phải hạn nộp của các đơn vị";
        }

        return cells.Count > 0 && EventRegex().IsMatch(VietnameseText.Fold(cells[0]))
            ? $"\"{cells[0]}\" là cuộc họp, sự kiện, không phải hạn nộp của các đơn vị"
            : null;
    }

    // The office and its bodies as a whole cell ("Ban Tuyên giáo", "Văn phòng Đảng ủy Khối"); not "Ban Tổ chức Tỉnh ủy".
    [GeneratedRegex(@"^(?:ban\s+thuong\s+vu|thuong\s+truc|ban\s+tuyen\s+giao|ban\s+to\s+chuc|ban\s+dan\s+van|uy\s+ban\s+kiem\s+tra|van\s+phong|ban\s+chi\s+dao|dang\s+uy\s+khoi|co\s+quan\s+dang\s+uy\s+khoi)(?:\s+dang\s+uy\s+khoi)?\s*[.;]?$", RegexOptions.CultureInvariant)]
    private static partial Regex OfficeRegex();

    [GeneratedRegex(@"^(?:hop|hoi\s+nghi|to\s+chuc\s+(?:hop|hoi\s+nghi|le|dai\s+hoi|toa\s+dam|hoi\s+thao)|le|dai\s+hoi|toa\s+dam|hoi\s+thao|gap\s+mat)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EventRegex();
}
