using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QcdcBot.Bot.Conversation.Commands;
using QcdcBot.Bot.Delivery;
using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Exports;
using QcdcBot.Bot.Letters;
using QcdcBot.Bot.Web.Office;

namespace QcdcBot.Bot.Conversation;

internal static class ConversationServiceCollectionExtensions
{
    /// <summary>The channel-neutral conversation: options from <c>Bot</c>, the router and one handler per command.</summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBotOptions();
        builder.Services.AddConversationServices();
        return builder;
    }

    /// <summary>The <c>Bot</c> section, bound and validated at start (the command-line tools need it too: names in exports).</summary>
    internal static IServiceCollection AddBotOptions(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Admins.All(a => a.Contains(':', StringComparison.Ordinal)), "Bot:Admins entries must look like <channel>:<user id>, e.g. telegram:123456789.")
            .Validate(o => o.Leaders.All(a => a.Contains(':', StringComparison.Ordinal)), "Bot:Leaders entries must look like <channel>:<user id>.")
            .Validate(o => o.AllowedFileTypes.All(t => t.StartsWith('.')), "Bot:AllowedFileTypes entries start with a dot, e.g. .docx.")
            .Validate(o => o.InviteCodeLifetime > TimeSpan.Zero, "Bot:InviteCodeLifetime must be positive.")
            .Validate(o => o.PageWindow >= TimeSpan.Zero && o.PageWindow <= TimeSpan.FromHours(2), "Bot:PageWindow must be between 00:00:00 (off) and 02:00:00.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.OfficeName) && !string.IsNullOrWhiteSpace(o.OrganizationName), "Bot:OfficeName and Bot:OrganizationName name the office and its committee in replies; they cannot be empty.")
            .ValidateOnStart();
        return services;
    }

    internal static IServiceCollection AddConversationServices(this IServiceCollection services)
    {
        services.AddSingleton<ConversationBot>();
        services.AddSingleton<Channels.DocumentIntake>();
        services.AddSingleton<TurnAttempt>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ConversationStateAccessor>();
        services.AddSingleton<EntityResolver>();
        services.AddSingleton<AdminDirectory>();
        services.AddSingleton<TallyText>();
        services.AddSingleton<PendingAnswers>();
        services.AddSingleton<DeadlinePicker>();
        services.AddSingleton<SubmissionRecorder>();
        services.AddSingleton<UploadFlow>();
        services.AddSingleton<MisfiledFlow>();
        services.AddSingleton<WaitingFilesQuestion>();
        services.AddSingleton<QuestionStack>();
        services.AddSingleton<UnitOnRecord>();
        services.AddSingleton<ClaimGuard>();
        services.AddSingleton<StatusReplyFlow>();
        services.AddSingleton<ExtensionFlow>();
        services.AddSingleton<Extensions.ExtensionWithdrawal>();
        services.AddSingleton<ExtensionDecision>();
        services.AddSingleton<UnneededExtension>();
        services.AddSingleton<WaitingList>();
        services.AddSingleton<OtherKindNumber>();
        services.AddSingleton<RefusalReason>();
        services.AddSingleton<ExcuseDecision>();
        services.AddSingleton<HandInWay>();
        services.AddSingleton<LoneNumber>();
        services.AddSingleton<UnstatedExtension>();
        services.AddSingleton<ReminderChoiceName>();
        services.AddSingleton<ScopeParser>();
        services.AddSingleton<DuplicateDeadlineFinder>();
        services.AddSingleton<NewDeadlineNotice>();
        services.AddSingleton<DeadlineEndNotice>();
        services.AddSingleton<DeadlineReopenNotice>();
        services.AddSingleton<DeferredNotice>();
        services.AddSingleton<HeldMoveNotice>();
        services.AddSingleton<DueDateChangeNotice>();
        services.AddSingleton<RenameNotice>();
        services.AddSingleton<UntoldDeadline>();
        services.AddSingleton<Commands.DeclinedPaperFiles>();
        services.AddSingleton<DeadlineCreation>();
        services.AddSingleton<DayOffOffer>();
        services.AddSingleton<ImpossibleDateAdvice>();
        services.AddSingleton<DeadlineArgument>();
        services.AddSingleton<UnitArgument>();
        services.AddSingleton<UnitAndDeadline>();
        services.AddSingleton<UnitBesideDeadline>();
        services.AddSingleton<UnitRecordText>();

        services.AddSingleton<ICommandHandler, RegisterHandler>();
        services.AddSingleton<ICommandHandler, HelpHandler>();
        services.AddSingleton<ICommandHandler, WhoAmIHandler>();
        services.AddSingleton<ICommandHandler, TasksHandler>();
        services.AddSingleton<ICommandHandler, ExtensionRequestHandler>();
        services.AddSingleton<ICommandHandler, MoveFilingHandler>();
        services.AddSingleton<ICommandHandler, AssignHandler>();
        services.AddSingleton<ICommandHandler, DeadlineListHandler>();
        services.AddSingleton<ICommandHandler, EditDeadlineHandler>();
        services.AddSingleton<ICommandHandler, CancelDeadlineHandler>();
        services.AddSingleton<ICommandHandler, CloseDeadlineHandler>();
        services.AddSingleton<ICommandHandler, ReopenDeadlineHandler>();
        services.AddSingleton<ICommandHandler, InviteHandler>();
        services.AddSingleton<ICommandHandler, UnitsHandler>();
        services.AddSingleton<ICommandHandler, RecordPaperHandler>();
        services.AddSingleton<ICommandHandler, RejectSentOutsideHandler>();
        services.AddSingleton<ICommandHandler, ProgressHandler>();
        services.AddSingleton<ICommandHandler, MissingHandler>();
        services.AddSingleton<ICommandHandler, ApproveExtensionHandler>();
        services.AddSingleton<ICommandHandler, DenyExtensionHandler>();
        services.AddSingleton<ICommandHandler, AcceptExcuseHandler>();
        services.AddSingleton<ICommandHandler, RejectExcuseHandler>();
        services.AddSingleton<ICommandHandler, DigestHandler>();
        services.AddSingleton<ICommandHandler, SubmitHintHandler>();
        services.AddSingleton<ICommandHandler, ReminderPreviewHandler>();
        services.AddSingleton<ICommandHandler, ReminderNowHandler>();
        services.AddSingleton<ICommandHandler, PauseRemindersHandler>();
        services.AddSingleton<ICommandHandler, ResumeRemindersHandler>();
        services.AddSingleton<ICommandHandler, ReminderSettingsHandler>();
        services.AddLetterServices();
        services.AddOfficeChat();
        services.AddExportServices();
        services.AddDigestServices();
        services.AddDeliveryServices();
        return services;
    }
}
