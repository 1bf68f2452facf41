using Microsoft.Extensions.Options;
using QcdcBot.Scheduling.Delivery;

namespace QcdcBot.Tests.Zalo;

/// <summary>Zalo's send limits are registered by the channel itself (<c>Dispatch:Zalo:*</c>), like any channel's.</summary>
public sealed class ZaloRateLimitTests
{
    [Fact]
    public async Task The_zalo_channel_brings_its_own_conservative_limits_and_the_settings_override_them()
    {
        await using var api = await FakeZaloApi.StartAsync();
        await using var host = ZaloTestHost.Create(api, new Dictionary<string, string?> { ["Dispatch:Zalo:PerSecond"] = "3" });
        await host.StartAsync(seedUnits: false);

        var limits = host.Get<ChannelLimitRegistry>().Find("zalo");

        Assert.NotNull(limits);
        Assert.Equal(3, limits.PerSecond);
        Assert.Equal(1, limits.PerChatPerSecond);
        Assert.Equal(10, limits.PerGroupPerMinute);
    }

    [Fact]
    public async Task A_zalo_limit_below_one_stops_the_start_naming_the_setting()
    {
        await using var api = await FakeZaloApi.StartAsync();
        await using var host = ZaloTestHost.Create(api, new Dictionary<string, string?> { ["Dispatch:Zalo:PerChatPerSecond"] = "0" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(seedUnits: false));

        Assert.Contains("Dispatch:Zalo", failure.Message, StringComparison.Ordinal);
    }
}
