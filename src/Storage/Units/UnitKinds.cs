using QcdcBot.Storage.Text;

namespace QcdcBot.Storage.Units;

internal static class UnitKinds
{
    /// <summary>Reads "đảng bộ", "Dang bo", "dang_bo", "chi bộ", "đoàn thể" … in any case, with or without diacritics.</summary>
    public static bool TryParse(string? text, out UnitKind kind)
    {
        var folded = VietnameseFold.Fold(text).Replace("_", " ", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Trim();
        folded = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        (var ok, kind) = folded switch
        {
            "dang bo" or "dangbo" or "db" => (true, UnitKind.DangBo),
            "chi bo" or "chibo" or "cb" => (true, UnitKind.ChiBo),
            "doan the" or "doanthe" or "dt" => (true, UnitKind.DoanThe),
            _ => (false, default),
        };
        return ok;
    }

    public static string Display(this UnitKind kind) => kind switch
    {
        UnitKind.DangBo => "đảng bộ",
        UnitKind.ChiBo => "chi bộ",
        _ => "đoàn thể",
    };
}
