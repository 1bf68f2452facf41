namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// The one place a unit counts on a deadline, in every tally view (/tinhhinh, /chuanop, /tonghop, the digest, the
/// export, the office page), so the buckets always add up to the units in scope. Listed in order of precedence: a
/// unit that is both extended and "đang làm" counts as extended, a decision the office owes before a fact.
/// </summary>
internal enum StandingBucket
{
    OnTime,
    Late,

    /// <summary>"Không có nội dung phát sinh", accepted.</summary>
    Excused,

    /// <summary>"Không có nội dung phát sinh", waiting for the office's decision.</summary>
    ExcusePending,

    /// <summary>Asked for an extension the office has not answered.</summary>
    ExtensionPending,

    /// <summary>Says it sent on paper, by iOffice or by e-mail, and the office has not rejected that.</summary>
    SentOnPaper,
    SentViaIOffice,
    SentByEmail,

    /// <summary>Has an approved extension and has not submitted yet.</summary>
    Extended,

    /// <summary>"Đang làm".</summary>
    InProgress,

    // From here to Silent: owed after the office said no (see OwedAfterRefusal), one member per reason.

    /// <summary>
    /// "Không có nội dung phát sinh", refused by the office: the unit answered (so it is not silent) and still owes.
    /// Last but silence, since any later fact (an extension, a reply) says more.
    /// </summary>
    ExcuseRefused,

    /// <summary>
    /// Said it sent on paper, by iOffice or by e-mail, and the office has not received it (/chuanhan): it answered, so it
    /// is not silent, and it still owes. Like <see cref="ExcuseRefused"/>, last but silence.
    /// </summary>
    ClaimRejected,

    /// <summary>
    /// Had an approved extension whose own date has passed with nothing handed in, or was refused one: said so with
    /// the extension's story ("hết gia hạn", "bị từ chối gia hạn"), never "chưa trả lời" (the unit asked and was answered).
    /// </summary>
    ExtensionLapsed,

    /// <summary>No submission and no reply that still stands.</summary>
    Silent,
}
