using System.Text.Json;
using System.Text.Json.Serialization;

namespace QcdcBot.Bot.Delivery;

/// <summary>
/// The outbox body's JSON, generated at compile time with the options it has always been written with (web defaults):
/// every reply is written once and read once more by the dispatcher (README, Performance, perf20).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OutboxBody))]
internal sealed partial class OutboxBodyJson : JsonSerializerContext;
