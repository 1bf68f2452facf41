using System.ComponentModel.DataAnnotations;

namespace QcdcBot.Bot.Conversation;

/// <summary>The <c>Bot</c> section: who administers, and what the bot accepts.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Admins as <c>channel:user id</c>, e.g. <c>telegram:123456789</c>, <c>zalo:6ede9afa66b88fe6d6a9</c>, <c>local:admin</c>.</summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>The office that runs the bot, as replies name it ("Ban Tuyên giáo", "Văn phòng", "Ban Dân vận"…).</summary>
    [Required]
    public string OfficeName { get; set; } = "Ban Tuyên giáo";

    /// <summary>The party committee the office belongs to, as replies, the digest and exports name it.</summary>
    [Required]
    public string OrganizationName { get; set; } = "Đảng ủy Khối";

    /// <summary>Leaders (read tallies and digests) in the same form.</summary>
    public List<string> Leaders { get; set; } = [];

    [Range(1, 200L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    public List<string> AllowedFileTypes { get; set; } = [".doc", ".docx", ".pdf", ".xls", ".xlsx", ".odt", ".jpg", ".jpeg", ".png"];

    [Range(10, 100_000)]
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>How long a /madangky code stays valid.</summary>
    public TimeSpan InviteCodeLifetime { get; set; } = TimeSpan.FromDays(14);

    internal OfficeNames Names => new(OfficeName.Trim(), OrganizationName.Trim());

    internal bool IsAdmin(string callerKey) => Admins.Any(a => string.Equals(a.Trim(), callerKey, StringComparison.OrdinalIgnoreCase));

    internal bool IsLeader(string callerKey) => Leaders.Any(a => string.Equals(a.Trim(), callerKey, StringComparison.OrdinalIgnoreCase));
}
