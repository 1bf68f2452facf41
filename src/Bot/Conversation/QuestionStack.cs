using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// The questions a person has waiting: the open one, one a later message put aside (see <c>TypedChoices</c>), files
/// waiting for their deadline. A question settled by any path (a request decided or replaced, a claim decided, a
/// reminder's deadline handed in or ended) leaves the stack and is never asked again; the one put aside comes back,
/// word for word, only once nothing newer waits.
/// </summary>
internal sealed partial class QuestionStack(ExtensionRequestStore requests, StatusNoteStore notes, DeadlineStore deadlines, SubmissionStore submissions, TimeProvider time)
{
    /// <summary>The state without its settled questions (the same instance when none was).</summary>
    public async Task<ConversationState> PruneAsync(ConversationState state, Caller caller, CancellationToken ct)
    {
        var pending = state.Pending is { } open && await SettledAsync(open, caller, ct) ? null : state.Pending;
        var displaced = state.Displaced is { } aside && await SettledAsync(aside, caller, ct) ? null : state.Displaced;
        return ReferenceEquals(pending, state.Pending) && ReferenceEquals(displaced, state.Displaced) ? state : state with { Pending = pending, Displaced = displaced };
    }

    /// <summary>The question put aside is asked again once nothing else is open, unless it was settled meanwhile.</summary>
    public async Task ResumeAsync(TurnContext context, CancellationToken ct)
    {
        if (context.State is not { Displaced: { } older, Pending: null })
        {
            return;
        }

        if (await SettledAsync(older, context.Caller, ct))
        {
            context.State = context.State with { Displaced = null };
            return;
        }

        context.State = context.State with { Pending = older, Displaced = null };
        context.AskAgain(older, OpenQuestions.Again("Câu hỏi trước của bạn vẫn chờ trả lời", older));
    }

    /// <summary>
    /// A question whose choices decide something already decided: an extension request (/duyet, /tuchoi) no longer
    /// pending, a claim (/chapnhan, /khongchapnhan) already answered, either on a deadline no longer open, a reminder's deadline the unit handed in or the
    /// office ended. Questions the person's own turn asked are theirs to answer or leave.
    /// </summary>
    private async Task<bool> SettledAsync(PendingQuestion question, Caller caller, CancellationToken ct)
    {
        if (question.Kind != PendingKind.Commands)
        {
            return false;
        }

        foreach (var option in question.Options)
        {
            if (CommandLine.Parse(option) is not { HadSlash: true } command || !long.TryParse(command.Arguments.Trim(), out var id))
            {
                continue;
            }

            switch (command.Name)
            {
                case "duyet" or "tuchoi":
                    // A request or claim on a deadline the office ended or cancelled is decided by that: nothing left to answer.
                    return await requests.GetAsync(id, ct) is not { State: ExtensionState.Pending } request || !await IsOpenAsync(request.DeadlineId, ct);
                case "chapnhan" or "khongchapnhan":
                    return await notes.GetAsync(id, ct) is not { AcceptedBy: null, AcceptedAt: null } note || !await IsOpenAsync(note.DeadlineId, ct);
            }
        }

        if (question is { Asked: null, AboutDeadlineId: { } reminded } && caller.Unit is { } unit)
        {
            // A reminder's choices: settled once its deadline is no longer open or the unit has handed it in.
            return await deadlines.GetAsync(reminded, ct) is not { State: DeadlineState.Open } || await submissions.LatestAsync(unit.Id, reminded, ct) is not null;
        }

        return false;
    }

    private async Task<bool> IsOpenAsync(long deadlineId, CancellationToken ct) => await deadlines.GetAsync(deadlineId, ct) is { State: DeadlineState.Open };
}
