using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Calendar;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// Decides which deadline a secretary's file or status reply is about: the bot message it replies to, a name in
/// the caption, or the unit's only open deadline. Otherwise it asks, with the open deadlines as choices.
/// </summary>
internal sealed class DeadlinePicker(DeadlineStore deadlines, OfficeClock clock)
{
    public async Task<IReadOnlyList<Deadline>> OpenForAsync(Unit unit, CancellationToken ct) =>
        (await deadlines.ListAsync(includeClosed: false, ct)).Where(d => d.Covers(unit)).ToList();

    public async Task<(Deadline? Chosen, IReadOnlyList<Deadline> Candidates)> PickAsync(TurnContext context, Unit unit, string? hint, CancellationToken ct)
    {
        var open = await OpenForAsync(unit, ct);
        if (context.ReplyToDeadlineId is { } replied && open.FirstOrDefault(d => d.Id == replied) is { } linked)
        {
            return (linked, [linked]);
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
