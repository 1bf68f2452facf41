namespace QcdcBot.Scheduling.Tallies;

/// <summary>
/// How far one deadline (or several, summed) is done: a unit that handed in and a unit excused ("không có nội dung
/// phát sinh" accepted) both owe nothing, so both count as done. Every bar, percentage and "đã nộp đủ" reads this one
/// sum, so no view shows "đã nộp đủ" beside a half-full bar.
/// </summary>
internal readonly record struct Completion(int Submitted, int Excused, int InScope)
{
    public int Done => Submitted + Excused;

    /// <summary>Every unit in scope handed in or is excused: nothing is owed any more.</summary>
    public bool Complete => InScope > 0 && Done >= InScope;

    public static Completion operator +(Completion a, Completion b) => new(a.Submitted + b.Submitted, a.Excused + b.Excused, a.InScope + b.InScope);
}
