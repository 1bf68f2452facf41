namespace QcdcBot.Bot.Digest;

/// <summary>
/// The <c>Digest</c> section as the Bot reads it: what the digest lists. When it goes out (<c>Digest:Cron</c>) is
/// Scheduling's <see cref="QcdcBot.Scheduling.Digests.DigestScheduleOptions"/>.
/// </summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>Name the units still missing in the digest; when false leaders see counts and admins get the list.</summary>
    public bool ListMissingUnits { get; set; } = true;
}
