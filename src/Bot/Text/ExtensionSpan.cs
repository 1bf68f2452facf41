namespace QcdcBot.Bot.Text;

/// <summary>
/// "thêm 1 tuần", "lùi hạn 3 ngày": more time counted from the unit's own due date, not a date. <see cref="Text"/>
/// is how the reply repeats it ("1 tuần").
/// </summary>
internal sealed record ExtensionSpan(int Days, int Months, string Text)
{
    public DateOnly From(DateOnly due) => due.AddMonths(Months).AddDays(Days);
}
