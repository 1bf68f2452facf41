using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// How files waiting for "which deadline?" are named in the question, so the person knows which of their files it
/// is about: every file by its name ("2 ảnh \"p1.jpg\", \"p2.jpg\""), never only a count.
/// </summary>
internal static class WaitingFilesText
{
    /// <summary>"tệp \"bc.docx\"", "2 tệp \"a.docx\", \"b.pdf\"", "ảnh \"p1.jpg\"", "tệp \"a.docx\" và 2 ảnh \"p1.jpg\", \"p2.jpg\"".</summary>
    public static string Describe(IReadOnlyList<PendingFile> files)
    {
        var photos = files.Count(IsPhoto);
        var documents = files.Where(f => !IsPhoto(f)).Select(f => $"\"{f.Name}\"").ToList();
        var parts = new List<string>();
        if (documents.Count > 0)
        {
            var named = string.Join(", ", documents.Take(3));
            parts.Add((documents.Count == 1 ? "tệp " : $"{documents.Count} tệp ") + named + (documents.Count > 3 ? $" và {documents.Count - 3} tệp khác" : string.Empty));
        }

        if (photos > 0)
        {
            var named = string.Join(", ", files.Where(IsPhoto).Take(3).Select(f => $"\"{f.Name}\""));
            parts.Add((photos == 1 ? "ảnh " : $"{photos} ảnh ") + named + (photos > 3 ? $" và {photos - 3} ảnh khác" : string.Empty));
        }

        return string.Join(" và ", parts);
    }

    /// <summary>"Tệp này", "Các tệp này", "Ảnh này", "Các ảnh này": what the question's "nộp cho việc nào?" is about.</summary>
    public static string These(IReadOnlyList<PendingFile> files) =>
        (files.Count > 1 ? "Các " : string.Empty) + (files.All(IsPhoto) ? (files.Count > 1 ? "ảnh này" : "Ảnh này") : (files.Count > 1 ? "tệp này" : "Tệp này"));

    /// <summary>" (chú thích: \"bao cao quy IV\")": the caption the files came with, so the person knows which paper is asked about; "" without one.</summary>
    public static string Caption(string? caption)
    {
        var said = caption?.Trim() ?? string.Empty;
        const int Longest = 80;
        return said.Length == 0 ? string.Empty : $" (chú thích: \"{(said.Length > Longest ? said[..Longest].TrimEnd() + "…" : said)}\")";
    }

    private static bool IsPhoto(PendingFile file) => file.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
