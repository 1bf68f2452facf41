using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The short forms the office writes in front of and inside a unit's name ("BV Đa khoa tỉnh", "Đ/B Sở Công Thương",
/// "C.bộ Thanh tra tỉnh", "ĐU Sở Y tế", "VP Tỉnh ủy", "TT Kiểm soát bệnh tật", "CĐ Yên Bái", "Sở GD&amp;ĐT"), with or
/// without diacritics, spelled out so the name reader (<see cref="EntityResolver.UnitAsync"/>) finds the unit by
/// its words. The unit's kind in front ("Đảng bộ", "Chi bộ", "Đảng ủy" and their short forms) is left out: the
/// name says which unit, and "ĐU Sở Y tế" is the đảng bộ of Sở Y tế.
/// </summary>
internal static class UnitShortForms
{
    // Folded, lower case, "." "/" "&amp;" "-" inside a word kept as typed: "đ/b" → "d/b", "gd&amp;đt" → "gd&amp;dt".
    private static readonly Dictionary<string, string[]> Spelled = new(StringComparer.Ordinal)
    {
        ["bv"] = ["benh vien"],
        ["vp"] = ["van phong"],
        ["tt"] = ["trung tam", "thanh tra"],
        ["cd"] = ["cao dang", "cong doan"],
        ["c.d"] = ["cao dang", "cong doan"],
        ["nh"] = ["ngan hang"],
        ["cty"] = ["cong ty"],
        ["yb"] = ["yen bai"],
        ["ub"] = ["uy ban"],
        ["ubnd"] = ["uy ban nhan dan"],
        ["gddt"] = ["giao duc dao tao"],
        ["khdt"] = ["ke hoach dau tu"],
        ["khcn"] = ["khoa hoc cong nghe"],
        ["tnmt"] = ["tai nguyen moi truong"],
        ["gtvt"] = ["giao thong van tai"],
        ["tttt"] = ["thong tin truyen thong"],
        ["ldtbxh"] = ["lao dong thuong binh xa hoi"],
        ["nnptnt"] = ["nong nghiep phat trien nong thon"],
        ["vhttdl"] = ["van hoa the thao du lich"],
        ["ubkt"] = ["uy ban kiem tra"],
        ["yhct"] = ["y duoc co truyen", "y hoc co truyen"],
        // A name's initials written apart, as the office's lists do ("Sở TN&amp;MT" typed "so tn mt", "Sở GD", "Sở LĐ TB XH"):
        // each pair of letters is the words it stands for in a unit's name.
        ["tn"] = ["tai nguyen", "thanh nien"],
        ["mt"] = ["moi truong", "mat tran"],
        ["gd"] = ["giao duc"],
        ["dt"] = ["dao tao", "dau tu"],
        ["ld"] = ["lao dong"],
        ["tb"] = ["thuong binh"],
        ["xh"] = ["xa hoi"],
        ["kt"] = ["kiem tra", "kinh te"],
        ["ct"] = ["cong ty", "cong thuong"],
    };

    // The kind in front of a name: "Đảng bộ", "Chi bộ", "Đảng ủy", "Chi ủy" and the ways they are written short.
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "db", "d/b", "d.b", "d.bo", "dbo", "cb", "c/b", "c.b", "c.bo", "du", "d/u", "d.u", "d.uy", "cu", "c/u", "c.u",
    };

    /// <summary>
    /// <paramref name="query"/> with its short forms spelled out and its kind left out, once for each meaning of a
    /// short form that has two ("TT": "trung tâm" or "thanh tra"); empty when it holds none.
    /// </summary>
    public static IReadOnlyList<string> Variants(string query)
    {
        var words = VietnameseFold.Fold(query).ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        var changed = false;
        if (words.Count > 1 && (Kinds.Contains(words[0]) || (words[0] is "dang" or "chi" && words[1] is "bo" or "uy")))
        {
            words.RemoveRange(0, Kinds.Contains(words[0]) ? 1 : 2);
            changed = true;
        }

        IEnumerable<string> variants = [string.Empty];
        foreach (var word in words)
        {
            var key = word.Replace("&", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            var spelled = Spelled.TryGetValue(key, out var meanings) ? meanings : [word];
            changed |= spelled is not [var same] || same != word;
            variants = variants.SelectMany(v => spelled.Select(s => (v + " " + s).TrimStart())).ToList();
        }

        return changed && words.Count > 0 ? variants.ToList() : [];
    }
}
