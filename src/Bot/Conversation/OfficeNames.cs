namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The office that runs the bot and the committee it belongs to, as replies name them (<c>Bot:OfficeName</c>,
/// <c>Bot:OrganizationName</c>): the same work is done by other offices of other committees.
/// </summary>
internal sealed record OfficeNames(string Office, string Organization)
{
    /// <summary>"Ban Tuyên giáo Đảng ủy Khối": the office with its committee, where a stranger needs both.</summary>
    public string Full => $"{Office} {Organization}";
}
