using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Conversations;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The channel-neutral core: an activity goes in, replies and proactive messages come out. Adapters own the
/// platforms; this class owns the order of things in a turn and never lets one message crash the bot.
/// </summary>
internal sealed partial class ConversationBot(
    CommandRouter router,
    ConversationStateAccessor states,
    MemberStore members,
    UnitStore units,
    MessageLinkStore links,
    UploadFlow uploads,
    StatusReplyFlow statuses,
    PendingAnswers pendingAnswers,
    WaitingFilesQuestion waitingFiles,
    Deadlines.DeferredNotice deferredNotice,
    Commands.DeclinedPaperFiles declinedPaperFiles,
    Letters.LetterFlow letters,
    LoneNumber loneNumber,
    UnstatedExtension unstatedExtension,
    IOptionsMonitor<BotOptions> options,
    SqliteDatabase database,
    DocumentIntake documents,
    Submissions.ReminderChoiceName reminderChoiceName,
    QuestionStack stack,
    ILogger<ConversationBot> logger)
{
    public async Task<TurnResult> OnTurnAsync(InboundActivity activity, CancellationToken ct)
    {
        try
        {
            // One transaction (a savepoint inside the inbox's): a turn that fails part-way leaves nothing half-written.
            return await database.InTransactionAsync((_, _) => HandleAsync(activity, ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Never echo the user's text into logs: only its length.
            logger.LogError(ex, "Turn failed for {Channel} chat {ChatId} (text length {Length}, {Attachments} attachment(s))",
                activity.Channel, activity.ChatId, activity.Text?.Length ?? 0, activity.Attachments.Count);
            return new TurnResult([new OutboundMessage("Xin lỗi, bot gặp lỗi khi xử lý tin nhắn này nên chưa ghi nhận gì. Vui lòng thử lại sau ít phút.")], []);
        }
    }

    private async Task<TurnResult> HandleAsync(InboundActivity activity, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var raw = activity.ButtonPayload ?? activity.Text ?? string.Empty;
        if (raw.Length > settings.MaxTextLength * 4)
        {
            // Refuse before doing any work on an absurdly long message; a pasted letter is allowed up to this limit, so say it.
            return Single(Letters.LetterFlow.IsLetterCommand(raw)
                ? $"Công văn dán sau /congvan quá dài ({raw.Length} ký tự); bot nhận công văn dán ngắn hơn {settings.MaxTextLength * 4} ký tự. Công văn dài hơn xin gửi dưới dạng tệp (.docx, .pdf, .txt) kèm chú thích /congvan."
                : Hints.TooLong(raw.Length, settings.MaxTextLength, documents.Takes(activity.Channel)));
        }

        var text = VietnameseText.Normalize(raw);
        var loaded = await states.LoadAsync(activity, ct);
        var state = loaded;
        // A letter pasted after /congvan, or right after /congvan alone, is longer than any chat message; the letter flow takes it whole.
        if (text.Length > settings.MaxTextLength && !Letters.LetterFlow.IsLetterCommand(text) && !state.AwaitingLetter)
        {
            return Single(Hints.TooLong(text.Length, settings.MaxTextLength, documents.Takes(activity.Channel)));
        }

        var caller = await IdentifyAsync(activity, settings, ct);
        state = await stack.PruneAsync(state, caller, ct);
        if (activity.IsGroup && !caller.IsKnown && !Commands.RegistrationText.OpensWithCommand(text))
        {
            // A group is no place for the secretaries' registration speech: one short line a leader can act on
            // (a /dangky typed there is still told to register in private, by the registration itself).
            return Single(Hints.StrangerInGroup(caller.Key, settings.Names));
        }

        long? replyDeadline = activity.ReplyToMessageId is { } replyTo
            ? await links.FindAsync(activity.Channel, activity.ChatId, replyTo, ct)
            : null;
        var context = new TurnContext(activity, text, caller, state) { ReplyToDeadlineId = replyDeadline, Names = settings.Names, TakesDocuments = documents.Takes(activity.Channel), ByChoice = activity.ButtonPayload is not null, Unannounced = state.Pending?.AnnounceDeadlineId, HeldMove = state.Pending?.HeldMove };

        await DispatchAsync(context, text, ct);
        if (state.Pending is { } asked && !context.AnsweredPending && !context.AskedAgain && context.State.Pending?.Id == asked.Id &&
            (context.Activity.Attachments.Count > 0 || !TypedChoice.IsChoice(text)) && !OpenQuestions.Retried(asked, text))
        {
            // The person moved on to something else: the question is closed, so a later bare number can never answer
            // a question asked several messages ago (and create or record something nobody meant any more). A file
            // captioned "#7" is filed under #7, not an answer: the question is asked again after it.
            context.State = context.State with { Pending = null };
        }

        if (OpenQuestions.KeptOver(state, context, text) is { } still)
        {
            context.Reply(still);
        }

        await deferredNotice.SettleAsync(state, context, ct);
        if (OpenQuestions.Dropped(state, context) is { } note)
        {
            // Replaced or left by something else: what it would have decided stays undecided, so say so rather than drop it.
            context.ReplyFirst(note);
        }

        // Files that waited at the top are asked again before an older question put aside: a number answers the newest.
        await waitingFiles.KeepAsync(context, state, ct);
        await stack.ResumeAsync(context, ct);
        stack.MarkTap(context, state, text);
        await declinedPaperFiles.ReleaseAsync(state, context, ct);

        if (!ReferenceEquals(context.State, loaded))
        {
            await states.SaveAsync(activity, context.State, ct);
        }

        return new TurnResult(context.Replies, context.Proactive);
    }

    private async Task DispatchAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.State.AwaitingRefusalReason is not null && router.Find("tuchoi") is Commands.DenyExtensionHandler deny && await deny.TryAnswerReasonAsync(context, text, ct))
        {
            return;
        }

        if (await letters.TryHandleAsync(context, ct))
        {
            return;
        }

        if (context.Activity.Attachments.Count > 0)
        {
            if (!await TryRecordForUnitAsync(context, text, ct))
            {
                await uploads.HandleAsync(context, ct);
            }

            return;
        }

        if (text.Length == 0 && !context.Activity.FileWithheld)
        {
            context.Reply(Hints.Empty(context.Caller, context.Names));
            return;
        }

        if (WayOut.IsTaken(context.State, text))
        {
            await LeaveAsync(context, ct);
            return;
        }

        if (context.State.Pending is { UnitsFor: not null } && router.Find("giao") is Commands.AssignHandler assign && await assign.TryAnswerUnitsAsync(context, text, ct))
        {
            return;
        }

        if (await TryAnswerByNumberAsync(context, text, ct))
        {
            return;
        }

        if (context.State.AwaitingExtension is not null && router.Find("giahan") is Commands.ExtensionRequestHandler extension && await extension.TryAnswerDateAsync(context, text, ct))
        {
            return;
        }

        if (context.State.Pending is { YesOption: { } yes } offered && YesWords.Match(text))
        {
            // "có", "dời", "đồng ý": a one-word yes picks the choice the question offered as the yes.
            await AnswerAsync(context, offered.Id, yes, ct);
            return;
        }

        var command = CommandLine.Parse(text);
        // A button's payload is "/chon <question> <n>"; "chọn 2" typed with nothing open is a lone number, answered below.
        if (command is { Name: "chon" } && command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts)
        {
            await AnswerAsync(context, parts[0], parts.Length == 2 && int.TryParse(parts[1], out var n) ? n : 0, ct);
            return;
        }

        if (context.Activity.FileWithheld || command is not { HadSlash: true } && context.Caller.IsSecretary && !context.TakesDocuments && StatusKeywords.SaysSentFileInChat(text))
        {
            // "em gửi file word rồi" on Zalo, or the Word file itself: it never came, so say why and give the upload links at once.
            context.Reply(Hints.FilesNotPassed);
            if (context.Caller.IsSecretary && router.Find("nopfile") is { } submit)
            {
                await submit.HandleAsync(context, string.Empty, ct);
            }

            return;
        }

        if (context.State.Pending is { Kind: PendingKind.Commands, AboutDeadlineId: { } reminded } choices && TypesAChoice(choices, text, JoinSplitName(command)) &&
            !await reminderChoiceName.NamesOtherAsync(text, reminded, ct))
        {
            // "Xin gia hạn", "đang làm" typed in words answer the reminder's choice of that name: its deadline, no guess.
            context.ReplyToDeadlineId ??= reminded;
        }

        // Without "/", a secretary's status reply wins over a command word it happens to start with ("Đơn vị đang làm…").
        if (command is not { HadSlash: true } && context.Caller.IsSecretary && await statuses.TryHandleAsync(context, ct))
        {
            return;
        }

        // "thôi xin đến 28/12 ạ" while "… cho việc nào?" waits on a request: the secretary changed her mind, and this is the request now.
        var askedAgain = context.State.Pending is { Kind: PendingKind.ExtensionDeadline } && unstatedExtension.HoldsDateAhead(text);
        if (command is not { HadSlash: true } && context.Caller.IsSecretary && (ExtensionWording.AsksForMoreTime(text) || Extensions.ExtensionWithdrawal.Says(text) || askedAgain) &&
            router.Find("giahan") is Commands.ExtensionRequestHandler asking && JoinSplitName(command) is not { Name: "giahan" or "luihan" or "khathan" })
        {
            // "cho em thêm 3 ngày", "them 1 tuan", "em xin lùi hạn ạ": asking for more time without the command's words first.
            await asking.HandleAsync(context, text, ct);
            return;
        }

        command = JoinSplitName(command);
        var handler = command is null ? null : router.Find(command.Name);
        if (handler is not null && command is not null)
        {
            if (!CommandRouter.Allows(handler.Access, context.Caller))
            {
                if ((Commands.RegistrationText.LabelledCode(text) ?? Commands.RegisterHandler.CodeIn(command.Arguments)) is { } typedCode && router.Find("dangky") is { } registers)
                {
                    // "Mã đăng ký: 266PU78M ạ" joins into the office's /madangky: from anyone but the office, with a code, it is
                    // a registration (a registered secretary's too: /dangky says where they are and offers the move).
                    await registers.HandleAsync(context, typedCode, ct);
                    return;
                }

                context.Reply(Hints.NotAllowed(context.Caller, handler.Access, context.Names));
                return;
            }

            await handler.HandleAsync(context, command.Arguments, ct);
            return;
        }

        if (command is { HadSlash: true })
        {
            context.Reply($"Không có lệnh /{command.Name}. Gõ /trogiup để xem các lệnh.");
            return;
        }

        if ((Commands.RegistrationText.LabelledCode(text) ?? (context.Caller.IsKnown ? null : Commands.RegisterHandler.CodeIn(text))) is { } code && router.Find("dangky") is { } register)
        {
            // A stranger's "H9PVU8TF" or "Em là Tú bí thư chi đoàn, mã đăng ký: H9PVU8TF ạ": the code is the whole point.
            // A registered member's code counts only after its label ("MDK 7VA8 NR4C"): /dangky answers it as it answers them.
            await register.HandleAsync(context, code, ct);
            return;
        }

        if (context.Caller.IsKnown && CourtesyWords.Match(text) && letters.WaitingHint(context.State).Length == 0)
        {
            // "cảm ơn ạ", "ok", "👍": a thank-you asks nothing, so it gets a thank-you, not the help text.
            context.Reply(Hints.Courtesy);
            return;
        }

        if (context.Caller.IsSecretary && router.Find("viec") is Commands.TasksHandler tasks && await tasks.AnswerDueAsync(context, text, ct))
        {
            // "hạn nộp kh 2027 là ngày nào ạ?": the /viec line of the deadline it names.
            return;
        }

        if (!AskAgain(context) && !await unstatedExtension.TryAsync(context, text, ct))
        {
            context.Reply(await loneNumber.HintAsync(context, text, ct) ?? StatusReplyFlow.SendingLaterAnswer(context) ?? Hints.Unknown(context.Caller, context.Names, context.TakesDocuments) + letters.WaitingHint(context.State));
        }
    }

    private static TurnResult Single(string text) => new([new OutboundMessage(text)], []);
}
