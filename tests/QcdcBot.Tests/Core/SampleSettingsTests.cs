using System.Reflection;
using Microsoft.Extensions.Configuration;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Channels.Telegram;
using QcdcBot.Bot.Channels.Zalo;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Exports;
using QcdcBot.Bot.Inbox.Flood;
using QcdcBot.Bot.Web;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Scheduling.Reminders;
using QcdcBot.Scheduling.Delivery;
using QcdcBot.Storage;

namespace QcdcBot.Tests.Core;

/// <summary>appsettings.sample.json is the operator's map of every setting: it must name every key and bind cleanly.</summary>
public sealed class SampleSettingsTests
{
    private static readonly IConfiguration Sample = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "appsettings.sample.json"))
        .Build();

    public static TheoryData<string, Type> Sections => new()
    {
        { StorageOptions.SectionName, typeof(StorageOptions) },
        { BotOptions.SectionName, typeof(BotOptions) },
        { TelegramOptions.SectionName, typeof(TelegramOptions) },
        { ZaloOptions.SectionName, typeof(ZaloOptions) },
        { WebOptions.SectionName, typeof(WebOptions) },
        { OfficeWebOptions.SectionName, typeof(OfficeWebOptions) },
        { CalendarOptions.SectionName, typeof(CalendarOptions) },
        { ReminderOptions.SectionName, typeof(ReminderOptions) },
        { DispatchOptions.SectionName, typeof(DispatchOptions) },
        { $"{DispatchOptions.SectionName}:Zalo", typeof(ChannelRateLimits) },
        { DigestOptions.SectionName, typeof(DigestOptions) },
        { DigestScheduleOptions.SectionName, typeof(DigestScheduleOptions) },
        { ExportOptions.SectionName, typeof(ExportOptions) },
        { LocalChatOptions.SectionName, typeof(LocalChatOptions) },
        { FloodOptions.SectionName, typeof(FloodOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_setting_is_shown_in_the_sample(string section, Type options)
    {
        foreach (var key in Keys(section, options))
        {
            // Secrets are never written into a settings file, not even as an example.
            if (key is "Telegram:Token" or "Telegram:WebhookSecret" or "Zalo:Token" or "Zalo:WebhookSecret" or "Web:SigningKey")
            {
                continue;
            }

            Assert.True(Sample.GetSection(key).Exists(), $"appsettings.sample.json lacks {key}");
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void The_sample_binds_to_the_options(string section, Type options)
    {
        // "Digest" is read by two classes (the schedule in Scheduling, the wording in Bot), and "Dispatch" holds the
        // sections channels register for themselves ("Dispatch:Zalo"): each class sees only its keys.
        var shared = Sections.Count(row => (string)row[0] == section || ((string)row[0]).StartsWith(section + ":", StringComparison.Ordinal)) > 1;
        var bound = Sample.GetSection(section).Get(options, o => o.ErrorOnUnknownConfiguration = !shared);

        Assert.NotNull(bound);
    }

    private static IEnumerable<string> Keys(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && !property.PropertyType.IsGenericType && !property.PropertyType.IsArray)
            {
                foreach (var nested in Keys(key, property.PropertyType))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }
}
