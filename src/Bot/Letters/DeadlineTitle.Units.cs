using System.Text.RegularExpressions;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>A title without the units that hand the paper in, nor a cited document's date.</summary>
internal static partial class DeadlineTitle
{
    /// <summary>
    /// The title without who hands it in ("Các đơn vị nghiên cứu …", "… của các đoàn thể khối") or the date of a document
    /// it names ("Hướng dẫn số 15-HD/BTGTU ngày 20/11/2026"): the item shows its units apart.
    /// </summary>
    private static string WithoutUnits(string title)
    {
        var folded = FoldedText.Of(title);
        if (UnitsTailRegex().Match(folded.Value) is { Success: true, Index: > 0 } tail)
        {
            // "… của các đoàn thể khối năm 2026": the units go, the year stays.
            var year = YearTailRegex().Match(folded.Value, tail.Index) is { Success: true } y && !YearRegex().IsMatch(folded.Value[..tail.Index]) ? " năm " + y.Groups["y"].Value : string.Empty;
            title = Tidy(title[..folded.OriginalStart(tail.Index)]) + year;
            folded = FoldedText.Of(title);
        }

        // "… năm 2026 của Chi bộ Báo Yên Bái và Đảng bộ Sở Y tế": the units named apart, not in the title.
        // "Báo cáo của Hội": a kind of unit alone ("Hội", "Sở") names no unit, and stays.
        if (NamedUnits.OwnersAt(folded, null) is { Of: > 0 } owners && folded.Value[owners.Names..].Trim().Contains(' ', StringComparison.Ordinal))
        {
            var year = YearTailRegex().Match(folded.Value, owners.Of) is { Success: true } y && !YearRegex().IsMatch(folded.Value[..owners.Of]) ? " năm " + y.Groups["y"].Value : string.Empty;
            title = Tidy(title[..folded.OriginalStart(owners.Of)]) + year;
            folded = FoldedText.Of(title);
        }

        if (UnitsLeadRegex().Match(folded.Value) is { Success: true } lead && lead.Length < folded.Value.Length)
        {
            title = title[folded.OriginalStart(lead.Length)..];
            folded = FoldedText.Of(title);
        }

        return DocumentDateRegex().Match(folded.Value) is { Success: true, Index: > 0 } date ? Tidy(title[..folded.OriginalStart(date.Index)]) : title;
    }

    // "… của các đoàn thể khối", "… của các chi, đảng bộ cơ sở", "… tại các đơn vị".
    [GeneratedRegex(@"\s+(?:cua|tai)\s+(?:cac|moi|tung)\s+(?:don\s+vi|chi|dang\s+bo|doan\s+the|to\s+chuc\s+dang|co\s+so|doanh\s+nghiep)(?!\p{L}).*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsTailRegex();

    // "Các đơn vị nghiên cứu …", "các chi bộ triển khai …": who does it, before what is done.
    [GeneratedRegex(@"^(?:cac|moi|tung)\s+(?:don\s+vi|chi\s*,\s*dang\s+bo(?:\s+co\s+so)?|chi\s+bo|dang\s+bo(?:\s+co\s+so)?|doan\s+the(?:\s+khoi)?)(?:\s+(?:truc\s+thuoc|co\s+so))?\s*,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex UnitsLeadRegex();

    // "Hướng dẫn số 15-HD/BTGTU ngày 20/11/2026" at a title's end: the cited document's date.
    [GeneratedRegex(@"\s+ngay\s+[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentDateRegex();

    [GeneratedRegex(@"(?<!\p{L})nam\s+(?<y>20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearTailRegex();
}
