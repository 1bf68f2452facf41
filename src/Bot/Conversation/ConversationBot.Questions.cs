using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Bot.Conversation;

/// <summary>How a turn answers the question the bot asked before: by its number, by its words, or by leaving it.</summary>
internal sealed partial class ConversationBot
{
    /// <summary>Whether <paramref name="text"/> is one of the question's choices typed by its words rather than its number.</summary>
    private static bool TypesAChoice(PendingQuestion question, string text, CommandLine? command)
    {
        var folded = Storage.Text.VietnameseFold.Fold(text.Trim());
        return question.Options.Any(o => o.Length > 0 && (o.StartsWith('/')
            ? command is not null && CommandLine.Parse(o)?.Name == command.Name
            : folded.StartsWith(Storage.Text.VietnameseFold.Fold(o), StringComparison.Ordinal)));
    }

    /// <summary>
    /// The 1-based choice a place said in words stands for ("cái đầu tiên", "cái cuối"): counted among the real choices,
    /// the way out not one of them; null when the list is shorter.
    /// </summary>
    private static int? ChoiceAt(PendingQuestion question, int position)
    {
        var wayOut = WayOut.IndexIn(question);
        var choices = Enumerable.Range(1, question.Options.Count).Where(n => n - 1 != wayOut).ToList();
        var index = position == TypedChoice.Last ? choices.Count - 1 : position - 1;
        return index >= 0 && index < choices.Count ? choices[index] : null;
    }

    /// <summary>
    /// Text that answers nothing while a question is open: the question is asked again, briefly and numbered, and stays
    /// open so the next number still answers it. False where there is nothing to ask again (a reminder's buttons).
    /// </summary>
    private static bool AskAgain(TurnContext context)
    {
        if (context.State.Pending is not { Asked: not null, Labels.Count: > 0 } open || !context.Caller.IsKnown)
        {
            return false;
        }

        context.AskAgain(open, OpenQuestions.Again("Bot chưa hiểu câu trả lời này. Câu hỏi vẫn chờ", open));
        return true;
    }

    /// <summary>
    /// "0", "không", "hủy", "thôi" on any open question (a choice, a confirmation, "đến ngày nào?"): the question's own
    /// do-nothing choice where it has one, else the question closed with nothing done.
    /// </summary>
    private async Task LeaveAsync(TurnContext context, CancellationToken ct)
    {
        var pending = context.State.Pending;
        if (pending is not null && WayOut.IndexIn(pending) is var index and >= 0)
        {
            await AnswerAsync(context, pending.Id, index + 1, ct);
            return;
        }

        context.State = context.State with { Pending = null, AwaitingExtension = null, AwaitingExtensionFor = null };
        context.AnsweredPending = true;
        if (pending is { Kind: PendingKind.UploadDeadline })
        {
            // Files waiting for their deadline: leaving is "none of these", said as such.
            await pendingAnswers.CompleteAsync(context, pending, DeadlinePicker.None, ct);
            return;
        }

        context.Reply(Confirmation.Declined);
    }

    private async Task AnswerAsync(TurnContext context, string questionId, int number, CancellationToken ct)
    {
        if (context.State.Pending is not { } pending || pending.Id != questionId)
        {
            context.Reply("Lựa chọn này đã cũ hoặc không còn hiệu lực. Xin gửi lại yêu cầu.");
            return;
        }

        if (pending.Options.Count == 0)
        {
            // A question answered in words ("which units?"): a number that is none of its words is no choice, never "1 to 0".
            context.AskAgain(pending, OpenQuestions.Again($"Câu hỏi này không có lựa chọn đánh số, nên số {number} chưa chọn gì. Câu hỏi vẫn chờ", pending));
            return;
        }

        if (number < 1 || number > pending.Options.Count)
        {
            context.Reply($"Xin chọn một số từ 1 đến {pending.Options.Count}{WayOut.ReAskTail}");
            return;
        }

        context.State = context.State with { Pending = null };
        context.AnsweredPending = true;
        var value = pending.Options[number - 1];
        if (pending.Kind == PendingKind.Commands && value.Length == 0)
        {
            // Keeping a day off as the due date is a decision with effects (the units hear that date), not "nothing done".
            context.Reply(pending.Labels.ElementAtOrDefault(number - 1) == Confirmation.No ? Confirmation.Declined : pending.Kept ?? Confirmation.DeclinedWith("mọi thứ giữ nguyên"));
            return;
        }

        if (pending.Kind == PendingKind.Commands)
        {
            context.ByChoice = true;
            context.TypedNumber = context.Activity.ButtonPayload is null;
            context.ChosenLabel = pending.Labels.ElementAtOrDefault(number - 1);
            context.HeldFiles = pending.Files;
            context.Answered = pending;
            context.Text = value;
            // A reminder's "Xin gia hạn" typed as its number is about the reminder's deadline, as a reply to it would be.
            context.ReplyToDeadlineId ??= pending.AboutDeadlineId;
            await DispatchAsync(context, value, ct);
            return;
        }

        await pendingAnswers.CompleteAsync(context, pending, value, ct);
    }

    /// <summary>
    /// A number (or a place, "cái đầu tiên") typed while a question is open answers it as its button would, unless it
    /// could mean two things (<see cref="QuestionStack.TryTwoMeanings"/>). True when the turn is answered here.
    /// </summary>
    private async Task<bool> TryAnswerByNumberAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (stack.TryTwoMeanings(context, text, out var own))
        {
            // A number that could mean two things writes nothing; the person's own question typed as its command is answered.
            await (own is { } choice ? AnswerAsync(context, context.State.Pending!.Id, choice, ct) : Task.CompletedTask);
            return true;
        }

        if (TypedChoice.TryRead(text, out var number, out var hashed) && (!hashed || context.State.Pending?.Numbers is not null) && context.State.Pending is { } pending)
        {
            // A typed number answers the open question the same way pressing its button would; in a choice of
            // deadlines it is the deadline's own number, never a position.
            if (pending.Numbers is { } numbers)
            {
                var index = numbers.ToList().IndexOf(number);
                if (index < 0)
                {
                    if (!await pendingAnswers.TryOffListAsync(context, pending, number, ct))
                    {
                        context.Reply($"Xin gõ số của việc trong danh sách: {string.Join(", ", numbers.Where(n => n != WayOut.Number))}{WayOut.ReAskTail}");
                    }

                    return true;
                }

                number = index + 1;
            }

            await AnswerAsync(context, pending.Id, number, ct);
            return true;
        }

        if (context.State is { Pending: { } listed, AwaitingExtension: null } && TypedChoice.TryReadPosition(text, out var position) && ChoiceAt(listed, position) is { } at)
        {
            // "cái đầu tiên", "cái cuối": the place in the list as shown, whatever numbers the choices carry.
            await AnswerAsync(context, listed.Id, at, ct);
            return true;
        }

        return false;
    }
}
