using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Office;

/// <summary>Who is looking at the page: the session and the person's role today (from the same settings as chat).</summary>
internal sealed record OfficeViewer(WebSession Session, string DisplayName, bool IsAdmin, bool IsLeader)
{
    public string Person => Session.Person;
}
