using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// What a submission holds, counted the way a secretary counts it: photos are pages ("3 tệp/trang"), documents are
/// files ("1 tệp Word"), and a mix says both ("2 tệp: 1 ảnh, 1 tệp Word"), so a Word file is never called a page.
/// </summary>
internal static class FileCountText
{
    public static string Of(IReadOnlyList<SubmissionFile> files)
    {
        var kinds = files.GroupBy(f => FileKinds.Of(f.OriginalName, f.ContentType)).Select(g => (Kind: g.Key, Count: g.Count())).ToList();
        return kinds switch
        {
            [] => "0 tệp",
            // Photos are the pages of a paper report: the one count every receipt has always given them.
            [("ảnh", var n)] => $"{n} tệp/trang",
            [var (kind, n)] => $"{n} {kind}",
            _ => $"{files.Count} tệp: " + string.Join(", ", kinds.Select(k => $"{k.Count} {k.Kind}")),
        };
    }

    /// <summary>
    /// The files just added, among <paramref name="ordered"/>: photos by their place ("trang 3", "trang 2–4", the place
    /// the archive names them by), a Word or PDF file by its kind and name ("tệp Word "kh 2027.docx""), never as a page.
    /// </summary>
    public static string Added(IReadOnlyList<SubmissionFile> ordered, IReadOnlySet<string> added)
    {
        var places = ordered.Select((f, i) => (File: f, Page: i + 1)).Where(p => added.Contains(p.File.Sha256)).ToList();
        var pages = places.Where(p => IsPhoto(p.File)).Select(p => p.Page).ToList();
        var parts = places.Where(p => !IsPhoto(p.File)).Select(p => $"{FileKinds.Of(p.File.OriginalName, p.File.ContentType)} \"{p.File.OriginalName}\"").ToList();
        if (pages.Count > 0)
        {
            parts.Insert(0, pages.Count switch
            {
                1 => $"trang {pages[0]}",
                _ when pages[^1] - pages[0] == pages.Count - 1 => $"trang {pages[0]}–{pages[^1]}",
                _ => "trang " + string.Join(", ", pages),
            });
        }

        return parts.Count == 0 ? "tệp" : string.Join(" và ", parts);
    }

    private static bool IsPhoto(SubmissionFile file) => file.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
