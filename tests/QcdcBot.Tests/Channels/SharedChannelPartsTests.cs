using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Tests.Telegram;

namespace QcdcBot.Tests.Channels;

/// <summary>
/// What Telegram and Zalo now share from <c>Channels/</c>: the poll loop's back-off, the mapping of a platform's refusal
/// to a delivery failure, the settings checks every channel makes, and the plausible time of an event.
/// </summary>
public sealed class SharedChannelPartsTests
{
    [Fact]
    public async Task A_failed_poll_waits_twice_as_long_each_time_up_to_a_minute_and_a_success_starts_again()
    {
        var logs = new CapturedLogs();
        var backoff = new PollBackoff("Zalo", new FakeTimeProvider(), logs.CreateLogger("poll"));
        using var stopped = new CancellationTokenSource();
        await stopped.CancelAsync();
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 8; i++)
        {
            waits.Add(await backoff.FailedAsync(new InvalidOperationException("down"), fromPlatform: true, stopped.Token, jitter: 0.999999));
        }

        backoff.Succeeded();
        var afterSuccess = await backoff.FailedAsync(new InvalidOperationException("down"), fromPlatform: false, stopped.Token, jitter: 0.999999);

        Assert.Equal([2, 4, 8, 16, 32, 60, 60, 60], waits.Select(w => (int)Math.Round(w.TotalSeconds)));
        Assert.Equal(2, (int)Math.Round(afterSuccess.TotalSeconds));
        Assert.Equal(8, logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Text.StartsWith("Zalo polling failed (down)", StringComparison.Ordinal)));
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Text.StartsWith("Zalo polling failed unexpectedly", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(429, false, false, "RateLimited")]
    [InlineData(403, false, true, "Unreachable")]
    [InlineData(502, true, false, "Transient")]
    [InlineData(400, false, false, "Permanent")]
    public void A_platforms_refusal_maps_to_one_delivery_failure_on_every_channel(int code, bool transient, bool unreachable, string expectedName)
    {
        var expected = Enum.Parse<DeliveryFailure>(expectedName);
        var failure = ChannelDeliveryException.FromPlatform(code, transient, unreachable, TimeSpan.FromSeconds(7), new InvalidOperationException("x"));

        Assert.Equal(expected, failure.Failure);
        Assert.Equal(code == 429 ? TimeSpan.FromSeconds(7) : null, failure.RetryAfter);
        Assert.Equal(DeliveryFailure.Transient, ChannelDeliveryException.Unavailable(new TimeoutException()).Failure);
    }

    [Theory]
    [InlineData("Telegram")]
    [InlineData("Zalo")]
    public void Every_channel_refuses_a_token_that_is_no_bot_token_and_an_api_address_that_is_not_http_with_the_same_words(string section)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{section}:Token"] = "no-colon-here",
            [$"{section}:ApiBaseUrl"] = "ftp://example.vn",
        };
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (section == "Telegram")
        {
            services.AddOptions<TelegramOptions>().BindConfiguration(section).ValidateChannel(section);
        }
        else
        {
            services.AddOptions<ZaloOptions>().BindConfiguration(section).ValidateChannel(section);
        }

        using var provider = services.BuildServiceProvider();
        var failed = Assert.Throws<OptionsValidationException>(() => section == "Telegram"
            ? (object)provider.GetRequiredService<IOptions<TelegramOptions>>().Value
            : provider.GetRequiredService<IOptions<ZaloOptions>>().Value);

        Assert.Contains($"{section}:Token does not look like a {section} bot token (<bot id>:<secret>).", failed.Failures);
        Assert.Contains($"{section}:ApiBaseUrl must be an absolute http(s) URL.", failed.Failures);
    }

    [Theory]
    [InlineData(-10, -10)]
    [InlineData(-60 * 24 * 2, -60 * 24 * 2)]
    [InlineData(-60 * 24 * 4, 0)]
    [InlineData(1, 0)]
    [InlineData(60 * 24 * 400, 0)]
    public void An_events_own_time_counts_only_when_it_is_plausible_beside_when_the_server_received_it(int stampedMinutes, int expectedMinutes)
    {
        var received = new DateTimeOffset(2026, 12, 20, 16, 59, 0, TimeSpan.Zero);

        Assert.Equal(received.AddMinutes(expectedMinutes), EventTime.Of(received.AddMinutes(stampedMinutes), received));
        Assert.Equal(received, EventTime.Of(null, received));
    }
}
