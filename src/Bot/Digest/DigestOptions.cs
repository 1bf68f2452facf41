namespace QcdcBot.Bot.Digest;

/// <summary>The <c>Digest</c> section: when the weekly digest goes to the leadership chats and what it lists.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Quartz cron in Asia/Ho_Chi_Minh; the default is Monday 07:30.</summary>
    public string Cron { get; set; } = "0 30 7 ? * MON";

    /// <summary>Name the units still missing in the digest; when false leaders see counts and admins get the list.</summary>
    public bool ListMissingUnits { get; set; } = true;
}
