using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Deadlines;
using QcdcBot.Bot.Conversation.Scope;
using QcdcBot.Bot.Conversation.State;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Letters;

/// <summary>The admin's edits of a waiting item: "sửa N trước …", "sửa N tên …", "sửa N cho …".</summary>
internal sealed partial class LetterFlow
{
    private async Task<DraftDeadline?> EditAsync(TurnContext context, DraftDeadline item, LetterAnswer answer, CancellationToken ct)
    {
        var edited = answer.Kind switch
        {
            LetterAnswerKind.EditTitle => EditTitle(context, item, answer.Rest, clock.Today),
            LetterAnswerKind.EditDate => EditDate(context, item, answer.Rest, answer.Units, answer.Numbers),
            _ when answer.AddsUnits => await AddUnitsAsync(context, item, answer.Rest, ct),
            _ when answer.ExceptsUnits => await ExceptUnitsAsync(context, item, answer.Rest, ct),
            _ => await EditUnitsAsync(context, item, answer.Rest, ct),
        };
        if (edited is not null && answer.Units is { } unitsText)
        {
            // A date with units: both are applied, or neither, and the reply says which part was not understood.
            edited = await EditUnitsAsync(context, edited, unitsText, ct);
        }

        return edited;
    }

    private static DraftDeadline? EditTitle(TurnContext context, DraftDeadline item, string title, DateOnly today)
    {
        title = title.Trim().Trim('"', '“', '”').Trim();
        if (DatePhraseParser.FindAll(title, today) is [{ Phrase: { } phrase }, ..])
        {
            // "sửa 2 tên Bản thu hoạch trước ngày 30/12/2026": the date words are not a name, and the due date stays
            // as it was unless the admin says so; both are said.
            var said = title.Substring(phrase.Start, phrase.Length).Trim();
            var kept = item.Due is { } due ? $"hạn vẫn là {VietnameseWording.Date(due)}" : "hạn chưa có";
            title = (title[..phrase.Start].TrimEnd(' ', ',', ';', '-', '–') + " " + title[(phrase.Start + phrase.Length)..].TrimStart(' ', ',', ';', '.')).Trim();
            context.Reply($"Lưu ý: đã bỏ \"{said}\" khỏi tên mục {item.Number}; {kept}. Muốn đổi hạn, gõ \"sửa {item.Number} trước {phrase.Day}/{phrase.Month}{(phrase.Year is { } y ? $"/{y}" : string.Empty)}\".");
        }

        if (title.Length == 0)
        {
            context.Reply($"Thiếu tên mới. Ví dụ: sửa {item.Number} tên Báo cáo tự kiểm tra QCDC năm 2024");
            return null;
        }

        return item with { Title = title, TitleNote = null };
    }

    /// <param name="numbers">Every item the answer edits: a question about the date asks for all of them at once.</param>
    private DraftDeadline? EditDate(TurnContext context, DraftDeadline item, string phrase, string? units, IReadOnlyList<int> numbers)
    {
        var parsed = DatePhraseParser.Parse(phrase, clock.Today);
        if (parsed.Date is { } read && parsed.Flags.Contains(DateFlag.RecentlyPassed))
        {
            // "sửa 1 trước 20/11" on 29/11: this year's, overdue, or next year's? As /giao and /suahan ask.
            var suffix = units is null ? string.Empty : $" cho {units}";
            var all = numbers.Count > 1 ? string.Join(", ", numbers) : $"{item.Number}";
            PassedDayQuestion.Ask(context, numbers.Count > 1 ? $"Sửa hạn mục {all}" : $"Sửa hạn mục {item.Number} \"{item.Title}\"", read, new PendingQuestion(string.Empty, PendingKind.Commands, []),
                $"sửa {all} trước {VietnameseWording.Date(read.AddYears(-1))}{suffix}", $"sửa {all} trước {VietnameseWording.Date(read)}{suffix}", string.Empty);
            return null;
        }

        if (parsed.Problem == DateProblem.ImpossibleDate)
        {
            // "sửa 2, 3 trước 31/4/2027": neither item is edited, and both are named.
            context.Reply($"Ngày trong \"{phrase}\" không có thật. Mục {(numbers.Count > 1 ? string.Join(", ", numbers) : item.Number)} chưa sửa.");
            return null;
        }

        if (parsed.Date is not { } due)
        {
            context.Reply($"Không đọc được ngày. Ví dụ: sửa {item.Number} trước {ProposalText.ExampleDate(item, clock.Today, calendar)}");
            return null;
        }

        // The admin's own date replaces the letter's: the correction note no longer applies.
        return item with { Due = due, Correction = null, SourcePhrase = VietnameseText.Normalize(phrase) };
    }

    /// <summary>"sửa 2 thêm NHNN": the named units join the item's, which need not be typed again.</summary>
    private async Task<DraftDeadline?> AddUnitsAsync(TurnContext context, DraftDeadline item, string scopeText, CancellationToken ct)
    {
        if (item.Scope != DeadlineScope.Units)
        {
            return await AddToGroupAsync(context, item, scopeText, ct);
        }

        if (await EditUnitsAsync(context, item, scopeText, ct) is not { } named)
        {
            return null;
        }

        if (named.Scope != DeadlineScope.Units)
        {
            context.Reply($"\"thêm\" nhận tên hoặc mã đơn vị (ví dụ: sửa {item.Number} thêm NHNN, SYT); để giao cho cả nhóm, gõ \"sửa {item.Number} cho {scopeText.Trim()}\". Mục {item.Number} chưa sửa.");
            return null;
        }

        // A name of the letter that matched nothing is cleared by adding the unit it stood for ("sửa 3 thêm BVSN").
        var all = await units.AllAsync(ct);
        var added = all.Where(u => named.UnitIds.Contains(u.Id) && !item.UnitIds.Contains(u.Id)).ToList();
        if (added.Count == 0)
        {
            context.Reply($"Mục {item.Number} đã có {string.Join(", ", all.Where(u => named.UnitIds.Contains(u.Id)).Select(u => u.Code))}; không có đơn vị nào để thêm. Mục {item.Number} chưa sửa.");
            return null;
        }

        var cleared = item.Unmatched.Where(n => added.Any(u => item.Several.TryGetValue(n, out var codes) && codes.Contains(u.Code)
            || item.Nearest.TryGetValue(n, out var near) && near.StartsWith(u.Code + " (", StringComparison.Ordinal)
            || UnitBrands.StandsFor(n, u) || UnitInitials.StandsFor(n, u, begun: true))).ToList();
        return item with { UnitIds = [.. item.UnitIds.Concat(named.UnitIds).Distinct()], Unmatched = [.. item.Unmatched.Except(cleared)], ScopeCounted = null };
    }

    /// <summary>"sửa 1 thêm DTN" on an item for a group: the group and the units outside it, counted ("74 + 1 = 75 đơn vị (…, thêm …)").</summary>
    private async Task<DraftDeadline?> AddToGroupAsync(TurnContext context, DraftDeadline item, string scopeText, CancellationToken ct)
    {
        if (await EditUnitsAsync(context, item, scopeText, ct) is not { } named)
        {
            return null;
        }

        var all = await units.AllAsync(ct);
        var asked = new ParsedScope(item.Scope, item.ScopeKind, item.UnitIds);
        var added = all.Where(u => !asked.Covers(u) && Deadline.Covers(named.Scope, named.ScopeKind, named.UnitIds, u)).ToList();
        if (added.Count == 0)
        {
            context.Reply($"Mục {item.Number} đang giao cho {ProposalText.Scope(item, all)}, đã gồm các đơn vị đó; không có đơn vị nào để thêm. Mục {item.Number} chưa sửa. Muốn giao cho một số đơn vị, gõ \"sửa {item.Number} cho <đơn vị>, …\"; muốn bỏ bớt, gõ \"sửa {item.Number} trừ <đơn vị>\".");
            return null;
        }

        var had = all.Where(asked.Covers).Select(u => u.Id).ToList();
        return item with
        {
            Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = [.. had.Concat(added.Select(u => u.Id))], ScopeNote = null,
            ScopeCounted = $"{had.Count} + {added.Count} = {had.Count + added.Count} đơn vị ({asked.Named}, thêm {string.Join(", ", added.Select(u => $"{u.Name} ({u.Code})"))})",
        };
    }

    /// <summary>
    /// "sửa 1 trừ SYT, STP", "sửa 1 bỏ SYT": the named units (read as "cho" reads them) leave the item and the others stay,
    /// counted as a letter's "trừ" is ("74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ …)").
    /// </summary>
    private async Task<DraftDeadline?> ExceptUnitsAsync(TurnContext context, DraftDeadline item, string scopeText, CancellationToken ct)
    {
        if (await EditUnitsAsync(context, item, scopeText, ct) is not { } named)
        {
            return null;
        }

        var all = await units.AllAsync(ct);
        var asked = new ParsedScope(item.Scope, item.ScopeKind, item.UnitIds);
        var leaving = all.Where(u => asked.Covers(u) && Deadline.Covers(named.Scope, named.ScopeKind, named.UnitIds, u)).Select(u => u.Id).ToList();
        if (leaving.Count == 0)
        {
            var codes = all.Where(u => Deadline.Covers(named.Scope, named.ScopeKind, named.UnitIds, u)).Select(u => u.Code).ToList();
            context.Reply($"Mục {item.Number} không giao cho {(codes.Count <= LongList ? string.Join(", ", codes) : "các đơn vị đó")}; không có đơn vị nào để bỏ. Mục {item.Number} chưa sửa.");
            return null;
        }

        if (leaving.Count == all.Count(asked.Covers))
        {
            context.Reply($"Bỏ các đơn vị đó thì mục {item.Number} không còn đơn vị nào; muốn bỏ cả mục, gõ \"hủy {item.Number}\". Mục {item.Number} chưa sửa.");
            return null;
        }

        var (kept, _, note) = UnitGroupPhrases.Less(all, asked.Covers, asked.Named, Array.Empty<UnitGroup>(), leaving, u => $"{u.Name} ({u.Code})");
        // A few named units less some: their names are shown; a group less some, or less more again, is counted.
        var counted = item.Scope != DeadlineScope.Units ? note : item.ScopeCounted is { } before ? ScopeCounting.Further(before, kept.Count, all.Where(u => leaving.Contains(u.Id)).Select(u => $"{u.Name} ({u.Code})")) : null;
        // Named units keep the letter's order.
        return item with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = item.Scope == DeadlineScope.Units ? [.. item.UnitIds.Except(leaving)] : kept, ScopeNote = null, ScopeCounted = counted };
    }

    private async Task<DraftDeadline?> EditUnitsAsync(TurnContext context, DraftDeadline item, string scopeText, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(scopeText))
        {
            // "sửa 2 cho" alone would read as every grassroots unit.
            context.Reply($"Thiếu đơn vị. Ví dụ: sửa {item.Number} cho NHNN, SYT. Mục {item.Number} chưa sửa.");
            return null;
        }

        // The store's names first, longest first, as in a letter: "Sở Văn hóa, Thể thao và Du lịch; Sở Y tế" is two units.
        // The same reading as the letter's ("Sở VH, TT&DL", "Ngân hàng NN&PTNT chi nhánh Yên Bái"), so an edit accepts what a letter does.
        var listed = ScopeParser.HasExclusion(scopeText) ? null : await builder.ListedAsync(scopeText, ct);
        // A piece the list reading passed over ("SYT, bao yen bai") is read as /giao reads it, or refused: never dropped.
        if (listed is ({ Count: > 0 } ids, [], []))
        {
            return item with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = ids, Unmatched = [], ScopeNote = null, ScopeCounted = null };
        }

        var (scope, problem, ambiguous) = await scopes.ParseAsync(scopeText, context.State, ct);
        // "Cao đẳng Yên Bái, BHXH tỉnh": each name the list reading missed is read alone as /giao reads it, so a name that
        // works alone works beside another.
        if (scope is null && ambiguous is null && listed is ({ } found, { Count: > 0 } missed, []))
        {
            var each = new List<long>(found);
            foreach (var name in missed)
            {
                var alone = await scopes.ParseAsync(name, context.State, ct);
                if (alone.Ambiguous is not null || alone.Scope is not { Scope: DeadlineScope.Units })
                {
                    ambiguous ??= alone.Ambiguous;
                    each = null;
                    break;
                }

                each.AddRange(alone.Scope.UnitIds);
            }

            if (each is not null)
            {
                return item with { Scope = DeadlineScope.Units, ScopeKind = null, UnitIds = [.. each.Distinct()], Unmatched = [], ScopeNote = null, ScopeCounted = null };
            }
        }

        if (ambiguous is { } which)
        {
            context.Reply($"\"{which.Piece}\" khớp với nhiều đơn vị: {string.Join(", ", which.Candidates.Take(8).Select(u => $"{u.Name} ({u.Code})"))}. Xin dùng mã đơn vị. Mục {item.Number} chưa sửa.");
            return null;
        }

        if (scope is null && listed is (_, { Count: > 0 } notFound, _))
        {
            // Every name that matched nothing, not only the first.
            // The same guess the proposal offers for a letter's name ("\"Sở Ngoại giao\" có phải SNGV (…)?").
            var all = await units.AllAsync(ct);
            var near = notFound.Select(n => UnitBrands.Nearest(n, all) is { } guess ? $" \"{n}\" có phải {guess}?" : string.Empty);
            context.Reply($"Không tìm thấy đơn vị {string.Join(", ", notFound.Select(n => $"\"{n}\""))}.{string.Concat(near)} Gõ /donvi để xem mã các đơn vị. Mục {item.Number} chưa sửa.");
            return null;
        }

        if (scope is null)
        {
            context.Reply($"{problem} Mục {item.Number} chưa sửa.");
            return null;
        }

        return item with { Scope = scope.Scope, ScopeKind = scope.Kind, UnitIds = scope.UnitIds, Unmatched = [], ScopeNote = null, ScopeCounted = scope.Note };
    }
}
