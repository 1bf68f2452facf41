namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>The doctor's answer: one line per check, what to fix under each failure, a count at the end.</summary>
internal sealed class DoctorReport(TextWriter output)
{
    private int _problems;

    public Task OkAsync(string what, string detail) => output.WriteLineAsync($"✔ {what}: {detail}");

    public async Task FailAsync(string what, string detail, string fix)
    {
        _problems++;
        await output.WriteLineAsync($"✘ {what}: {detail}");
        await output.WriteLineAsync($"   → {fix}");
    }

    /// <summary>0 when everything passed, 1 otherwise.</summary>
    public async Task<int> FinishAsync()
    {
        await output.WriteLineAsync(_problems == 0
            ? "Kết quả / result: mọi kiểm tra đều đạt / all checks passed."
            : $"Kết quả / result: {_problems} lỗi cần sửa / {_problems} problem(s) to fix.");
        return _problems == 0 ? 0 : 1;
    }
}
