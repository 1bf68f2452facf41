namespace QcdcBot.Storage.Statuses;

internal enum StatusState
{
    /// <summary>"đang làm"</summary>
    InProgress,

    /// <summary>"đã gửi bản giấy"</summary>
    SentOnPaper,

    /// <summary>"đã gửi qua iOffice số …"</summary>
    SentViaIOffice,

    /// <summary>"không có nội dung phát sinh": the unit has nothing to report.</summary>
    NothingToReport,

    /// <summary>"đã gửi qua email"</summary>
    SentByEmail,
}

internal sealed record StatusNote(long Id, long UnitId, long DeadlineId, StatusState State, string Text, string? Reference, DateTimeOffset CreatedAt, string CreatedBy)
{
    /// <summary>Set when an admin accepted a "không có nội dung phát sinh": only then is the unit excused.</summary>
    public string? AcceptedBy { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public bool IsAcceptedExcuse => State == StatusState.NothingToReport && AcceptedAt is not null;

    /// <summary>An admin refused the "không có nội dung phát sinh": the unit still owes, and nothing awaits a decision.</summary>
    public bool IsRefusedExcuse => State == StatusState.NothingToReport && IsRefused;

    /// <summary>Sent on paper, by iOffice or by e-mail: outside the bot, for the office to find and record.</summary>
    public bool IsSentOutside => State is StatusState.SentOnPaper or StatusState.SentViaIOffice or StatusState.SentByEmail;

    /// <summary>The office said it did not receive what the unit says it sent outside the bot (/chuanhan).</summary>
    public bool IsRejectedClaim => IsSentOutside && IsRefused;

    /// <summary>An admin answered no (an excuse refused, a claim of sending rejected): the reply no longer stands.</summary>
    public bool IsRefused => AcceptedAt is null && AcceptedBy is not null;
}
