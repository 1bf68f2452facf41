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
}

internal sealed record StatusNote(long Id, long UnitId, long DeadlineId, StatusState State, string Text, string? Reference, DateTimeOffset CreatedAt, string CreatedBy);
