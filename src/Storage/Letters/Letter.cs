namespace QcdcBot.Storage.Letters;

/// <summary>An official letter (công văn, kế hoạch…) as stored, with the file it came in if there was one.</summary>
/// <param name="Reference">How deadlines name it: "Công văn số 1720-CV/ĐUK", or "Kế hoạch ngày 25/3/2024" without a number.</param>
internal sealed record Letter(
    long Id,
    string? Number,
    string Kind,
    DateOnly? LetterDate,
    string Reference,
    string? FileSha256,
    string? FileName,
    string? ContentType,
    string CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>A letter about to be stored; its file bytes are already in stored_files.</summary>
internal sealed record NewLetter(
    string DraftId,
    string? Number,
    string Kind,
    DateOnly? LetterDate,
    string Reference,
    string? FileSha256,
    string? FileName,
    string? ContentType,
    string CreatedBy);
