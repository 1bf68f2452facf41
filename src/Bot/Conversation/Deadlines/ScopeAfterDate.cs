using System.Text.RegularExpressions;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Storage.Text;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// The scope written after the date with no "cho", where the words leave out or narrow units: read so a /giao never
/// goes to the units the office meant to spare, nor to a wider group than its words say.
/// </summary>
internal static partial class ScopeAfterDate
{
    /// <summary>The units after the date (as <see cref="ScopeParser.Explicit"/>), and the scope before the title still to use.</summary>
    public static (string Scope, string Ignored, (string Scope, string Title)? Leading) Read(string rest, (string Scope, string Title)? leading, IReadOnlyList<Unit> all)
    {
        var folded = VietnameseFold.Fold(rest);
        if (ExcludingFirst().Match(folded) is { Success: true } excluding)
        {
            // "… trước 20/12 trừ NHNN, SYT", "ngoại trừ Đảng bộ NHNN": the units left out of the scope before the title, or
            // of the chi, đảng bộ cơ sở a /giao goes to when none is written; never a job for those units alone. "Đảng bộ
            // NHNN" is read as units written without "cho" are (by code among words).
            var spared = UnitsWithoutCho.Scope(rest[excluding.Length..].Trim(' ', ')', ']', '.'), all);
            return ($"{leading?.Scope ?? "chi, đảng bộ cơ sở"} trừ {spared}", string.Empty, null);
        }

        var (written, left) = ScopeParser.Explicit(rest);
        if (ScopeParser.Narrowed(rest) is var (narrowed, after))
        {
            // "các đảng bộ doanh nghiệp": refused as after "cho". "các chi bộ và Đảng bộ Sở Y tế" names a unit: asked
            // about as units written without "cho" are.
            return UnitsWithoutCho.In(rest, all).Count > 0 ? (string.Empty, rest, leading) : (narrowed, after, leading);
        }

        if (written.Length > 0 && left.Length > 0 && !ScopeParser.Opens(rest) && !AfterDateFiller.IsFiller(InTheBloc().Replace(VietnameseFold.Fold(left), " "), all))
        {
            // "… trước 24/12, cac chi bo khong phat sinh thi bao khong phat sinh", "… cac dang bo gui ban co chu ky": a
            // group's words starting a remark, no "cho", are no scope; the words are asked about, never the group alone.
            return (string.Empty, rest, leading);
        }

        // "… trước 18/12 cac chj bo": a group's opening word with words the bot cannot read is refused as after "cho",
        // never left out for every grassroots unit.
        return written.Length == 0 && leading is null && GroupOpening().IsMatch(VietnameseFold.Fold(left))
            ? (ScopeParser.WithoutParticles(left), string.Empty, null)
            : (written, left, leading);
    }

    // "các chi bộ trong khối (nhé)", "gửi các đảng bộ cơ sở trực thuộc": still the group ("gửi" alone is no remark).
    [GeneratedRegex(@"\b(?:(?:trong|thuoc)\s+(?:dang\s+bo\s+)?khoi|truc\s+thuoc)\b|^\s*gui\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InTheBloc();

    [GeneratedRegex(@"^[\s,;:\-–]*[(\[]?\s*" + UnitGroupPhrases.ExcludingWords, RegexOptions.CultureInvariant)]
    private static partial Regex ExcludingFirst();

    // "các …", "những …", "khối …" with a word for units after it (chi bộ, đảng bộ — "chj bo" too —, đơn vị, đoàn thể, doanh
    // nghiệp, sở, cơ quan …), but not "các đơn vị (nhé)" alone: the units a /giao goes to anyway; nor a remark to the
    // people who read it ("các đồng chí lưu ý gửi đúng hạn", "những nội dung cần báo cáo"): left out as any other words.
    [GeneratedRegex(@"^(?:cac|nhung|khoi)\s+(?!(?:don\s+vi|dong\s+chi|d/c|dc)\s*(?:nhe|nha|a)?\s*[.!]*\s*$)(?:ch\p{L}?\s*b\p{L}|d\p{L}{1,3}\s*b\p{L}|don\s*v\p{L}|dv|doan\s+the|doanh\s+nghiep|dn|so(?!\s+lieu)|co\s+quan|to\s+chuc|truong|benh\s+vien|cong\s+ty|hoi|cb|db|chi|dang)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOpening();
}
