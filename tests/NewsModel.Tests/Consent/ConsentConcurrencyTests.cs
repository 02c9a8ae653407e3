using System.Collections.Concurrent;
using NewsModel.Consent;
using static NewsModel.Tests.Consent.ConsentTestData;

namespace NewsModel.Tests.Consent;

public sealed class ConsentConcurrencyTests
{
    [Fact]
    public void SixteenThreads_CreatingSigningAndReading_AllGetTheirOwnRecordsBack()
    {
        const int Threads = 16, PerThread = 2_000;
        var policy = new ConsentPolicy { Revision = 2 };
        var cookie = new ConsentCookie(policy, Ring("a", KeyA, new ConsentSigningKey("b", KeyB)));
        var older = new ConsentCookie(policy, Ring("b", KeyB));
        var ids = new ConcurrentDictionary<Guid, byte>();
        var errors = new ConcurrentQueue<string>();
        using var start = new Barrier(Threads);

        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++)
            {
                var grant = policy.Purposes.Where((_, p) => ((t + i) >> p & 1) == 1).ToList();
                var prompt = ConsentPrompt.ForNotice(Notice, t % 2 == 0 ? "yo" : "fr-CA");
                var record = (i % 4) switch
                {
                    0 => policy.AcceptAll(prompt),
                    1 => policy.RejectAll(prompt),
                    2 => policy.Withdraw(prompt),
                    _ => policy.Customize(prompt, grant),
                };
                var value = (i % 3 == 0 ? older : cookie).Write(record);
                if (!cookie.TryRead(value, out var read, out var status) || read != record)
                {
                    errors.Enqueue($"thread {t} item {i}: {status}");
                }

                var state = cookie.Evaluate(value, globalPrivacyControl: false);
                foreach (var purpose in policy.Purposes)
                {
                    if (state.IsGranted(purpose) != record.IsGranted(purpose))
                    {
                        errors.Enqueue($"thread {t} item {i}: {purpose.Id}");
                    }
                }

                if (!ids.TryAdd(record.Id, 0))
                {
                    errors.Enqueue($"thread {t} item {i}: duplicate id {record.Id}");
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        errors.Should().BeEmpty();
        ids.Should().HaveCount(Threads * PerThread);
    }
}
