namespace QcdcBot.Scheduling.Digests;

/// <summary>When the weekly digest goes out: <c>Digest:Cron</c>. The rest of the <c>Digest</c> section is the Bot's.</summary>
public sealed class DigestScheduleOptions
{
    public const string SectionName = "Digest";

    /// <summary>Quartz cron in the calendar's time zone (Asia/Ho_Chi_Minh); the default is Monday 07:30.</summary>
    public string Cron { get; set; } = "0 30 7 ? * MON";
}
