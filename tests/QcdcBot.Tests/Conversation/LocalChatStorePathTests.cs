using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QcdcBot.Bot.Channels.Local;
using QcdcBot.Bot.Hosting;

using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The terminal chat honours a <c>--Storage:Path</c> typed on its command line over the demo store, and its first
/// line names the store file in use either way (office15 finding 19).
/// </summary>
public sealed class LocalChatStorePathTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_store_path_on_the_command_line_is_the_store_the_chat_writes_and_names(bool joined)
    {
        var given = Path.Combine(_temp.Path, "thu nghiem", "phien1.db");
        Directory.CreateDirectory(Path.GetDirectoryName(given)!);
        var demo = Path.Combine(_temp.Path, "demo.db");

        var text = await RunAsync(joined ? [$"--Storage:Path={given}"] : ["--Storage:Path", given], demo);

        Assert.True(File.Exists(given), "The store named on the command line should have been created.");
        Assert.False(File.Exists(demo), "The demo store should not be touched when a store is given.");
        Assert.Contains($"(cơ sở dữ liệu: {given})", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_store_path_the_chat_uses_the_demo_store_and_names_it()
    {
        var demo = Path.Combine(_temp.Path, "demo.db");

        var text = await RunAsync([], demo);

        Assert.True(File.Exists(demo));
        Assert.Contains($"(cơ sở dữ liệu: {demo})", text, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string[] args, string demo)
    {
        var transcript = new StringWriter();
        using (var host = BotHost.Create(args, b =>
        {
            b.Configuration["LocalChat:DemoDatabasePath"] = demo;
            b.Configuration["LocalChat:SampleUnitsPath"] = BotHarness.SampleUnitsPath;
            b.Services.AddSingleton(new LocalConsole(new StringReader("/viec"), transcript));
            b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(BotHarness.DefaultStart));
        }))
        {
            using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.RunAsync(safety.Token);
        }

        return transcript.ToString();
    }
}
