using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Letters;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Bot.Letters;

/// <summary>
/// /congvan typed as text. The office: alone, "send the letter next"; with text, the pasted letter. Anyone else (and
/// the office naming a deadline): "/congvan &lt;việc&gt;" sends back the letter that deadline was taken from.
/// </summary>
internal sealed class LetterCommandHandler(LetterIntake intake, DeadlinePicker picker, DeadlineStore deadlines, LetterStore letters, SubmissionStore files) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["congvan"];

    public Access Access => Access.Everyone;

    public string Help => "/congvan — Văn phòng gửi công văn (tệp hoặc dán chữ) để bot đề xuất hạn nộp; /congvan <việc> — nhận lại công văn của một việc";

    // A unit only gets letters back; on Zalo the office can only paste the text (no Word/PDF reaches the bot).
    public string HelpFor(TurnContext context) => !context.Caller.IsAdmin ? "/congvan <việc> — nhận lại công văn của một việc"
        : context.TakesDocuments ? Help : "/congvan <nội dung dán vào> — Văn phòng dán chữ công văn để bot đề xuất hạn nộp; /congvan <việc> — nhận lại công văn của một việc";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        if (context.Caller.IsAdmin)
        {
            if (arguments.Length == 0)
            {
                context.State = context.State with { AwaitingLetter = true };
                context.Reply(LetterReplies.SendTheLetter(context.TakesDocuments));
                return;
            }

            // A short argument naming a deadline asks for its letter; anything else is a pasted letter.
            if (arguments.Length <= 60 && !arguments.Contains('\n', StringComparison.Ordinal))
            {
                if (await TryNamedAsync(context, await deadlines.ListAsync(true, ct), arguments, ct))
                {
                    return;
                }

                if (DatePhraseParser.FindAll(arguments, DateOnly.FromDayNumber(0)).Count == 0)
                {
                    // A few words with no deadline in them are a deadline's name, not a letter.
                    context.Reply($"Không tìm thấy việc có công văn nào tên \"{arguments.Trim()}\". Gõ /hanchot để xem các việc; để đưa công văn vào bot, gửi tệp kèm /congvan hoặc dán cả nội dung công văn.");
                    return;
                }
            }

            await intake.FromTextAsync(context, PastedText(context.Activity.Text), ct);
            return;
        }

        if (!context.Caller.IsSecretary && !context.Caller.IsLeader)
        {
            context.Reply(Hints.HowToRegister(context.Names));
            return;
        }

        var among = context.Caller.IsSecretary ? await picker.OpenForAsync(context.Caller.Unit!, ct) : await deadlines.ListAsync(false, ct);
        var withLetter = among.Where(d => d.LetterId is not null).ToList();
        if (arguments.Length == 0)
        {
            if (withLetter.Count == 1)
            {
                await SendAsync(context, withLetter[0], ct);
                return;
            }

            context.Reply(withLetter.Count == 0
                ? "Chưa có việc nào đang mở được giao theo công văn."
                : "Việc nào? Gõ /congvan <#số hoặc tên việc>:\n" + string.Join('\n', withLetter.Select(d => $"• #{d.Id} {d.Title} (theo {d.LetterReference})")));

            return;
        }

        if (arguments.Length > 60 || arguments.Contains('\n', StringComparison.Ordinal))
        {
            // A pasted letter from someone who is not the office: the letter flow is the office's.
            context.Reply($"Lệnh /congvan kèm nội dung là để {context.Names.Office} đưa công văn vào bot. Gõ /congvan <#số việc> để nhận lại công văn của một việc.");
            return;
        }

        if (await TryNamedAsync(context, among, arguments, ct))
        {
            return;
        }

        // A deadline of another unit is not "not found": the secretary is told why it is not theirs to ask for.
        context.Reply(context.Caller.IsSecretary && EntityResolver.Deadline(await deadlines.ListAsync(true, ct), arguments).Found is { } other
            ? $"Việc #{other.Id} không giao cho đơn vị của bạn. Gõ /congvan để xem các việc của đơn vị có công văn."
            : $"Không tìm thấy việc \"{arguments}\". Gõ /congvan để xem các việc có công văn.");
    }

    /// <summary>
    /// Sends the letter of the deadline the words name; when they name several deadlines with a letter, asks which,
    /// numbered, as /tinhhinh does. False when they name none.
    /// </summary>
    private async Task<bool> TryNamedAsync(TurnContext context, IReadOnlyList<Deadline> among, string query, CancellationToken ct)
    {
        var found = EntityResolver.Deadline(among, query);
        if (found.Found is { } one)
        {
            await SendAsync(context, one, ct);
            return true;
        }

        var withLetter = found.Candidates.Where(d => d.LetterId is not null).ToList();
        if (withLetter.Count == 1)
        {
            await SendAsync(context, withLetter[0], ct);
            return true;
        }

        if (withLetter.Count > 1)
        {
            context.AskWhich($"\"{query.Trim()}\" khớp với nhiều việc có công văn. Việc nào? (gõ số của việc)", withLetter,
                d => $"#{d.Id} {d.Title} (theo {d.LetterReference})", d => $"/congvan #{d.Id}", d => d.Id);
            return true;
        }

        return false;
    }

    private const string PastedOn = "văn bản dán ngày ";

    private async Task SendAsync(TurnContext context, Deadline deadline, CancellationToken ct)
    {
        if (deadline.LetterId is not { } letterId || await letters.GetAsync(letterId, ct) is not { } letter)
        {
            context.Reply($"Việc \"{deadline.Title}\" không được giao theo công văn nào trong bot.");
            return;
        }

        var bytes = letter.FileSha256 is { } sha ? await files.ReadFileAsync(sha, ct) : null;
        if (bytes is null)
        {
            context.Reply($"Việc \"{deadline.Title}\" theo {letter.Reference}; bot không giữ tệp của văn bản này.");
            return;
        }

        // A letter without a number is referred to by its date already ("Kế hoạch ngày 25/3/2024"): not said twice.
        var date = letter.LetterDate is { } d && letter.Number is not null ? $", ngày {VietnameseWording.Date(d)}" : string.Empty;
        // To a secretary "dán" (pasted) is the office's word: a pasted letter is the one the office gave on that day.
        var said = letter.Reference.StartsWith(PastedOn, StringComparison.Ordinal) ? $"Văn bản của việc \"{deadline.Title}\" (Văn phòng gửi ngày {letter.Reference[PastedOn.Length..]})."
            : $"{char.ToUpperInvariant(letter.Reference[0])}{letter.Reference[1..]}{date} — văn bản của việc \"{deadline.Title}\".";
        // A corrected letter attached in place of the first ("gắn N"): the unit is told an earlier one exists, and which counts.
        if (await letters.ReplacedByAsync(letter.Id, ct) is { } earlier)
        {
            said += $" Văn bản này thay {LetterCreation.Dated(earlier)}; làm theo văn bản này.";
        }

        context.Reply(new OutboundMessage(said)
        {
            Document = new OutboundDocument(letter.FileName ?? "congvan", letter.ContentType ?? "application/octet-stream", bytes),
            AboutDeadlineId = deadline.Id,
        });
    }

    /// <summary>The text after the command word, with its line breaks and tabs as pasted.</summary>
    private static string PastedText(string raw)
    {
        var trimmed = raw.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        return trimmed[end..];
    }
}
