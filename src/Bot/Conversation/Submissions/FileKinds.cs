namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// What kind of paper a file is, as the office says it ("ảnh", "tệp Word", "tệp PDF"): files of another kind than the
/// submission they would join may be a paper of their own, so chat and the upload page ask instead of joining them.
/// </summary>
internal static class FileKinds
{
    public static string Of(string name, string contentType) =>
        contentType.StartsWith("image/", StringComparison.Ordinal) ? "ảnh"
            : Path.GetExtension(name).ToLowerInvariant() switch
            {
                ".doc" or ".docx" or ".odt" => "tệp Word",
                ".pdf" => "tệp PDF",
                ".xls" or ".xlsx" or ".ods" => "tệp Excel",
                _ => "tệp",
            };

    /// <summary>The kinds of a set of files, "tệp Word" or "tệp Word và tệp PDF", in the order they first appear.</summary>
    public static string Of(IEnumerable<(string Name, string ContentType)> files) =>
        string.Join(" và ", files.Select(f => Of(f.Name, f.ContentType)).Distinct());

    /// <summary>
    /// Whether files of <paramref name="chosen"/>'s kinds simply join a submission of <paramref name="had"/>'s: each is
    /// of a kind it already holds (a PDF joins "tệp PDF và tệp Word"), as the upload page says when nothing is chosen.
    /// </summary>
    public static bool Among(IEnumerable<(string Name, string ContentType)> chosen, IEnumerable<Storage.Submissions.SubmissionFile> had)
    {
        var kinds = had.Select(f => Of(f.OriginalName, f.ContentType)).ToHashSet(StringComparer.Ordinal);
        return chosen.All(f => kinds.Contains(Of(f.Name, f.ContentType)));
    }

    public static string Of(IEnumerable<Storage.Submissions.SubmissionFile> files) => Of(files.Select(f => (f.OriginalName, f.ContentType)));

    public static string Of(IEnumerable<State.PendingFile> files) => Of(files.Select(f => (f.Name, f.ContentType)));
}
