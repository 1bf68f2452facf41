namespace QcdcBot.Bot.Web.Office;

/// <summary>The office page's keys in the <c>Web</c> section (the front door's own keys are in <see cref="WebOptions"/>).</summary>
public sealed class OfficeWebOptions
{
    public const string SectionName = WebOptions.SectionName;

    /// <summary>How long a /dangnhap link can be opened (once).</summary>
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a signed-in browser stays signed in; /dangxuat ends it sooner.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
