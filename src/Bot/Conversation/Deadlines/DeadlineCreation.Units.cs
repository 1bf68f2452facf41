using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Deadlines;

/// <summary>
/// A /giao whose group the bot could not tell ("cho các đơn vị được kiểm tra năm 2026") waits for its units: the next
/// message that lists units ("NHNN, SYT, CTK", "1, 5, 7" from /donvi) creates it for them; anything else closes the
/// question as every other question closes.
/// </summary>
internal sealed partial class DeadlineCreation
{
    /// <param name="lead">What the bot does not know and what to type ("Đó là những đơn vị nào? Gõ các đơn vị đó ").</param>
    /// <param name="example">The whole command retyped with units, shown as the other way to answer.</param>
    private static void AskForUnits(TurnContext context, string lead, string example, string command, IReadOnlyList<Unit> all)
    {
        // "1, 5, 7" is read against the list of units shown last, or else against /donvi's own order (every unit, as
        // /donvi numbers them): the numbers the question invites are always ones it then reads.
        var everyone = all.Select(u => u.Id).ToList();
        var unseen = context.State.LastList is not { Kind: ListKind.Units };
        var shown = unseen ? new ShownList(ListKind.Units, everyone) : context.State.LastList!;
        var which = shown.Ids.SequenceEqual(everyone) ? "danh sách /donvi" : "danh sách đơn vị vừa hiện";
        var unanswered = QualifiedScope.EndsExcluding(command)
            ? $"giao việc \"{QualifiedScope.WithoutExcluding(command)}\" trừ những đơn vị nào"
            : $"giao việc \"{command}\" cho những đơn vị nào";
        context.Ask($"{lead}(mã hoặc tên, cách nhau bằng dấu phẩy; hoặc số thứ tự từ 1 đến {shown.Ids.Count} trong {which}), hoặc gõ lại cả lệnh, ví dụ:\n{example}",
            new PendingQuestion(string.Empty, PendingKind.Commands, []) { UnitsFor = command, Unanswered = unanswered, NumbersUnseen = unseen }, []);
        context.State = context.State with { LastList = shown };
    }

    /// <summary>
    /// "… trước 20/12 NHNN, SYT": units after the date with no "cho". Creating it for every grassroots unit would remind
    /// seventy units the office never meant, so nothing is created; the choices are the command with "cho" before the
    /// units written ("gửi NHNN và SYT" is "cho NHNN, SYT"; read then as any list after "cho" is, every name checked),
    /// or without them.
    /// </summary>
    private static void AskUnitsWithoutCho(TurnContext context, string command, string written, IReadOnlyList<Unit> all)
    {
        var units = UnitsWithoutCho.Scope(written, all);
        // 2 is "Không" as in every other question of the bot: an office used to "2 = no" must never widen the job to every unit.
        (string Scope, bool No)[] options = [($"cho {units}", false), (string.Empty, true), (string.Empty, false)];
        context.AskWhich(
            $"Sau ngày hạn có tên đơn vị (\"{units}\") nhưng không có chữ \"cho\" trước, nên bot chưa rõ giao việc cho ai; chưa tạo việc nào. Giao cho những đơn vị nào?",
            options,
            c => c.No ? "Không, chưa giao việc này" : c.Scope.Length > 0 ? $"Chỉ {c.Scope}" : $"Tất cả chi, đảng bộ cơ sở (bỏ \"{units}\")",
            c => c.No ? string.Empty : $"/giao {command}{(c.Scope.Length > 0 ? " " + c.Scope : string.Empty)}");
    }

    /// <summary>
    /// Words after the date that are neither a unit the bot reads nor known filler (<see cref="AfterDateFiller"/>):
    /// nothing is created; 1 is the job for the units it would go to without those words, 2 "Không" as everywhere.
    /// </summary>
    private static void AskUnreadAfterDate(TurnContext context, PendingDeadline pending, string described) =>
        context.Ask(
            $"Phần sau ngày hạn \"{pending.Ignored}\" bot chưa hiểu là đơn vị nào, nên chưa tạo việc nào. Giao việc \"{pending.Title}\" cho ai?",
            new PendingQuestion(string.Empty, PendingKind.ConfirmDeadline, [Yes, No]) { Deadline = pending },
            [$"Giao cho {described} (bỏ phần đó)", "Không, chưa giao — gõ lại với \"cho <mã đơn vị>, …\""]);

    /// <summary>
    /// "/giao bc của NHNN trước 18/12": no units written but the title names some (<see cref="UnitsInTitle"/>). Nothing
    /// is created: 1 is the job for those units alone under the title without them, 2 "Không" as everywhere, 3 every
    /// grassroots unit under the title as written.
    /// </summary>
    private static void AskUnitsInTitle(TurnContext context, string written, string title, string cleaned, IReadOnlyList<Unit> named, string fromDate)
    {
        var codes = string.Join(", ", named.Select(u => u.Code));
        context.Ask(
            $"Tên việc \"{written}\" có tên đơn vị ({codes}) nhưng lệnh không ghi giao cho ai, nên chưa tạo việc nào. Việc này chỉ cho {codes}?",
            new PendingQuestion(string.Empty, PendingKind.Commands,
                [$"/giao {cleaned} {fromDate} cho {codes}", string.Empty, $"/giao {written} {fromDate} cho chi, đảng bộ cơ sở"]),
            [$"Chỉ cho {codes}: \"{TypedTitle.From(cleaned).Title}\"", "Không, chưa giao việc này", $"Tất cả chi, đảng bộ cơ sở: \"{title}\""]);
    }

    /// <summary>
    /// "/giao Báo cáo của các chi bộ về QCDC trước 20/12": no units written but the title names a group (asked as
    /// <see cref="AskUnitsInTitle"/> asks: 1 the group alone, 2 "Không", 3 every grassroots unit), or words the bot cannot
    /// tell the units of ("các đảng bộ doanh nghiệp", "Trường Cao đẳng"): then it asks for the units, as for "cho các đơn vị được
    /// kiểm tra năm 2026". Nothing is created either way.
    /// </summary>
    /// <returns>True when it asked.</returns>
    private async Task<bool> AskGroupInTitleAsync(TurnContext context, string written, string title, string fromDate, CancellationToken ct)
    {
        var all = await units.AllAsync(ct);
        var grassroots = all.Count(new UnitGroup(DeadlineScope.Grassroots, null).Covers);
        var everyOne = $"/giao {written} {fromDate} cho chi, đảng bộ cơ sở";
        if (UnitsInTitle.Group(written) is var (group, words, cleaned))
        {
            var count = all.Count(group.Covers);
            context.Ask(
                $"Tên việc \"{written}\" có \"{words}\" nhưng lệnh không ghi giao cho ai, nên chưa tạo việc nào. Việc này chỉ cho {group.Named}?",
                new PendingQuestion(string.Empty, PendingKind.Commands, [$"/giao {cleaned} {fromDate} cho {group.Named}", string.Empty, everyOne]),
                [$"Chỉ {group.Named} ({count} đơn vị): \"{TypedTitle.From(cleaned).Title}\"", "Không, chưa giao việc này",
                    $"Tất cả {grassroots} chi, đảng bộ cơ sở: \"{title}\""]);
            return true;
        }

        if (UnitsInTitle.Unclear(written, all) is not var (unclear, without, candidates))
        {
            return false;
        }

        var which = candidates.Count > 0
            ? $"\"{unclear}\" có trong tên {candidates.Count} đơn vị ({string.Join(", ", candidates.Take(8).Select(u => u.Code))}{(candidates.Count > 8 ? ", …" : string.Empty)})"
            : $"bot không biết \"{unclear}\" là những đơn vị nào";
        var command = $"{without} {fromDate}";
        AskForUnits(context,
            $"Tên việc \"{written}\" có \"{unclear}\" nhưng lệnh không ghi giao cho ai, và {which}, nên chưa tạo việc nào. " +
            $"Nếu là tất cả {grassroots} chi, đảng bộ cơ sở, gõ: {everyOne}\nNếu chỉ một số đơn vị: gõ các đơn vị đó ",
            $"/giao {command} cho <mã>, <mã>, …", command, all);
        return true;
    }

    /// <summary>True when <paramref name="text"/> answered an open "which units?" by listing them (the deadline is then created or asked about as /giao does).</summary>
    public async Task<bool> TryAnswerUnitsAsync(TurnContext context, string text, CancellationToken ct)
    {
        if (context.State.Pending is not { UnitsFor: { } command } || text.TrimStart().StartsWith('/'))
        {
            return false;
        }

        var (scope, problem, ambiguous) = await scopes.ParseAsync(text.Trim(), context.State, ct);
        if (scope is null && ambiguous is null)
        {
            if (problem is null || !MeantAsUnits(text))
            {
                return false;
            }

            // "12, 48, 99" or "NHNN, XYZ": an answer to the question with a unit that does not read. Nothing is created and
            // the question stays open for the units typed again.
            var listed = context.State.LastList is { Kind: ListKind.Units } list ? list.Ids.Count : 0;
            context.AskAgain(context.State.Pending!, $"{problem}{(NumbersOnly(text) ? $" (số thứ tự chỉ từ 1 đến {listed})" : string.Empty)} Chưa tạo việc nào. " +
                                                     OpenQuestions.Again("Câu hỏi vẫn chờ", context.State.Pending!) + " Gõ lại các đơn vị, hoặc 0 để thôi.");
            return true;
        }

        var unseen = context.State.Pending!.NumbersUnseen;
        context.State = context.State with { Pending = null };
        context.AnsweredPending = true;
        // After "… trừ" the units typed are the ones left out, and follow it directly.
        var join = QualifiedScope.EndsExcluding(command) ? " " : " cho ";
        var numbered = SingleNumber(text) || (unseen && HasNumber(text));
        if (numbered && scope is { UnitIds.Count: > 0 } read)
        {
            var all = await units.AllAsync(ct);
            var named = read.UnitIds.Select(id => all.FirstOrDefault(u => u.Id == id)).OfType<Unit>().ToList();
            if (named.Count == read.UnitIds.Count)
            {
                AskNumbered(context, text.Trim(' ', '.'), named, command, join);
                return true;
            }
        }

        await StartAsync(context, $"{command}{join}{text.Trim()}", ct);
        return true;
    }

    /// <summary>
    /// A bare "2" to "Đó là những đơn vị nào?" is as often the office's habitual "2 = Không" (or "1 = có") as a place in
    /// /donvi; "5, 7" (or "NHNN, 5") with no list shown are places in a list of every unit the office did not see. The
    /// units they read as are named and confirmed before anything is created.
    /// </summary>
    private static void AskNumbered(TurnContext context, string typed, IReadOnlyList<Unit> named, string command, string join)
    {
        var excluding = join == " ";
        var codes = string.Join(", ", named.Select(u => u.Code));
        var what = excluding ? $"giao việc \"{QualifiedScope.WithoutExcluding(command)}\" trừ {codes}" : $"giao việc \"{command}\" cho {codes}";
        var read = named.Count == 1 && SingleNumber(typed)
            ? $"\"{typed}\" là số thứ tự {typed} trong danh sách đơn vị: {named[0].Name} ({named[0].Code})."
            : $"Các số trong \"{typed}\" là số thứ tự trong danh sách /donvi (chưa hiện ở đây), tức là: " +
              string.Join("; ", named.Select(u => $"{u.Name} ({u.Code})")) + ".";
        context.Ask($"{read} Chưa tạo việc nào. Đúng là {what}?",
            new PendingQuestion(string.Empty, PendingKind.Commands, [$"/giao {command}{join}{codes}", string.Empty]) { YesOption = 1 },
            [excluding ? $"Đúng, trừ {codes}" : $"Đúng, giao cho {codes}", Confirmation.No]);
    }

    private static bool SingleNumber(string text) => text.Trim(' ', '.').TrimStart('#') is { Length: > 0 } n && n.All(char.IsAsciiDigit);

    /// <summary>"5, 7", "NHNN, 5": a word of the answer that is only a number (a place in a list).</summary>
    private static bool HasNumber(string text) =>
        text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Trim('.', '#') is { Length: > 0 } n && n.All(char.IsAsciiDigit));

    private static bool NumbersOnly(string text) => text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ',' or ';' or ' ' or '.');

    private static bool MeantAsUnits(string text) => NumbersOnly(text) || TrailingScope.HasCodeLikeWord(text);
}
