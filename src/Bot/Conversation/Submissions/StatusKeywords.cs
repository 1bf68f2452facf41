using System.Text.RegularExpressions;
using QcdcBot.Storage.Statuses;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>Recognises the short status replies secretaries type, with or without diacritics.</summary>
internal static partial class StatusKeywords
{
    public static (StatusState State, string? Reference)? Match(string text)
    {
        // Phones type "ko", "k" for "không" and "nd" for "nội dung" (ChatWords); in a status reply "kh" is "không" too.
        var folded = Abbreviations().Replace(ChatWords.Spelled(text), " khong ");
        folded = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (folded.Contains("khong co noi dung phat sinh", StringComparison.Ordinal) || folded.Contains("khong phat sinh", StringComparison.Ordinal) ||
            folded.Contains("khong co phat sinh", StringComparison.Ordinal))
        {
            return (StatusState.NothingToReport, null);
        }

        // "em chưa gửi bản giấy đâu ạ", "e chua gui, tuan sau gui ban giay", "xong em gửi bản giấy", "em gửi bản giấy chưa ạ?":
        // not sent, so no claim of sending (which would tell the office to look for it and pause the reminders); at most
        // "đang làm" when said.
        var clauses = Clauses(folded);
        var sent = SaidSent().Match(clauses);
        if (!sent.Success && NotSent(folded, clauses))
        {
            return InProgress(folded) ? (StatusState.InProgress, null) : null;
        }

        // "chưa gửi được email nên đã gửi bản giấy", "ioffice lỗi, em gửi bản giấy rồi": the way is the one said sent, when that clause
        // names one; else one named in a clause that is no sending to come ("em gửi rồi, bản giấy gửi sau" names none: "em gửi rồi").
        var way = sent.Success ? Channel(SentClause(clauses, sent.Index)) ?? Channel(string.Join(" | ", clauses.Split('|').Where(c => !NotSent(c, c)))) : Channel(folded);
        if (way == StatusState.SentViaIOffice)
        {
            var number = ReferenceNumber().Match(text);
            return (StatusState.SentViaIOffice, number.Success ? number.Groups["ref"].Value.TrimEnd('.', ',', ';') : null);
        }

        if (way is { } other)
        {
            return (other, null);
        }

        return InProgress(folded) ? (StatusState.InProgress, null) : null;
    }

    /// <summary>
    /// The folded words with each stop, comma or question mark a word of its own ("|"), so no reading spans two clauses;
    /// "chưa có số" (the paper's number, not the sending: "gửi bản giấy, chưa có số") is left out.
    /// </summary>
    private static string Clauses(string folded) =>
        $" {string.Join(' ', NoNumberYet().Replace(ClauseMarks().Replace(folded, " | "), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries))} ";

    /// <summary>The words said sent, from <paramref name="index"/> to the end of their clause ("… nên đã gửi bản giấy | …").</summary>
    private static string SentClause(string clauses, int index) => clauses.IndexOf('|', index) is var end and >= 0 ? clauses[index..end] : clauses[index..];

    /// <summary>"chưa" anywhere, "không gửi được", a sending to come ("mai", "tuần sau", "định gửi", "xong em gửi", "gửi sau", "để em … rồi gửi", "gửi luôn"), or a question.</summary>
    private static bool NotSent(string folded, string clauses) =>
        folded.Contains('?') || Question().IsMatch(clauses) || NotSentYet().IsMatch(clauses) || LaterSending().IsMatch(clauses);

    // A question typed without "?": "… thì có cần gửi mail nữa không ạ", "… có phải gửi lại qua bot ko ạ", "… được không chị".
    [GeneratedRegex(@"\sco\s+(?:[^|\s]+\s+){0,8}?(?:khong|hong|phai khong|duoc khong)(?:\s+(?:a|ah|ak|ha|nhi|nhe|vay|the|chi|anh|c|em|ban|van phong|vp))*\s+(?:\||$)")]
    private static partial Regex Question();

    private static StatusState? Channel(string folded) =>
        EmailWords().IsMatch(folded) ? StatusState.SentByEmail
        : folded.Contains("ioffice", StringComparison.Ordinal) || folded.Contains("i-office", StringComparison.Ordinal) || folded.Contains("i office", StringComparison.Ordinal) ? StatusState.SentViaIOffice
        : folded.Contains("ban giay", StringComparison.Ordinal) || folded.Contains("gui giay", StringComparison.Ordinal) || folded.Contains("ban cung", StringComparison.Ordinal) ? StatusState.SentOnPaper
        : null;

    private static bool InProgress(string folded) =>
        folded.Contains("dang lam", StringComparison.Ordinal) || folded.Contains("dang thuc hien", StringComparison.Ordinal) ||
        folded.Contains("dang xay dung", StringComparison.Ordinal) || folded.Contains("dang hoan thien", StringComparison.Ordinal);

    /// <summary>How a number of units in one state reads in tallies and digests: "5 đang làm".</summary>
    public static string CountLabel(StatusState state) => state switch
    {
        StatusState.InProgress => "đang làm",
        StatusState.SentOnPaper => "đã gửi bản giấy",
        StatusState.SentViaIOffice => "đã gửi qua iOffice",
        StatusState.SentByEmail => "đã gửi qua email",
        _ => "báo không có nội dung phát sinh (chờ duyệt)",
    };

    /// <summary>A refused "không có nội dung phát sinh" in a count ("2 …"): the unit answered, and still owes.</summary>
    public const string RefusedExcuseLabel = "không phát sinh — không được chấp nhận";

    /// <summary>A unit's "đã gửi bản giấy / qua iOffice / qua email" the office did not receive (/chuanhan), in every count.</summary>
    public const string RejectedClaimLabel = "báo đã gửi nhưng văn phòng chưa nhận";

    /// <summary>A unit's latest status as it stands: a "không có nội dung phát sinh" says whether it awaits a decision or was refused.</summary>
    public static string Describe(StatusNote note) => note switch
    {
        { IsRefusedExcuse: true } => "báo không có nội dung phát sinh, không được chấp nhận: vẫn phải nộp",
        { IsRejectedClaim: true } => $"báo {Describe(note.State, note.Reference)} nhưng văn phòng chưa nhận được: vẫn phải nộp",
        { IsAcceptedExcuse: true } => "được miễn: không có nội dung phát sinh",
        { State: StatusState.NothingToReport } => "báo không có nội dung phát sinh (chờ duyệt)",
        _ => Describe(note.State, note.Reference),
    };

    public static string Describe(StatusState state, string? reference) => state switch
    {
        StatusState.InProgress => "đang làm",
        StatusState.SentOnPaper => "đã gửi bản giấy",
        StatusState.SentViaIOffice => reference is null ? "đã gửi qua iOffice" : $"đã gửi qua iOffice số {reference}",
        StatusState.SentByEmail => "đã gửi qua email",
        _ => "không có nội dung phát sinh",
    };

    /// <summary>
    /// "em gửi rồi", "đã nộp rồi mà", "dv nop roi a": says it was sent without saying how. The bot checks what it
    /// has and asks rather than guessing a channel.
    /// </summary>
    /// <summary>
    /// "#5 đã gửi qua iOffice số 20/BC-DU ngày 3/12 rồi ạ", "em gửi bản giấy hôm 18/10 rồi": a report of a paper already sent
    /// outside the bot, whatever date it names; never an extension's date ("chưa gửi qua email được" is not one).
    /// </summary>
    public static bool ReportsSentOutside(string text) =>
        Match(text) is { State: StatusState.SentViaIOffice or StatusState.SentByEmail or StatusState.SentOnPaper } &&
        SentWords().IsMatch(ChatWords.Spelled(text)) && !NotSentWords().IsMatch(ChatWords.Spelled(text));

    /// <summary>"em nhầm, chưa gửi đâu ạ", "tuần sau mới gửi": says the unit has not sent, and nowhere that it has.</summary>
    public static bool SaysNotSent(string text)
    {
        var folded = ChatWords.Spelled(text);
        var clauses = Clauses(folded);
        return !SaidSent().IsMatch(clauses) && (NotSentYet().IsMatch(clauses) || LaterSending().IsMatch(clauses));
    }

    /// <summary>
    /// "thứ 2 em gửi qua ioffice", "mai em gửi bản giấy": a sending still to come by a way it names, and no question; null otherwise.
    /// </summary>
    public static StatusState? WaySentLater(string text)
    {
        var folded = ChatWords.Spelled(text);
        var clauses = Clauses(folded);
        return !folded.Contains('?') && !Question().IsMatch(clauses) && !SaidSent().IsMatch(clauses) && LaterSending().IsMatch(clauses) ? Channel(folded) : null;
    }

    // "định gửi email nhưng chưa xong" is no "gửi … xong".
    public static bool SaysAlreadySent(string text)
    {
        var folded = ChatWords.Spelled(text);
        var clauses = Clauses(folded);
        // "em gui roi, ban giay gui sau": the "rồi" before a comma.
        return (AlreadySent().IsMatch(folded) || AlreadySent().IsMatch(clauses)) && (SaidSent().IsMatch(clauses) || !NotSent(folded, clauses));
    }

    /// <summary>
    /// "em gửi qua zalo cho chị Hoa (rồi)", "gửi cho chị Hoa qua zalo": sent over Zalo to a person, which the bot never sees;
    /// not when the clause said sent names a way of its own ("đã gửi bản giấy, có chụp gửi zalo cho chị"), nor a sending to come.
    /// </summary>
    public static bool SaysSentToPersonOnZalo(string text)
    {
        var folded = ChatWords.Spelled(text);
        var clauses = Clauses(folded);
        var sent = SaidSent().Match(clauses);
        return ZaloToPerson().IsMatch(clauses) && (sent.Success ? Channel(SentClause(clauses, sent.Index)) is null : !NotSent(folded, clauses));
    }

    [GeneratedRegex(@"\s(?:gui|nop|chuyen)\s+(?:[^|\s]+\s+){0,4}?(?:qua|tren|bang|vao)\s+zalo\s+(?:(?:[^|\s]+\s+){0,2}?(?:cho|toi)\s+(?:chi|anh|c|a|co|chu|bac|em|ong|ba|dong chi|van phong|vp|ban|can bo)|rieng|ca nhan|cua)\s" +
                    @"|\s(?:gui|nop|chuyen)\s+(?:[^|\s]+\s+){0,2}?(?:cho|toi)\s+(?:chi|anh|c|a|co|chu|bac|em|ong|ba|dong chi|van phong|vp|ban|can bo)\s+(?:[^|\s]+\s+){0,4}?(?:qua|tren|bang|vao)\s+zalo\s")]
    private static partial Regex ZaloToPerson();

    /// <summary>"em gui qua zalo roi ma", "em đã gửi file word rồi": says a file was sent in this chat.</summary>
    public static bool SaysSentFileInChat(string text)
    {
        var folded = ChatWords.Spelled(text);
        // "gửi file qua email rồi", "nộp tệp trên trang rồi": sent some other way, which the status replies handle.
        return SentFileInChat().IsMatch(folded) && !EmailWords().IsMatch(folded) && !OtherWay().IsMatch(folded);
    }

    [GeneratedRegex(@"(?<![a-z])(ioffice|i-office|ban giay|trang|link|duong dan|web)(?![a-z])")]
    private static partial Regex OtherWay();

    [GeneratedRegex(@"\s(?:gui|nop|chuyen)\s+(?:\S+\s+){0,2}?(?:qua zalo|tren zalo|vao zalo|file|tep|word|pdf|docx?)\s+(?:\S+\s+){0,2}?(?:roi|xong)(?:\s|$)")]
    private static partial Regex SentFileInChat();

    [GeneratedRegex(@"(?<![a-z])(e-?mail|gmail|mail|thu dien tu|hop thu)(?![a-z])")]
    private static partial Regex EmailWords();

    // "đã nộp tk nam rồi", "em gửi bc 6 tháng rồi ạ": a deadline's name may stand between the verb and "rồi"; "đã nộp 3 và 9": numbers after it.
    [GeneratedRegex(@"\s(?:da\s+|moi\s+|vua\s+)?(?:gui|nop|chuyen)\s+(?:\S+\s+){0,6}?(?:roi|xong|lau roi|tu hom)(?:\s|$)|\s(?:da|moi)\s+(?:gui|nop)(?:\s+#?[0-9]{1,6}(?:\s*(?:,|va|&)\s*#?[0-9]{1,6})*)?(?:\s+(?:a|ah|nhe|ma|day))*\s*$")]
    private static partial Regex AlreadySent();

    [GeneratedRegex(@"\s(?:da|vua|moi)\s+(?:gui|nop|chuyen)\s|\s(?:gui|nop|chuyen)\s+(?:\S+\s+){0,8}?(?:roi|xong)(?:\s|$)")]
    private static partial Regex SentWords();

    [GeneratedRegex(@"\s(?:chua|khong|chang|ko)\s+(?:\S+\s+)?(?:gui|nop|chuyen)\s")]
    private static partial Regex NotSentWords();

    // "chưa" (not yet, or a question: "em gửi bản giấy chưa ạ"), "không có gửi", "gửi email không được": not sent.
    [GeneratedRegex(@"\s(?:chua|chang)\s|\skhong\s+(?:\S+\s+){0,2}?(?:gui|nop|chuyen)\s|\s(?:gui|nop|chuyen)\s+(?:[^|\s]+\s+){0,4}?khong\s+(?:duoc|kip|xong)\s")]
    private static partial Regex NotSentYet();

    // "sẽ gửi", "mai em gửi", "tuần sau mới gửi", "định gửi", "xong em gửi", "gửi bản giấy ngày mai": a sending still to come; so are
    // "em gửi bản giấy sau ạ", "gửi email luôn" (without "rồi"), "để em trình ký rồi gửi", "để chiều em gửi", "cho em … gửi", "chiều em gửi".
    [GeneratedRegex(@"\s(?:se|sap|mai|dinh|chuan bi|sau|nua|xong|khi|tuan toi|thang toi|toi nay|chieu nay|(?:chieu|trua)(?!\s+(?:qua|hom|roi)\s))\s+(?:[^|\s]+\s+){0,2}?(?:gui|nop|chuyen)\s" +
                    @"|\s(?:gui|nop|chuyen)\s+(?:[^|\s]+\s+){0,4}?(?:mai|sau|luon|tuan toi|lat nua|ti nua|chut nua)\s" +
                    @"|\s(?:de|cho)\s+(?:em|e|minh|toi|chung em|ben em|chieu|trua|lat|ti|chut|tuan|thu|dau|cuoi)\s+(?:[^|\s]+\s+){0,4}?(?:gui|nop|chuyen)\s|\sde\s+(?:gui|nop|chuyen)\s" +
                    @"|(?<!\svua)\sroi\s+(?:em\s+|e\s+|minh\s+)?(?:gui|nop|chuyen)\s" +
                    // "thứ 2 em gửi qua ioffice", "t6 em gửi", "cuối tuần em gửi bản giấy": a day ahead (never "hôm thứ 2 …", "thứ 2 vừa rồi/tuần trước …").
                    @"|(?<!\s(?:hom|ngay|tu|bua))\s(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|t[2-7]|chu nhat|cn|cuoi tuan|dau tuan)(?!\s+(?:vua|roi|truoc|tuan truoc|qua)\s)\s+(?:[^|\s]+\s+){0,2}?(?:gui|nop|chuyen)\s")]
    private static partial Regex LaterSending();

    // "chưa có số", "chưa vào sổ", "chưa lấy số": the paper's number, not its sending ("chưa có số liệu" is the report not done).
    [GeneratedRegex(@"(?<![a-z])chua\s+(?:co\s+|vao\s+|lay\s+|cap\s+|danh\s+)so(?:\s+(?:van ban|hieu|cong van|ky hieu|den|di))?(?!\s+lieu)(?![a-z])")]
    private static partial Regex NoNumberYet();

    // "đã gửi", "vừa mới gửi", "gửi bản giấy rồi": said sent, whatever else was not ("chưa gửi được email nên đã gửi bản giấy");
    // never across a comma or a "chưa" ("định gửi email nhưng chưa xong", "gửi email rồi chưa?"); "mới gửi" alone may be "tuần sau mới gửi".
    // "chuẩn bị gửi bản giấy rồi", "định gửi … rồi nhưng …", "nếu gửi bản giấy rồi thì …": the "rồi" closes an intent or an "if", nothing was sent.
    [GeneratedRegex(@"(?<!\s(?:chuan bi|dinh(?!\s+kem)|sap|se|neu|gia su)(?:\s+[^|\s]+){0,2})(?:\s(?:da|vua)\s+(?:moi\s+)?(?:gui|nop|chuyen)\s|\s(?:gui|nop|chuyen)\s+(?:(?!chua\s|khong\s)[^|\s]+\s+){0,6}?(?:roi|xong)\s(?!chua\s)" +
                    // "chiều nay em mới gửi mail được", "sáng nay em gửi được qua ioffice": managed today or before, never "mai/tuần sau mới gửi được".
                    @"|\s(?:sang nay|trua nay|chieu nay|hom nay|hom qua|hqua|chieu qua|sang qua|toi qua|hom kia|tuan truoc|luc nay|ban nay|hoi sang|hoi chieu)\s+(?:(?!chua\s|khong\s|ko\s|chang\s)[^|\s]+\s+){0,3}?(?:gui|nop|chuyen)\s+(?:(?!chua\s|khong\s)[^|\s]+\s+){0,4}?duoc\s)")]
    private static partial Regex SaidSent();

    [GeneratedRegex(@"[,.;!?]")]
    private static partial Regex ClauseMarks();

    [GeneratedRegex(@"\s(kh)(?=\s)")]
    private static partial Regex Abbreviations();

    // "số 123-BC/ĐU", "so 45/BC-DU": the document number after "số".
    [GeneratedRegex(@"(?i)\b(?:số|so|sô)\s*:?\s*(?<ref>[0-9][\p{L}\p{N}\-/.]*)")]
    private static partial Regex ReferenceNumber();
}
