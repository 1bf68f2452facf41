using Microsoft.Extensions.DependencyInjection;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Zalo;

/// <summary>The real bot host with the Zalo channel pointed at the fake Zalo Bot API (polling unless told otherwise).</summary>
public static class ZaloTestHost
{
    public const string Admin = "ad0000aa66b88fe6d6a9";

    public static BotTestHost Create(FakeZaloApi api, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:Token"] = FakeZaloApi.Token,
            ["Zalo:ApiBaseUrl"] = api.BaseUrl,
            ["Zalo:PollTimeout"] = "00:00:01",
            ["Zalo:RetryBaseDelay"] = "00:00:00.050",
            ["Zalo:RetryMaxDelay"] = "00:00:00.200",
            ["Zalo:BotLink"] = "https://zalo.me/1459232241",
            ["Bot:Admins:0"] = $"zalo:{Admin}",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new BotTestHost(settings, services);
    }
}
