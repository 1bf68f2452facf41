using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// The words after a /giao's date that are known to name no unit: courtesy words and particles ("nhé", "ạ", "ok"),
/// emoji and punctuation, a date-ish remark, and the phrases the letters use for the office's own work ("để tổng hợp,
/// báo cáo theo quy định", "gửi về Ban Tuyên giáo …", "qua …", "theo CV 592"), a bracket with no capital. Only these are left
/// out silently; any other word may be
/// a unit the bot cannot read ("Kho bac", "BV San Nhi", "So GD&DT"), and a job for every unit is asked about first.
/// </summary>
internal static partial class AfterDateFiller
{
    private static readonly HashSet<string> Words =
    [
        "nhe", "nha", "a", "ah", "ak", "nhen", "hen", "nghe", "ne", "nhi", "ok", "oke", "okie", "okay", "vs", "voi", "di",
        "giup", "em", "cam", "on", "thanks", "thank", "tks", "you", "xin", "vui", "long", "gap", "khan", "truong", "dung",
        "han", "luu", "y", "chu", "va", "de", "thi", "nay", "nhu", "tren", "ngay", "thang", "nam", "tuan", "gio", "h", "luc",
        "sang", "chieu", "toi", "truoc", "sau", "hom", "thu", "cn", "nhat", "bao", "cao",
    ];

    /// <summary>True when <paramref name="ignored"/> holds nothing but known filler.</summary>
    public static bool IsFiller(string ignored, IReadOnlyList<Unit> all)
    {
        // A bracket with no capital in it ("(bản mềm)", "(gấp)") names no unit; "(Kho bạc)" may, and so may "(kho bac)"
        // typed on a phone: a unit's short name is never filler.
        var unbracketed = Bracket().Replace(ignored, b => b.Value.Any(char.IsUpper) || NamesUnits(b.Value, all) ? b.Value : " ");
        var left = OfficeWork().Replace(VietnameseFold.Fold(unbracketed), " ");
        return Word().Matches(left).All(w => Words.Contains(w.Value) || w.Value.All(char.IsAsciiDigit));
    }

    private static bool NamesUnits(string text, IReadOnlyList<Unit> all) =>
        ShortUnitNames.In(text, all).Count > 0 || GroupInTitle.In(text) is not null || UnitsWithoutCho.Held(text, all, partial: true).Count > 0;

    // What the office does with the paper once sent ("để tổng hợp …", "báo cáo theo quy định", "gửi về Ban Tuyên giáo
    // Đảng ủy Khối", "qua email"), and a remark to the people who read it ("các đồng chí lưu ý …", "những nội dung …").
    [GeneratedRegex(@"(?:\b(?:de(?!\s+nghi\b)|nham)\s+.*|\b(?:bao\s+cao|trinh)\s+(?:ve\s+|len\s+|voi\s+)?(?:ban\s|thuong\s+(?:truc|vu)|tinh\s+uy|dang\s+uy|btv|lanh\s+dao).*|\btheo\b.*|\bgui\s+(?:ve\s+|den\s+|len\s+)?(?:ban\s+tuyen\s+giao|btg|ban\s+tg)\b.*|\bqua\s+.*|^\W*(?:cac\s+|moi\s+)?(?:dong\s+chi|d/c|anh\s+chi|anh/chi)\s+(?:luu\s+y|chu\s+y|nho)\b.*|^\W*nhung\s+noi\s+dung\b.*)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex OfficeWork();

    [GeneratedRegex(@"[(\[][^()\[\]]*[)\]]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
