using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Decides which deadline a secretary's file or status reply is about: the bot message it replies to, a name in
/// the caption, the unit's only open deadline, or (where people cannot reply to a message) the deadline the chat
/// was last told about. Otherwise it asks, with the open deadlines as choices.
/// </summary>
internal sealed class DeadlinePicker(DeadlineStore deadlines, SubmissionStore submissions, OfficeClock clock)
{
    public async Task<IReadOnlyList<Deadline>> OpenForAsync(Unit unit, CancellationToken ct) =>
        (await deadlines.ListAsync(includeClosed: false, ct)).Where(d => d.Covers(unit)).ToList();

    /// <param name="unsubmittedOnly">Status replies and extension requests concern work not yet handed in; files may replace a submission.</param>
    public async Task<(Deadline? Chosen, IReadOnlyList<Deadline> Candidates)> PickAsync(TurnContext context, Unit unit, string? hint, CancellationToken ct, bool unsubmittedOnly = false)
    {
        var open = await OpenForAsync(unit, ct);
        if (unsubmittedOnly)
        {
            var pending = new List<Deadline>();
            foreach (var d in open)
            {
                if (await submissions.LatestAsync(unit.Id, d.Id, ct) is null)
                {
                    pending.Add(d);
                }
            }

            // A reply to a message about a submitted deadline still counts for that deadline.
            open = pending.Count > 0 || context.ReplyToDeadlineId is null ? pending : open;
        }

        if (context.ReplyToDeadlineId is { } replied)
        {
            // A reply to a message about a deadline that is not open for this unit must not be filed elsewhere quietly.
            return open.FirstOrDefault(d => d.Id == replied) is { } linked ? (linked, [linked]) : (null, open);
        }

        if (!string.IsNullOrWhiteSpace(hint))
        {
            var byHint = EntityResolver.Deadline(open, hint, context.State);
            if (byHint.Found is not null)
            {
                return (byHint.Found, [byHint.Found]);
            }

            if (byHint.IsAmbiguous)
            {
                return (null, byHint.Candidates);
            }
        }

        if (open.Count > 1 && context.Activity.DefaultDeadlineId is { } recent && open.FirstOrDefault(d => d.Id == recent) is { } guessed)
        {
            // No reply-to on this channel: take the deadline last written about, and say so, so a wrong guess is seen.
            var other = open.First(d => d.Id != guessed.Id);
            context.Reply($"(Hiểu là việc #{guessed.Id} \"{guessed.Title}\", việc bot nhắn gần nhất. Nếu nhầm, xin gửi lại kèm mã việc, ví dụ \"#{other.Id} ...\"; /viec xem các mã.)");
            return (guessed, [guessed]);
        }

        return open.Count == 1 ? (open[0], open) : (null, open);
    }

    /// <summary>Asks which deadline; the options are deadline ids.</summary>
    public void Ask(TurnContext context, string question, PendingQuestion template, IReadOnlyList<Deadline> candidates)
    {
        var shown = candidates.Take(8).ToList();
        var pending = template with { Options = shown.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList() };
        var labels = shown.Select(d => $"{d.Title} (hạn {VietnameseWording.Date(d.DueDate)}, {VietnameseWording.TimeLeft(d.DueDate, clock.Today)})").ToList();
        context.Ask(question, pending, labels);
    }
}
