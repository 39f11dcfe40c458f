namespace Mpp.Workflows.Engine.Tests.Persistence;

/// <summary>The staff search on both stores: each field, the office rule, and keyset pages while files keep arriving.</summary>
public abstract partial class WorkflowStoreContract
{
    [Fact]
    public async Task SearchInstancesAsync_FindsByEachField_OnlyAmongTheOfficesFiles()
    {
        var (code, ours, theirs) = (NewCode(), NewId("office"), NewId("office"));
        var (sip, pbg) = (NewId("sip"), NewId("pbg"));
        var siti = Filed(sip, code, 1, T0, "Siti Aminah", "3327010101900001");
        var sitiLater = Filed(pbg, code, 2, T0.AddDays(1), "siti badriah", "3327010101900002") with
        {
            Status = ApplicationStatuses.Completed,
            Result = ApplicationResults.Approved,
        };
        // Another office's file with the same applicant, service, name and day: it must never show up for ours.
        var elsewhere = Filed(sip, code, 3, T0.AddHours(1), "Siti Aminah", "3327010101900001");
        var shared = Filed(pbg, code, 4, T0.AddDays(2), "Budi 100%_Santoso", "3327020202900004");
        await SeedAsync(siti, NewTask(siti, ours, "r", T0));
        await SeedAsync(sitiLater, NewTask(sitiLater, ours, "r", T0) with { Status = TaskStates.Completed });
        await SeedAsync(elsewhere, NewTask(elsewhere, theirs, "r", T0));
        await SeedAsync(shared, NewTask(shared, theirs, "r", T0), NewTask(shared, ours, "r", T0.AddHours(1)));

        var mine = new InstanceQuery(VisibleToOffice: ours);
        var searches = new (InstanceQuery Query, InstanceRecord[] Expected)[]
        {
            (mine, [shared, sitiLater, siti]),
            (mine with { RegistrationNumber = siti.RegistrationNumber }, [siti]),
            (mine with { RegistrationNumber = elsewhere.RegistrationNumber }, []),
            (mine with { RegistrationNumberPrefix = $"503-{code}-2026-00000" }, [shared, sitiLater, siti]),
            (mine with { ApplicantNik = "3327010101900001" }, [siti]),
            (mine with { ApplicantNamePrefix = "SITI " }, [sitiLater, siti]),
            (mine with { ApplicantNamePrefix = "siti a" }, [siti]),
            (mine with { ApplicantNamePrefix = "Budi 100%_" }, [shared]),
            (mine with { ApplicantNamePrefix = "Budi 1000" }, []),
            (mine with { DefinitionId = sip }, [siti]),
            (mine with { Status = ApplicationStatuses.Completed }, [sitiLater]),
            (mine with { SubmittedFrom = T0, SubmittedBefore = T0.AddDays(1) }, [siti]),
            (mine with { SubmittedFrom = T0.AddTicks(10) }, [shared, sitiLater]),
            (mine with { DefinitionId = pbg, ApplicantNamePrefix = "siti", Status = ApplicationStatuses.Completed }, [sitiLater]),
            (new InstanceQuery { RegistrationNumberPrefix = $"503-{code}-" }, [shared, sitiLater, elsewhere, siti]),
            (new InstanceQuery(VisibleToOffice: theirs) { ApplicantNik = "3327010101900001" }, [elsewhere]),
        };

        foreach (var (query, expected) in searches)
        {
            var found = await Store.SearchInstancesAsync(query, None);
            Assert.True(
                expected.Select(i => i.Id).SequenceEqual(found.Items.Select(i => i.Id)),
                $"{query}: expected {string.Join(", ", expected.Select(i => i.RegistrationNumber))}, "
                + $"found {string.Join(", ", found.Items.Select(i => i.RegistrationNumber))}");
            Assert.Null(found.Next);
        }

        var summary = (await Store.SearchInstancesAsync(mine with { ApplicantNik = "3327010101900002" }, None)).Items.Single();
        Assert.Equal(
            new InstanceSummary(sitiLater.Id, sitiLater.RegistrationNumber, pbg, 1, ApplicationStatuses.Completed, ApplicationResults.Approved,
                "siti badriah", T0.AddDays(1), T0.AddDays(1)),
            summary);
        var numbered = await Store.ListInstancesAsync(mine with { ApplicantNamePrefix = "siti", PageSize = 1, Page = 2 }, None);
        Assert.Equal((2L, siti.Id), (numbered.Total, numbered.Items.Single().Id));
    }

    [Fact]
    public async Task SearchInstancesAsync_FindsANameStartingWithAnAccentedCapital_AsItIsWritten()
    {
        var (code, office) = (NewCode(), NewId("office"));
        var angela = Filed(NewId("reklame"), code, 1, T0, "Ángela Sihombing", "3327010101900011");
        await SeedAsync(angela, NewTask(angela, office, "r", T0));

        // The database folds both sides with one lower(): what is typed as stored, or with other letters in capitals, is found.
        foreach (var prefix in new[] { "Ángela", "Á", "ÁNGELA S", "Ángela sihombing" })
        {
            var found = await Store.SearchInstancesAsync(new InstanceQuery(VisibleToOffice: office) { ApplicantNamePrefix = prefix }, None);
            Assert.True(found.Items.Select(i => i.Id).SequenceEqual([angela.Id]), $"'{prefix}' found {found.Items.Count}");
        }
    }

    [Fact]
    public async Task SearchInstancesAsync_PagesEveryFileExactlyOnce_WhileNewApplicationsArrive()
    {
        var (code, office, definitionId) = (NewCode(), NewId("office"), NewId("def"));
        // Files filed in the same microsecond in threes, so the id must break the ties between pages.
        var filed = Enumerable.Range(1, 23)
            .Select(n => Filed(definitionId, code, n, T0.AddMinutes(n / 3), $"Pemohon {n}", $"33270101019{n:D5}"))
            .ToList();
        foreach (var instance in filed)
        {
            await SeedAsync(instance, NewTask(instance, office, "r", T0));
        }

        var arrivals = 100;
        foreach (var query in new[] { new InstanceQuery(VisibleToOffice: office, PageSize: 4), new InstanceQuery(DefinitionId: definitionId, PageSize: 4) })
        {
            // Every file there is when the first page is read, newest first, ties broken by the id's text (both databases).
            var expected = filed
                .OrderByDescending(i => i.CreatedAt)
                .ThenByDescending(i => i.Id.ToString("D"), StringComparer.Ordinal)
                .Select(i => i.Id)
                .ToList();
            var seen = new List<Guid>();
            var page = await Store.SearchInstancesAsync(query, None);
            while (true)
            {
                seen.AddRange(page.Items.Select(i => i.Id));
                Assert.True(page.Items.Count == 4 || page.Next is null, "Only the last page may be short.");
                if (page.Next is not { } next)
                {
                    break;
                }

                // Two applications arrive between page reads, in this office and service, newer than everything listed.
                foreach (var arrival in new[] { arrivals++, arrivals++ })
                {
                    var fresh = Filed(definitionId, code, arrival, T0.AddDays(1).AddMinutes(arrival), "Baru", $"3327020101{arrival:D6}");
                    await SeedAsync(fresh, NewTask(fresh, office, "r", T0));
                    filed.Add(fresh);
                }

                page = await Store.SearchInstancesAsync(query with { After = next }, None);
            }

            Assert.Equal(expected, seen);
        }
    }

    [Fact]
    public async Task SearchInstancesAsync_KeepsAFileForTheOfficeItWasMovedAwayFrom_AndGivesItToTheNewOne()
    {
        var (code, before, after) = (NewCode(), NewId("office"), NewId("office"));
        var instance = Filed(NewId("def"), code, 1, T0, "Siti Aminah", "3327010101900001");
        var task = NewTask(instance, before, "r", T0);
        await SeedAsync(instance, task);

        // A route migration moves the open task to a step of another office.
        await using (var session = await Store.BeginAsync(None))
        {
            await session.UpdateTaskAsync(task with { Office = after }, None);
            await session.CommitAsync(None);
        }

        foreach (var office in new[] { before, after })
        {
            var found = await Store.SearchInstancesAsync(new InstanceQuery(VisibleToOffice: office), None);
            Assert.Equal([instance.Id], found.Items.Select(i => i.Id));
            Assert.True(await Store.IsOfficeInvolvedAsync(instance.Id, office, None));
        }

        Assert.False(await Store.IsOfficeInvolvedAsync(instance.Id, NewId("office"), None));
    }

    [Fact]
    public async Task SearchInstancesAsync_ByStatus_FollowsTheApplicationAsItMoves_InEveryOfficeItPassedThrough()
    {
        var (code, front, review) = (NewCode(), NewId("office"), NewId("office"));
        var definition = NewId("def");
        var instance = Filed(definition, code, 1, T0, "Siti Aminah", "3327010101900001");
        await SeedAsync(instance, NewTask(instance, front, "r", T0) with { Status = TaskStates.Completed }, NewTask(instance, review, "r", T0.AddHours(1)));

        async Task<bool> FoundAsync(string office, string status) =>
            (await Store.SearchInstancesAsync(new InstanceQuery(Status: status, DefinitionId: definition, VisibleToOffice: office), None)).Items
                .Any(i => i.Id == instance.Id)
            && (await Store.SearchInstancesAsync(new InstanceQuery(Status: status, VisibleToOffice: office), None)).Items.Any(i => i.Id == instance.Id);

        foreach (var status in new[] { ApplicationStatuses.AwaitingApplicant, ApplicationStatuses.Completed })
        {
            await using (var session = await Store.BeginAsync(None))
            {
                var current = (await session.LockInstanceAsync(instance.Id, None))!;
                await session.UpdateInstanceAsync(current with { Status = status, Revision = current.Revision + 1 }, current.Revision, None);
                await session.CommitAsync(None);
            }

            foreach (var office in new[] { front, review })
            {
                Assert.True(await FoundAsync(office, status), $"{office} did not find the file as {status}");
                Assert.False(await FoundAsync(office, ApplicationStatuses.InProgress), $"{office} still found the file in progress");
            }
        }
    }

    /// <summary>An upper-case service code of its own, so that a test's registration numbers are its own.</summary>
    private static string NewCode() => "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    private static InstanceRecord Filed(string definitionId, string code, int sequence, DateTimeOffset at, string name, string nik) =>
        NewInstance(definitionId, createdAt: at) with
        {
            RegistrationNumber = $"503-{code}-2026-{sequence:D6}",
            ApplicantJson = JsonSerializer.Serialize(new { name, email = "pemohon@example.id", nik }),
        };
}
