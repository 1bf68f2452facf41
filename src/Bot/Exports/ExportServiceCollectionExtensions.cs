using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QcdcBot.Bot.Conversation.Commands;
using QcdcBot.Bot.Conversation.Routing;

namespace QcdcBot.Bot.Exports;

internal static class ExportServiceCollectionExtensions
{
    /// <summary>
    /// The workbook and archive builders, /xuat and /taifile. Options come from <c>Exports</c> when there is a
    /// configuration (the host); tests and tools without one get the defaults.
    /// </summary>
    public static IServiceCollection AddExportServices(this IServiceCollection services)
    {
        services.AddExportBuilders();
        services.AddSingleton<ICommandHandler, ExportHandler>();
        services.AddSingleton<ICommandHandler, DownloadFilesHandler>();
        return services;
    }

    /// <summary>Only the builders: what the command-line export needs, without the chat commands.</summary>
    public static IServiceCollection AddExportBuilders(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(ExportOptions.SectionName).Bind(o))
            .ValidateDataAnnotations();
        // The ledger lives in storage, so the command-line export counts reminders as the chat's /xuat does.
        services.TryAddSingleton<IReminderCountSource, LedgerReminderCounts>();
        services.TryAddSingleton<SheetSource>();
        services.TryAddSingleton<ProgressWorkbook>();
        services.TryAddSingleton<SubmissionArchiver>();
        return services;
    }
}
