using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation;

internal sealed partial class QuestionStack
{
    /// <summary>
    /// The person's own question ("Kết thúc việc #7 …?") put aside by a message that reached them unasked (a unit's
    /// extension request or "không phát sinh" claim): a number both take writes nothing and the bot names both, with
    /// what to type for each; the option of the question put aside typed as its command ("/donghan 7 xác nhận"), or its
    /// button pressed, answers it, and the message that came in between is asked again after. True when the turn is
    /// answered here; <paramref name="own"/> is then the choice (1-based) of the question put aside, now the open one.
    /// </summary>
    private static bool TryOwn(TurnContext context, string text, out int? own)
    {
        own = null;
        if (context.State is not { Pending: { Asked: null, Kind: PendingKind.Commands } top, Displaced: { Asked: not null } mine })
        {
            return false;
        }

        if (Typed(mine, text) is { } chosen)
        {
            context.State = context.State with { Pending = mine, Displaced = top };
            own = chosen;
            return true;
        }

        if (!TypedChoice.TryRead(text, out var number, out var hashed) || hashed || number == WayOut.Number || IndexOf(mine, number) is not { } index)
        {
            return false;
        }

        if (number > top.Options.Count)
        {
            // Only the person's own question has this number: it answers that one, and the message is asked again after.
            context.State = context.State with { Pending = mine, Displaced = top };
            own = index + 1;
            return true;
        }

        var about = top.Shown?.TrimEnd('.', ' ') ?? (top.AboutDeadlineId is { } id ? $"việc #{id}" : "tin nhắn vừa nhận");
        // The question's first sentence names it ("Kết thúc việc #1 … (hạn 3/11/2024)"); what follows explains it.
        var question = OpenQuestions.Subject(mine.Asked!) is var asked && asked.IndexOf('?', StringComparison.Ordinal) is var end and > 0 ? asked[..end] : asked;
        context.Reply(BothFit(number,
            Line(about, number, top.Labels.ElementAtOrDefault(number - 1), TypedForm(top, number - 1)),
            Line($"Câu hỏi của bạn ({question.TrimEnd('?', '.', ' ')})", number, mine.Labels.ElementAtOrDefault(index), TypedForm(mine, index))));
        return true;
    }

    /// <summary>The one wording of a number that fits two questions: nothing written, each named with what to type.</summary>
    private static string BothFit(int number, string first, string second) =>
        $"Số {number} trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì:\n• {first}\n• {second}";

    private static string Line(string about, int number, string? label, string typed) =>
        label is null ? $"{about}: số {number} là {typed}. Nếu ý là vậy, gõ đúng lệnh đó." : $"{about}: số {number} là \"{label}\". Nếu ý là vậy, gõ: {typed}";

    /// <summary>What typing does the same as choosing option <paramref name="index"/>: its command, or the button's own payload.</summary>
    private static string TypedForm(PendingQuestion question, int index) =>
        question.Kind == PendingKind.Commands && question.Options[index] is { Length: > 0 } command && !command.StartsWith("/chon ", StringComparison.Ordinal)
            ? Confirmation.Readable(command)
            : $"/chon {question.Id} {index + 1}";

    /// <summary>The 0-based option a number picks in <paramref name="question"/> (its own numbers, else positions); null: none.</summary>
    private static int? IndexOf(PendingQuestion question, int number)
    {
        var index = question.Numbers is { } numbers ? numbers.ToList().IndexOf(number) : number - 1;
        return index >= 0 && index < question.Options.Count ? index : null;
    }

    /// <summary>The 1-based option of <paramref name="question"/> that <paramref name="text"/> types: its button, or its command word for word.</summary>
    private static int? Typed(PendingQuestion question, string text)
    {
        if (CommandLine.Parse(text) is not { HadSlash: true } typed)
        {
            return null;
        }

        if (typed.Name == "chon" && typed.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var id, var n] && id == question.Id &&
            int.TryParse(n, out var pressed) && pressed >= 1 && pressed <= question.Options.Count)
        {
            return pressed;
        }

        if (question.Kind != PendingKind.Commands)
        {
            return null;
        }

        var said = Confirmation.Strip(typed.Arguments.Trim());
        for (var i = 0; i < question.Options.Count; i++)
        {
            if (CommandLine.Parse(question.Options[i]) is { HadSlash: true } option && option.Name == typed.Name &&
                Confirmation.Strip(option.Arguments.Trim()) is var offered && offered.Confirmed == said.Confirmed &&
                string.Equals(Squeeze(offered.Arguments), Squeeze(said.Arguments), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimStart('#');

    /// <summary>
    /// Which question keeps the one place for a question put aside when <paramref name="candidate"/> must leave the
    /// top: the person's own question wins over a message's choices (the message is still listed by /duyet and the
    /// like), so "Kết thúc việc #7?" is never lost to a second request arriving.
    /// </summary>
    public static PendingQuestion? PutAside(PendingQuestion? aside, PendingQuestion? candidate) =>
        candidate is null || aside is { Asked: not null } && candidate.Asked is null ? aside : candidate;

    /// <summary>Whether a message's choices decide a unit's extension request or claim (the office's decisions).</summary>
    public static bool Decides(PendingQuestion question) =>
        question.Options.Any(o => CommandLine.Parse(o) is { HadSlash: true, Name: "duyet" or "tuchoi" or "chapnhan" or "khongchapnhan" });

    /// <summary>"/duyet 3" → "Đồng ý (/duyet 3)": a decision's option shown with what it does; any other option as it is.</summary>
    public static string DecisionLabel(string option) => CommandLine.Parse(option) switch
    {
        { HadSlash: true, Name: "duyet" } => $"Đồng ý ({option})",
        { HadSlash: true, Name: "tuchoi" } => $"Từ chối ({option})",
        { HadSlash: true, Name: "chapnhan" } => $"Chấp nhận ({option})",
        { HadSlash: true, Name: "khongchapnhan" } => $"Không chấp nhận ({option})",
        _ => option,
    };
}
