using QcdcBot.Bot.Conversation.State;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A /giao whose group the bot could not tell ("cho các đơn vị được kiểm tra năm 2026") waits for its units: the next
/// message that lists units ("NHNN, SYT, CTK", "1, 5, 7" from /donvi) creates it for them; anything else closes the
/// question as every other question closes.
/// </summary>
internal sealed partial class DeadlineCreation
{
    private static void AskForUnits(TurnContext context, string question, string command)
    {
        // The /donvi list shown before stays what "1, 5, 7" refers to: the answer is read against it.
        var shown = context.State.LastList;
        var unanswered = QualifiedScope.EndsExcluding(command)
            ? $"giao việc \"{QualifiedScope.WithoutExcluding(command)}\" trừ những đơn vị nào"
            : $"giao việc \"{command}\" cho những đơn vị nào";
        context.Ask(question, new PendingQuestion(string.Empty, PendingKind.Commands, []) { UnitsFor = command, Unanswered = unanswered }, []);
        context.State = context.State with { LastList = shown };
    }

    /// <summary>
    /// "… trước 20/12 NHNN, SYT": units after the date with no "cho". Creating it for every grassroots unit would remind
    /// seventy units the office never meant, so nothing is created; the choices are the command with "cho" before what
    /// was written (read then as any list after "cho" is, every name checked), or without it.
    /// </summary>
    private static void AskUnitsWithoutCho(TurnContext context, string command, string written)
    {
        var units = ScopeParser.WithoutParticles(written.Trim(' ', ',', ';', ':', '.', '-'));
        context.AskWhich(
            $"Sau ngày hạn có tên đơn vị (\"{units}\") nhưng không có chữ \"cho\" trước, nên bot chưa rõ giao việc cho ai; chưa tạo việc nào. Giao cho những đơn vị nào?",
            [$"cho {units}", string.Empty],
            c => c.Length > 0 ? $"Chỉ {c}" : $"Tất cả chi, đảng bộ cơ sở (bỏ \"{units}\")",
            c => $"/giao {command}{(c.Length > 0 ? " " + c : string.Empty)}");
    }

    /// <summary>True when <paramref name="text"/> answered an open "which units?" by listing them (the deadline is then created or asked about as /giao does).</summary>
    public async Task<bool> TryAnswerUnitsAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.State.Pending is not { UnitsFor: { } command } || text.TrimStart().StartsWith('/'))
        {
            return false;
        }

        var (scope, _, ambiguous) = await scopes.ParseAsync(text.Trim(), context.State, ct);
        if (scope is null && ambiguous is null)
        {
            return false;
        }

        context.State = context.State with { Pending = null };
        context.AnsweredPending = true;
        // After "… trừ" the units typed are the ones left out, and follow it directly.
        await StartAsync(context, $"{command}{(QualifiedScope.EndsExcluding(command) ? " " : " cho ")}{text.Trim()}", ct);
        return true;
    }
}
