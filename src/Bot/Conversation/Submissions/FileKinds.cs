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

    public static string Of(IEnumerable<Storage.Submissions.SubmissionFile> files) => Of(files.Select(f => (f.OriginalName, f.ContentType)));

    public static string Of(IEnumerable<State.PendingFile> files) => Of(files.Select(f => (f.Name, f.ContentType)));
}
