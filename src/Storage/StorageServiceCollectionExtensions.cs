using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Digests;
using QcdcBot.Storage.Inbox;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Leadership;
using QcdcBot.Storage.Letters;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Telegram;
using QcdcBot.Storage.Units;
using QcdcBot.Storage.Web;

namespace QcdcBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite store: options from <c>Storage</c>, every record store, migrations at start.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name the SQLite file.")
            .Validate(o => o.RetryFirstDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryFirstDelay, "Storage:RetryFirstDelay must be positive and at most Storage:RetryMaxDelay.")
            .Validate(o => o.StartTimeout >= TimeSpan.Zero && o.AlertAfter >= TimeSpan.Zero, "Storage:StartTimeout and Storage:AlertAfter cannot be negative.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStorageServices();
        // Registered before any other hosted service so the schema is ready when they start.
        builder.Services.AddHostedService<StorageInitializer>();
        return builder;
    }

    internal static IServiceCollection AddStorageServices(this IServiceCollection services)
    {
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<UnitStore>();
        services.AddSingleton<UnitCsvImporter>();
        services.AddSingleton<MemberStore>();
        services.AddSingleton<InviteStore>();
        services.AddSingleton<DeadlineStore>();
        services.AddSingleton<LetterStore>();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<UnclaimedFiles>();
        services.AddSingleton<StatusNoteStore>();
        services.AddSingleton<ExtensionRequestStore>();
        services.AddSingleton<ConversationStateStore>();
        services.AddSingleton<MessageLinkStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<DigestStore>();
        services.AddSingleton<ReminderLedgerStore>();
        services.AddSingleton<ReminderFanoutStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<DeadlineReminderSettingsStore>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<TelegramOffsetStore>();
        services.AddSingleton<LeadershipChatStore>();
        services.AddSingleton<WebSecretStore>();
        services.AddSingleton<WebSessionStore>();
        services.AddSingleton<DownloadGrantStore>();
        services.AddSingleton<StoredFileReader>();
        return services;
    }
}
