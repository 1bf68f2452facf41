using Microsoft.Extensions.Options;

namespace QcdcBot.Tests.Support;

/// <summary>Options that never change, for a class built by hand instead of through the container.</summary>
internal sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
